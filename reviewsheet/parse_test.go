package reviewsheet

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

func TestSampleHeaderAndBasic(t *testing.T) {
	s := parseFile(t, samplePath)
	assert.Equal(t, 2025, s.FiscalYear)
	assert.Equal(t, "006423", s.ProjectID)
	assert.Equal(t, "孤独・孤立対策推進経費", s.Name)
	assert.Equal(t, "内閣府", s.Ministry)
	assert.Equal(t, 2024, *s.StartYear)
	assert.Nil(t, s.EndYear)
	assert.True(t, s.NoEndPlanned)
	assert.Equal(t, "前年度事業", s.Category)
	assert.Equal(t, []string{"内閣府", "政策統括官（共生・共助担当）", "政策統括官（共生・共助担当）　孤独・孤立対策推進室"}, s.Organization.Divisions)
	assert.Equal(t, "土屋皓嗣", *s.Organization.Responsible)
	assert.Nil(t, s.Organization.OtherOrgs)
	require.Len(t, s.Policies, 1)
	assert.Equal(t, Policy{Owner: "内閣府", Policy: str("１２孤独・孤立対策"), Measure: str("１７孤独・孤立対策に関する施策の推進")}, s.Policies[0])
	assert.Nil(t, s.Related)
	assert.Equal(t, "その他の事項経費", *s.MajorExpense)
	require.Len(t, s.Overview, 3)
	for _, o := range s.Overview {
		assert.True(t, strings.HasPrefix(o, "・"), o)
	}
	assert.Equal(t, []Law{{Name: "孤独・孤立対策推進法", Number: str("令和五年法律第四十五号"), Article: str("第三条")}}, s.Laws)
	require.Len(t, s.Plans, 2)
	assert.Equal(t, "https://www5.cao.go.jp/keizai-shimon/kaigi/cabinet/honebuto/2024/2024_basicpolicies_ja.pdf", *s.Plans[1].URL, "URL broken across lines is rejoined")
	assert.Equal(t, "孤独・孤立対策に関する施策の推進を図るための重点計画（令和６年６月11日孤独・孤立対策推進本部決定、令和７年５月27日一部改定）", s.Plans[0].Name)
	assert.Equal(t, []string{"直接実施", "補助"}, s.Methods)
	require.Len(t, s.Subsidies, 3)
	assert.Equal(t, "民間団体", s.Subsidies[2].Target)
	assert.Equal(t, "2/3", *s.Subsidies[2].Rate)
	assert.Equal(t, "1交付事業者につき6,000千円", *s.Subsidies[2].Cap)
	assert.Equal(t, "https://www.cao.go.jp/kodoku_koritsu/torikumi/kouhukin/r07/pdf/kouhuyoukou.pdf", *s.Subsidies[0].URL)
	assert.Equal(t, []string{"地方版孤独・孤立対策官民連携プラ", "ットフォーム構築事業及び基盤整備", "事業：1/2", "個別支援事業：3/4、4/5"}, s.Subsidies[0].RateLines)
	assert.Nil(t, s.Remarks)
	assert.Nil(t, s.OtherRemarks)
}

