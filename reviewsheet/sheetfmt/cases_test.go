package sheetfmt

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

var update = flag.Bool("update", false, "rewrite testdata/roundtrip/*.txt from the minimal sheets")

func sp(s string) *string { return &s }
func ip(i int) *int       { return &i }
func yp(v int64) *int64   { return &v }

// minimal is the smallest sheet the parser accepts: every section with
// nothing in it.
func minimal() *reviewsheet.Sheet {
	return &reviewsheet.Sheet{
		FiscalYear: 2024, Title: "行政事業レビューシート", Ministry: "内閣府", Name: "最小の事業",
		Organization: reviewsheet.Organization{Ministry: "内閣府", Divisions: []string{"内閣府", "大臣官房"}},
		ProjectID:    "000042", StartYear: ip(2024), EndYear: ip(2026), EndYearRaw: "2026",
		ProjectYear: 2024, Category: "新規事業",
		Budget: budget.Budget{
			Years:    []budget.Year{{Year: 2023}, {Year: 2024, Initial: yp(1000), Total: yp(1000)}},
			Accounts: []budget.Account{{Category: "一般会計", Name: "一般会計"}},
		},
	}
}

// cases are the minimal texts of the distinct failures the round trip
// found, one per rule fixed; testdata/roundtrip/NAME.txt is the sheet
// formatted (regenerate with -update).
var cases = []struct {
	name string
	edit func(s *reviewsheet.Sheet)
}{
	{"minimal", func(s *reviewsheet.Sheet) {}},
	// 事業開始年度 and 事業終了（予定）年度 not known: "--" (nil), not a syntax error
	{"years-absent", func(s *reviewsheet.Sheet) { s.StartYear, s.EndYear, s.EndYearRaw = nil, nil, "" }},
	// 資金の流れ with no amount under the organisation: "-- 千円"
	// 支出先の数 not known: "支出先の数: --"; 合計支出額 and 支出先数 "--" in the block row
	{"flow-absent", func(s *reviewsheet.Sheet) {
		s.Spending = &spending.Spending{
			Flow:   spending.Flow{Ministry: "内閣府"},
			Blocks: []spending.Block{{Block: "A", Name: "株式会社見本", InFlow: true, Role: sp("調査")}},
		}
	}},
	// 補助率等 with 補助上限等 (or 補助率) "--" before the URL
	{"subsidy-absent-cell", func(s *reviewsheet.Sheet) {
		s.Subsidies = []reviewsheet.Subsidy{
			{Target: "市町村", Rate: sp("1/2"), URL: sp("https://www.example.go.jp/youkou.pdf")},
			{Target: "都道府県", Cap: sp("1,000千円"), URL: sp("https://www.example.go.jp/youkou2.pdf")},
			{Target: "民間団体"},
		}
	}},
	// 費目・使途 with 金額 "--", a debt contract with 契約額 "--"
	{"spending-absent-amounts", func(s *reviewsheet.Sheet) {
		s.Spending = &spending.Spending{
			Flow:   spending.Flow{Ministry: "内閣府"},
			Blocks: []spending.Block{{Block: "A", Name: "株式会社見本", InFlow: true, Role: sp("調査")}},
			Uses: []spending.Use{
				{Block: "A", Recipient: "株式会社見本", Contract: sp("調査業務"), Item: "人件費", Use: sp("調査員"), Amount: yp(5000)},
				{Block: "A", Recipient: "株式会社見本", Contract: sp("調査業務"), Item: "諸謝金", Use: sp("謝金")},
			},
			DebtContracts: []spending.DebtContract{{Name: "未定"}},
		}
	}},
	// 後続アウトカムへのつながり of an activity → output step
	{"activity-link", func(s *reviewsheet.Sheet) {
		s.Outcome = &outcome.Graph{
			Nodes: []outcome.Node{{ID: 101, Kind: outcome.KindActivity, Text: "研修を実施する。"},
				{ID: 201, Kind: outcome.KindOutput, Text: "研修の実施"}},
			Paths: [][]int{{101, 201}},
			Links: []outcome.Link{{Edge: outcome.Edge{From: 101, To: 201}, Text: sp("研修で能力が上がる")}},
		}
	}},
	// an indicator named with no table (RS CSV 3-1: a name, no values)
	{"indicator-no-table", func(s *reviewsheet.Sheet) {
		s.Outcome = &outcome.Graph{
			Nodes: []outcome.Node{{ID: 101, Kind: outcome.KindActivity, Text: "研修を実施する。"},
				{ID: 201, Kind: outcome.KindOutput, Text: "研修の実施", Indicator: &outcome.Indicator{Name: "研修の実施状況"}}},
			Paths: [][]int{{101, 201}},
			Links: []outcome.Link{{Edge: outcome.Edge{From: 101, To: 201}}},
		}
	}},
	// a path with two nodes of one kind (中期 → 中期)
	{"path-same-level", func(s *reviewsheet.Sheet) {
		s.Outcome = &outcome.Graph{
			Nodes: []outcome.Node{{ID: 101, Kind: outcome.KindActivity, Text: "研修を実施する。"},
				{ID: 201, Kind: outcome.KindOutput, Text: "研修の実施"},
				{ID: 401, Kind: outcome.KindMidOutcome, Text: "能力の向上"},
				{ID: 402, Kind: outcome.KindMidOutcome, Text: "行政の質の向上"}},
			Paths: [][]int{{101, 201, 401, 402}},
			Links: []outcome.Link{{Edge: outcome.Edge{From: 101, To: 201}}, {Edge: outcome.Edge{From: 201, To: 401}, Text: sp("研修で能力が上がる")},
				{Edge: outcome.Edge{From: 401, To: 402}, Text: sp("能力が行政を変える")}},
		}
	}},
	// 後続アウトカムへのつながり that is the bare word of a kind heading
	{"link-heading-word", func(s *reviewsheet.Sheet) {
		s.Outcome = &outcome.Graph{
			Nodes: []outcome.Node{{ID: 101, Kind: outcome.KindActivity, Text: "研修を実施する。"},
				{ID: 201, Kind: outcome.KindOutput, Text: "研修の実施"},
				{ID: 501, Kind: outcome.KindLongOutcome, Text: "行政の質の向上"}},
			Paths: [][]int{{101, 201, 501}},
			Links: []outcome.Link{{Edge: outcome.Edge{From: 101, To: 201}, Text: sp("長期アウトカム")},
				{Edge: outcome.Edge{From: 201, To: 501}, Text: sp("アクティビティ")}},
		}
	}},
	// a 計画・通知等URL that is a file: URL
	{"plan-file-url", func(s *reviewsheet.Sheet) {
		s.Plans = []reviewsheet.Plan{{Name: "エネルギー基本計画", URL: sp("file:///E:/Users/x/20211022_01.pdf")}, {Name: "国土強靱化基本計画", URL: sp("https://www.example.go.jp/k.pdf")}}
	}},
	// a 間接経費 item whose name holds a colon
	{"indirect-colon", func(s *reviewsheet.Sheet) {
		s.Spending = &spending.Spending{
			Flow: spending.Flow{Ministry: "環境省", IndirectTotal: yp(13410000),
				Indirect: []spending.IndirectCost{{Item: "A:事務費", Amount: yp(13410000)}}},
		}
	}},
	// 補助率等 row whose 補助率 starts with a URL
	{"subsidy-url-cell", func(s *reviewsheet.Sheet) {
		s.Subsidies = []reviewsheet.Subsidy{{Target: "民間団体", Rate: sp("https://www.example.go.jp/a.pdf （総合事業）"), Cap: sp("1,000千円")}}
	}},
	// 補助率等 row whose 補助対象 is "--"
	{"subsidy-absent-target", func(s *reviewsheet.Sheet) {
		s.Subsidies = []reviewsheet.Subsidy{{Rate: sp("定額")}, {Target: "市町村", Rate: sp("1/2")}}
	}},
}

func TestMinimalCases(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := minimal()
			c.edit(s)
			txt := Format(s)
			path := filepath.Join("..", "..", "testdata", "roundtrip", c.name+".txt")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, txt, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to write it")
			assert.Equal(t, string(want), string(txt), "the text changed; -update if intended")
			got, err := reviewsheet.Parse(strings.NewReader(string(want)))
			require.NoError(t, err)
			assert.Empty(t, diff(sheetView(s), sheetView(got)))
		})
	}
}
