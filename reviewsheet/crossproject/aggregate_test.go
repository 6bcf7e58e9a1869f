package crossproject

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

const root = "../../testdata"

func parseText(t *testing.T, path string) *reviewsheet.Sheet {
	t.Helper()
	f, err := os.Open(filepath.Join(root, path))
	require.NoError(t, err)
	defer f.Close()
	s, err := reviewsheet.Parse(f)
	require.NoError(t, err)
	return s
}

func aggregate(t *testing.T, sheets ...*reviewsheet.Sheet) *Result {
	t.Helper()
	a := New()
	for _, s := range sheets {
		require.NoError(t, a.Add(s))
	}
	r, err := a.Result()
	require.NoError(t, err)
	return r
}

// aggregateCSV streams RS CSV folders under testdata into an Aggregator.
func aggregateCSV(t *testing.T, dirs ...string) *Result {
	t.Helper()
	paths := make([]string, len(dirs))
	for i, d := range dirs {
		paths[i] = filepath.Join(root, d)
	}
	set, err := rscsv.Open(paths...)
	require.NoError(t, err)
	a := New()
	err = set.Sheets(context.Background(), a.Add)
	if _, ok := err.(reviewsheet.ErrorList); !ok {
		require.NoError(t, err) // value problems of the fixtures are not this test's concern
	}
	r, err := a.Result()
	require.NoError(t, err)
	return r
}

func total(t *testing.T, r *Result, year int, key string, src Source) EntityTotal {
	t.Helper()
	for _, x := range r.Totals {
		if x.FiscalYear == year && x.Key == key && x.Source == src {
			return x
		}
	}
	t.Fatalf("no total for %d %s %s", year, key, src)
	return EntityTotal{}
}

func yenp(v int64) *int64 { return &v }

// The re-delegation fixture: blocks A, B, C paid by 内閣府 (683,705 千円),
// D paid from A (12,000 千円: 日本リサーチセンター 9,000 and アイネット 3,000),
// E paid from D (電通 2,000). Summing every block would count D and E twice.
func TestRedelegationNotCountedTwice(t *testing.T) {
	r := aggregate(t, parseText(t, "spending/rs2025-006423.redelegation.txt"))
	require.Len(t, r.Ministries, 1)
	m := r.Ministries[0]
	assert.Equal(t, "内閣府", m.Ministry)
	assert.Equal(t, yenp(622_650_000+16_640_000+44_415_000), m.DirectBlocks.Ptr())
	assert.Equal(t, yenp(12_000_000+2_000_000), m.RedelegatedBlocks.Ptr())
	assert.Nil(t, m.UnlinkedBlocks.Ptr())
	// direct blocks + 間接経費 1,079 千円 = 執行額 of 2024
	assert.Equal(t, yenp(684_784_000), m.Executed.Ptr())
	assert.Equal(t, int64(684_784_000-1_079_000), m.DirectBlocks.Yen)
	assert.Equal(t, 1, m.ProjectsRated)
	assert.Equal(t, 1, m.ProjectsBelowHalf) // 17.3 %

	nrc := total(t, r, 2025, "cn:5010001062587", FromRecipients) // 株式会社日本リサーチセンター: A and D
	assert.Equal(t, yenp(40_700_000), nrc.Direct.Ptr())
	assert.Equal(t, yenp(9_000_000), nrc.Redelegated.Ptr())
	dentsu := total(t, r, 2025, "cn:5010401143788", FromRecipients) // 株式会社電通: A and E
	assert.Equal(t, yenp(13_750_000), dentsu.Direct.Ptr())
	assert.Equal(t, yenp(2_000_000), dentsu.Redelegated.Ptr())

	// Σ direct over entities = Σ direct blocks; Σ redelegated = Σ
	// redelegated blocks: each yen once at each level.
	var direct, redel Sum
	for _, x := range r.Totals {
		if x.Source == FromRecipients {
			require.NoError(t, direct.AddSum(x.Direct))
			require.NoError(t, redel.AddSum(x.Redelegated))
		}
	}
	assert.Equal(t, m.DirectBlocks.Yen, direct.Yen)
	assert.Equal(t, m.RedelegatedBlocks.Yen, redel.Yen)

	// contracts of D and E (made by recipients) stay out of the statistics
	require.Len(t, r.ByMinistry, 1)
	st := r.ByMinistry[0]
	assert.Equal(t, 3, st.Redelegated)
	assert.Equal(t, 42, st.Contracts)
	assert.Equal(t, yenp(683_705_000), st.Amount.Ptr())
}