// TestSampleBudget asserts every figure of the 予算額執行額表 by hand.
func TestSampleBudget(t *testing.T) {
	s := parseFile(t, samplePath)
	k := int64(1000)
	tests := []struct {
		year int
		want budget.Year
	}{
		{2023, budget.Year{Year: 2023, Initial: i64(0), Total: i64(0), ExecutionRateRaw: "--"}},
		{2024, budget.Year{Year: 2024, Request: i64(408000 * k), Initial: i64(203368 * k), Supplementary: i64(3050000 * k),
			CarriedOver: i64(700540 * k), Total: i64(3953908 * k), Executed: i64(684784 * k), ExecutionRate: f64(17.3), ExecutionRateRaw: "17.3%"}},
		{2025, budget.Year{Year: 2025, Request: i64(1351442 * k), Initial: i64(210338 * k), CarriedOver: i64(3026150 * k), Total: i64(3236488 * k), ExecutionRateRaw: "--"}},
		{2026, budget.Year{Year: 2026, ExecutionRateRaw: "--"}},
	}
	require.Len(t, s.Budget.Years, len(tests))
	for i, tt := range tests {
		t.Run(strconv.Itoa(tt.year), func(t *testing.T) {
			assert.Equal(t, tt.want, s.Budget.Years[i])
		})
	}
	// where the figures were printed
	assert.Equal(t, 144, s.Source.Line("budget.years[1].executed"))
	assert.Equal(t, 146, s.Source.Line("budget.years[1].execution_rate"))

	require.Len(t, s.Budget.Accounts, 1)
	assert.Equal(t, budget.Account{Category: "一般会計", Name: "一般会計"}, s.Budget.Accounts[0])
	items := s.Budget.Items
	require.Len(t, items, 5)
	wantItems := []struct {
		typ, last string
		amount    int64
	}{
		{"当初予算", "社会参加活躍支援等孤独・孤立対策推進交付金", 134750 * k},
		{"当初予算", "諸謝金", 72570 * k},
		{"当初予算", "職員旅費", 2918 * k},
		{"当初予算", "庁費", 100 * k},
		{"前年度から繰越し", "", 3026150 * k},
	}
	for i, w := range wantItems {
		assert.Equal(t, w.typ, items[i].BudgetType)
		assert.Equal(t, w.amount, *items[i].Amount)
		assert.Nil(t, items[i].NextRequest)
		assert.Nil(t, items[i].Note)
		if w.last == "" {
			assert.Nil(t, items[i].Item)
		} else {
			assert.Equal(t, w.last, items[i].Path[len(items[i].Path)-1])
			assert.Equal(t, []string{"一般会計", "内閣府", "内閣本府", "孤独・孤立対策推進費"}, items[i].Path[:4])
		}
	}
	assert.Nil(t, s.Budget.ChangeReasons)
	assert.Contains(t, *s.Budget.SpecialNotes, "約74％である。")
}

func TestSampleEvaluation(t *testing.T) {
	s := parseFile(t, samplePath)
	e := s.Evaluation
	require.NotNil(t, e.Result)
	assert.Equal(t, 1, strings.Count(*e.Result, "\n・"), "two bullet paragraphs")
	assert.Contains(t, *e.Result, "達成率は95％")
	assert.Nil(t, e.TargetYearEval)
	assert.Contains(t, *e.Direction, "伴走支援を行っていく。")
	assert.Equal(t, External{}, e.External)
	assert.Nil(t, e.TeamFinding)
	assert.Nil(t, e.TeamDetail)
	assert.Nil(t, e.Improvement)
	assert.Equal(t, []Reflection{}, e.Reflections)
	assert.Nil(t, e.ImprovementDetail)
	assert.Nil(t, e.PublicReview)
	assert.Nil(t, e.OtherPoints)
	assert.Equal(t, KPI{}, s.KPI)
}

// TestVariants: other extractions of the same sheet parse to equal structs.
func TestVariants(t *testing.T) {
	want := withoutSource(parseFile(t, samplePath))
	for _, path := range variantPaths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			got := withoutSource(parseFile(t, path))
			assert.Equal(t, want, got)
		})
	}
}

// TestGolden compares the JSON of the sample with testdata/golden.
// Regenerate with: go test ./reviewsheet -run Golden -update
func TestGolden(t *testing.T) {
	got := toJSON(t, parseFile(t, samplePath))
	golden := "../testdata/golden/rs2025-006423.json"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want := readFile(t, golden)
	assert.Equal(t, string(want), string(got), "golden differs; if intended, run with -update")
}

func TestParseReader(t *testing.T) {
	s, err := Parse(bytes.NewReader(readFile(t, samplePath)))
	require.NoError(t, err)
	assert.Equal(t, "006423", s.ProjectID)
}

func TestTooLarge(t *testing.T) {
	p := Parser{Name: "big.txt", MaxSize: 100}
	_, err := p.Parse(bytes.NewReader(readFile(t, samplePath)))
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "big.txt")
}

// TestHeadingStarts: mayStartHeading passes every line that begins with
// a spelling of a section heading (alone or followed by text, and every
// line under three bytes), and skips lines that begin otherwise.
func TestHeadingStarts(t *testing.T) {
	var lines []sheettext.Line
	var want []int
	for _, l := range label.SectionOrder {
		for _, sp := range append([]string{string(l)}, label.AltSpellings(l)...) {
			lines = append(lines, sheettext.Line{Text: "本文の行"}, sheettext.Line{Text: sp})
			want = append(want, len(lines)-1)
			lines = append(lines, sheettext.Line{Text: sp + " 続き"})
			want = append(want, len(lines)-1)
		}
	}
	lines = append(lines, sheettext.Line{Text: "--"})
	want = append(want, len(lines)-1)
	var got []int
	for i := 0; ; i++ {
		if i = mayStartHeading(lines, i); i >= len(lines) {
			break
		}
		got = append(got, i)
	}
	assert.Equal(t, want, got)
}