// The bundled sample: its recipients by entity.
func TestSampleEntities(t *testing.T) {
	r := aggregate(t, parseText(t, "rs2025-006423.txt"))
	kinds := map[KeyKind]int{}
	for _, e := range r.Entities {
		kinds[e.Kind]++
	}
	// 19 companies and associations with a 法人番号 (10 in A, 9 in C), 18
	// prefectures in B, and the その他 row of A.
	assert.Equal(t, map[KeyKind]int{KeyCorporate: 19, KeyLocalGovernment: 18, KeyOther: 1}, kinds)
	gifu := total(t, r, 2025, "lg:210005", FromRecipients)
	assert.Equal(t, yenp(3_672_000), gifu.Direct.Ptr())
	hokkaido := total(t, r, 2025, "lg:010006", FromRecipients)
	assert.Equal(t, yenp(467_000), hokkaido.Direct.Ptr())
	// 費目・使途 prints no 法人番号; the sheet's own list gives it
	uses := total(t, r, 2025, "cn:1010001143390", FromUses)
	assert.Equal(t, yenp(170_042_000), uses.Direct.Ptr())
	other := total(t, r, 2025, "other:2025/006423/A", FromRecipients)
	assert.Equal(t, yenp(5_803_000), other.Direct.Ptr())
	var direct Sum
	for _, x := range r.Totals {
		if x.Source == FromRecipients {
			require.NoError(t, direct.AddSum(x.Direct))
		}
	}
	assert.Equal(t, int64(683_705_000), direct.Yen)
}

func TestDuplicateSheetCountsOnce(t *testing.T) {
	s := parseText(t, "rs2025-006423.txt")
	one := aggregate(t, s)
	two := aggregate(t, s, s)
	assert.Equal(t, []string{"2025/006423"}, two.Duplicates)
	assert.Equal(t, one.Ministries, two.Ministries)
	assert.Equal(t, one.Totals, two.Totals)
	assert.Len(t, two.Projects, len(one.Projects))
}

// The 2025 RS CSV fixtures: project 11 (デジタル庁) has re-delegated blocks
// in the CSV itself. Expectations computed from the CSV rows by hand (a
// Python csv.DictReader pass over 5-1 and 5-2, see the cookbook for the
// same in DuckDB).
func TestCSVFixtureSummaries(t *testing.T) {
	r := aggregateCSV(t, "rscsv/2025", "rscsv/handmade-006423")
	require.Len(t, r.Years, 1)
	assert.Equal(t, YearCoverage{FiscalYear: 2025, Sheets: 8, SheetsWithRecipients: 5, SheetsWithUses: 4,
		SheetsWithDebtContracts: 1, SheetsWithBlockTotals: 5}, r.Years[0])
	min := map[string]MinistrySummary{}
	for _, m := range r.Ministries {
		min[m.Ministry] = m
	}
	digital := min["デジタル庁"]
	assert.Equal(t, yenp(5_738_388_292), digital.DirectBlocks.Ptr())
	assert.Equal(t, yenp(4_073_545_005), digital.RedelegatedBlocks.Ptr())
	assert.Equal(t, yenp(683_705_000), min["内閣府"].DirectBlocks.Ptr())
	assert.Equal(t, yenp(13_435_000), min["法務省"].DirectBlocks.Ptr())
	assert.Nil(t, min["文部科学省"].DirectBlocks.Ptr(), "no 5-1 rows: absent, not 0")
	assert.Nil(t, min["文部科学省"].Executed.Ptr())

	stats := map[string]ContractStats{}
	for _, s := range r.ByMinistry {
		if s.Source == FromRecipients {
			stats[s.Group] = s
		}
	}
	d := stats["デジタル庁"]
	assert.Equal(t, 36, d.Contracts)
	assert.Equal(t, 29, d.Redelegated)
	assert.Equal(t, yenp(5_738_388_292), d.Amount.Ptr(), "direct contracts add up to the direct blocks")
	assert.Equal(t, 4, d.Competitive)
	assert.Equal(t, 2, d.OneBidder)
	assert.Equal(t, yenp(14_332_450), d.OneBidderAmt.Ptr())
	assert.InDelta(t, 0.5, *d.OneBidderShare(), 1e-12)
	assert.InDelta(t, 14_332_450.0/121_890_450, *d.OneBidderAmountShare(), 1e-12)
	assert.InDelta(t, 353.0/4, *d.MeanWinningBidRate(), 1e-9)
	n := stats["内閣府"]
	assert.Equal(t, 42, n.Contracts)
	assert.Equal(t, 13, n.Competitive)
	assert.Equal(t, 4, n.OneBidder)
	assert.Equal(t, yenp(185_933_000), n.OneBidderAmt.Ptr())
	assert.Equal(t, 1, n.Negotiated)
	assert.InDelta(t, 1.0/14, *n.NegotiatedShare(), 1e-12)
	assert.InDelta(t, 660.8/9, *n.MeanWinningBidRate(), 1e-9)
	j := stats["法務省"]
	assert.Equal(t, []int{33, 3, 2, 9}, []int{j.Contracts, j.Competitive, j.OneBidder, j.Negotiated})
	assert.InDelta(t, 283.4/3, *j.MeanWinningBidRate(), 1e-9)
	nta := stats["国税庁"]
	assert.Nil(t, nta.OneBidderShare(), "no competitive contract: no share")
}

// 2025 fixture projects joined with their 2024 rows (copied from the
// official 2024 CSV by testdata/crossproject/rs2024-projects/extract.sh).
func TestBudgetPathAcrossYears(t *testing.T) {
	r := aggregateCSV(t, "rscsv/2025", "rscsv/handmade-006423", "crossproject/rs2024-projects")
	assert.Equal(t, []int{2024, 2025}, []int{r.Years[0].FiscalYear, r.Years[1].FiscalYear})
	assert.Equal(t, 0, r.Years[0].SheetsWithRecipients, "the 2024 set has no 5-1")

	// 006423: the 2024 sheet states 2024 before execution (執行額 0), the
	// 2025 sheet after it; the path takes the 2025 sheet's figures.
	var rows2024 []ProjectYear
	for _, p := range r.Projects {
		if p.ProjectID == "006423" && p.BudgetYear == 2024 {
			rows2024 = append(rows2024, p)
		}
	}
	require.Len(t, rows2024, 2)
	assert.Equal(t, 2024, rows2024[0].FiscalYear)
	assert.False(t, rows2024[0].Latest)
	assert.Nil(t, rows2024[0].Rate, "not executed yet on the 2024 sheet")
	assert.Nil(t, rows2024[0].Unused)
	assert.True(t, rows2024[1].Latest)

	path := r.BudgetPath("006423")
	require.Len(t, path, 3)
	y := path[1]
	assert.Equal(t, []int{2024, 2025}, []int{y.BudgetYear, y.FiscalYear})
	assert.Equal(t, yenp(408_000_000), y.Request)
	assert.Equal(t, yenp(203_368_000), y.Initial)
	assert.Equal(t, yenp(3_050_000_000), y.Supplementary)
	assert.Equal(t, yenp(700_540_000), y.CarriedOver)
	assert.Equal(t, yenp(3_953_908_000), y.Total)
	assert.Equal(t, yenp(684_784_000), y.Executed)
	assert.Equal(t, yenp(3_026_150_000), y.CarriedForward)
	assert.Equal(t, yenp(3_953_908_000-684_784_000-3_026_150_000), y.Unused)
	assert.InDelta(t, 17.319, *y.StatedRate, 1e-9)
	assert.InDelta(t, 684_784_000.0/3_953_908_000*100, *y.Rate, 1e-9)
	assert.Equal(t, "csv", y.Input)

	// 000884 (法務省): 2021–2024 from both sheets, the 2025 sheet latest
	p884 := r.BudgetPath("000884")
	require.Len(t, p884, 5)
	assert.Equal(t, yenp(13_435_000), p884[3].Executed)
	assert.InDelta(t, 13_435_000.0/19_429_000*100, *p884[3].Rate, 1e-9)

	// 021625 has no 2024 sheet: its path is the 2025 sheet alone
	for _, p := range r.BudgetPath("021625") {
		assert.Equal(t, 2025, p.FiscalYear)
	}
	// every 2024 project of the fixtures continues in 2025
	ids := map[int]map[string]bool{2024: {}, 2025: {}}
	for _, p := range r.Projects {
		ids[p.FiscalYear][p.ProjectID] = true
	}
	for id := range ids[2024] {
		assert.True(t, ids[2025][id], id)
	}
}

// Text and CSV sheets of one project and year count once.
func TestTextAndCSVOfOneSheet(t *testing.T) {
	set, err := rscsv.Open(filepath.Join(root, "rscsv/handmade-006423"))
	require.NoError(t, err)
	a := New()
	require.NoError(t, a.Add(parseText(t, "rs2025-006423.txt")))
	err = set.Sheets(context.Background(), a.Add)
	if _, ok := err.(reviewsheet.ErrorList); !ok {
		require.NoError(t, err)
	}
	r, err := a.Result()
	require.NoError(t, err)
	assert.Equal(t, []string{"2025/006423"}, r.Duplicates)
	assert.Equal(t, 1, r.Sheets)
}

// Text and PDF of one sheet give the same cross-project rows.
func TestPDFAndTextAlike(t *testing.T) {
	f, err := os.Open(filepath.Join(root, "pdf/rs2025-006423.pdf"))
	require.NoError(t, err)
	defer f.Close()
	pdf, err := pdfsheet.Parse(f)
	require.NoError(t, err)
	fromPDF := aggregate(t, pdf)
	fromText := aggregate(t, parseText(t, "rs2025-006423.txt"))
	assert.Equal(t, fromText.Projects, fromPDF.Projects)
	assert.Equal(t, fromText.Totals, fromPDF.Totals)
	assert.Equal(t, fromText.Ministries, fromPDF.Ministries)
	assert.Equal(t, fromText.ByMinistry, fromPDF.ByMinistry)
}

func BenchmarkAggregate(b *testing.B) {
	f, err := os.Open(filepath.Join(root, "spending/rs2025-006423.redelegation.txt"))
	require.NoError(b, err)
	s, err := reviewsheet.Parse(f)
	f.Close()
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		a := New()
		for y := range 50 { // 50 distinct sheets
			c := *s
			c.ProjectID = s.ProjectID + string(rune('A'+y%26)) + string(rune('a'+y/26))
			if err := a.Add(&c); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := a.Result(); err != nil {
			b.Fatal(err)
		}
	}
}

// An ID that disappears is offered the new IDs of the same 事業名, never
// joined.
func TestCandidates(t *testing.T) {
	sheet := func(year int, id, name string) *reviewsheet.Sheet {
		return &reviewsheet.Sheet{FiscalYear: year, ProjectID: id, Name: name}
	}
	r := aggregate(t,
		sheet(2024, "000100", "孤独・孤立対策推進経費"), sheet(2025, "000100", "孤独・孤立対策推進経費"), // kept its ID
		sheet(2024, "000200", "海洋調査 経費"), sheet(2025, "004567", "海洋調査経費"), // new ID, same name
		sheet(2024, "000300", "終了した事業"), // ended
		sheet(2025, "004568", "新しい事業"),  // new
	)
	assert.Equal(t, []Candidate{{FromYear: 2024, FromID: "000200", ToYear: 2025, ToID: "004567", Name: "海洋調査経費"}}, r.Candidates())
	assert.Empty(t, r.BudgetPath("004567"))
}
