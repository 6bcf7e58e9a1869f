package audit_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
	"github.com/rsheet/rsheet/spending"
)

const (
	sampleSheet  = "../../testdata/rs2025-006423.txt"
	handmadeRows = "../../testdata/rscsv/handmade-006423"
)

func parseSample(t testing.TB) *reviewsheet.Sheet {
	t.Helper()
	f, err := os.Open(sampleSheet)
	require.NoError(t, err)
	defer f.Close()
	p := reviewsheet.Parser{Name: "rs2025-006423.txt", Lenient: true}
	sh, _ := p.Parse(f)
	require.NotNil(t, sh)
	return sh
}

// official reads the hand-made CSV rows for 006423, after applying edits
// (old → new replacements in the named file) in a temporary copy.
func official(t *testing.T, edits map[string][2]string) *reviewsheet.Sheet {
	t.Helper()
	dir := t.TempDir()
	ents, err := os.ReadDir(handmadeRows)
	require.NoError(t, err)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(handmadeRows, e.Name()))
		require.NoError(t, err)
		s := string(b)
		for prefix, ed := range edits {
			if strings.HasPrefix(e.Name(), prefix) {
				require.Contains(t, s, ed[0], "edit of %s", e.Name())
				s = strings.Replace(s, ed[0], ed[1], 1)
			}
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), []byte(s), 0o644))
	}
	set, err := rscsv.Open(dir)
	require.NoError(t, err)
	sh, err := set.Lookup(2025, "6423")
	require.NoError(t, err)
	return sh
}

func codes(fs []audit.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code)+" "+f.Path)
	}
	return out
}

func TestCompareAgrees(t *testing.T) {
	fs := audit.Compare(parseSample(t), official(t, nil))
	assert.Empty(t, codes(fs))
}

func TestCompareDisagrees(t *testing.T) {
	stated := parseSample(t)
	tests := []struct {
		name   string
		edits  map[string][2]string
		code   audit.Code
		path   string
		stated string
		off    string
		line   int
	}{
		{"total", map[string][2]string{"2-1": {",3953908000,684784000,", ",3953918000,684784000,"}},
			"xcheck.budget.total", "budget.years[1].total", "3,953,908,000円", "3,953,918,000円", 142},
		{"executed", map[string][2]string{"2-1": {",684784000,0.17319,", ",685784000,0.17319,"}},
			"xcheck.budget.executed", "budget.years[1].executed", "684,784,000円", "685,784,000円", 0},
		{"rate", map[string][2]string{"2-1": {",0.17319,", ",0.18319,"}},
			"xcheck.budget.execution_rate", "budget.years[1].execution_rate", "17.3", "18.319", 146},
		{"request of the next column", map[string][2]string{"2-1": {",1351442000.0,", ",1351443000.0,"}},
			"xcheck.budget.request", "budget.years[2].request", "1,351,442,000円", "1,351,443,000円", 132},
		{"item", map[string][2]string{"2-2": {",72570000,", ",72580000,"}},
			"xcheck.budget.item", "budget.items[1].amount", "72,570,000円", "72,580,000円", 0},
		{"name", map[string][2]string{"1-": {"孤独・孤立対策推進経費", "孤独・孤立対策推進費"}},
			"xcheck.name", "name", "孤独・孤立対策推進経費", "孤独・孤立対策推進費", 0},
		{"start year", map[string][2]string{"1-2": {",前年度事業,2024,", ",前年度事業,2023,"}},
			"xcheck.start_year", "start_year", "2024", "2023", 0},
		{"payee amount", map[string][2]string{"5-1": {"FALSE,170042000 ,", "FALSE,170043000 ,"}},
			"xcheck.spending.recipient", "spending.recipients[0].amount", "170,042,000円", "170,043,000円", 0},
		{"block total", map[string][2]string{"5-1": {",622650000 ,", ",622660000 ,"}},
			"xcheck.spending.block", "spending.blocks[0].total", "622,650,000円", "622,660,000円", 0},
		{"outcome actual", map[string][2]string{"3-1": {",742,", ",743,"}},
			"xcheck.outcome.actual", "outcome.nodes[9].indicator.values[0].actual", "742", "743", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := audit.Compare(stated, official(t, tt.edits))
			require.Len(t, fs, 1, "%v", codes(fs))
			f := fs[0]
			assert.Equal(t, tt.code, f.Code)
			assert.Equal(t, tt.path, f.Path)
			assert.Equal(t, tt.stated, f.Stated)
			assert.Equal(t, tt.off, f.Recomputed)
			assert.Equal(t, audit.SeverityError, f.Severity)
			assert.Equal(t, stated.Source.Line(tt.path), f.Line)
			if tt.line > 0 {
				assert.Equal(t, tt.line, f.Line)
			}
			assert.NotEmpty(t, f.Message)
		})
	}
}

// TestCompareRounding: the sheet prints 千円, the CSV yen; gaps under
// 1,000 yen are agreement, and nil equals 0.
func TestCompareRounding(t *testing.T) {
	i := func(v int64) *int64 { return &v }
	f := func(v float64) *float64 { return &v }
	mk := func(y budget.Year) *reviewsheet.Sheet {
		return &reviewsheet.Sheet{FiscalYear: 2025, ProjectID: "000001", Budget: budget.Budget{Years: []budget.Year{y}}}
	}
	tests := []struct {
		name     string
		st, off  budget.Year
		findings int
	}{
		{"rounded amount", budget.Year{Year: 2024, Total: i(1235000)}, budget.Year{Year: 2024, Total: i(1234567)}, 0},
		{"truncated executed", budget.Year{Year: 2024, Executed: i(1234000)}, budget.Year{Year: 2024, Executed: i(1234999)}, 0},
		{"one thousand off", budget.Year{Year: 2024, Total: i(1236000)}, budget.Year{Year: 2024, Total: i(1235000)}, 1},
		{"dash equals zero", budget.Year{Year: 2024}, budget.Year{Year: 2024, Reserve: i(0)}, 0},
		{"rate at one decimal", budget.Year{Year: 2024, Total: i(3953908000), Executed: i(684784000), ExecutionRate: f(17.3)},
			budget.Year{Year: 2024, Total: i(3953908000), Executed: i(684784000), ExecutionRate: f(17.319)}, 0},
		{"rate wrong", budget.Year{Year: 2024, Total: i(3953908000), Executed: i(684784000), ExecutionRate: f(17.4)},
			budget.Year{Year: 2024, Total: i(3953908000), Executed: i(684784000), ExecutionRate: f(17.319)}, 1},
		{"rate absent officially", budget.Year{Year: 2024, ExecutionRate: f(17.4)}, budget.Year{Year: 2024}, 1},
		{"year only on one side", budget.Year{Year: 2026, Total: i(5)}, budget.Year{Year: 2024, Total: i(7000)}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := audit.Compare(mk(tt.st), mk(tt.off))
			assert.Len(t, fs, tt.findings, "%v", codes(fs))
		})
	}
}

func TestCompareNil(t *testing.T) {
	assert.Nil(t, audit.Compare(nil, &reviewsheet.Sheet{}))
	assert.Nil(t, audit.Compare(&reviewsheet.Sheet{}, nil))
	assert.Empty(t, audit.Compare(&reviewsheet.Sheet{}, &reviewsheet.Sheet{}))
}

// TestCompareYears: a 2025 sheet against the 2024 official data reports
// the different 事業年度 as info and compares the common columns only.
func TestCompareYears(t *testing.T) {
	stated := parseSample(t)
	off := official(t, nil)
	off.FiscalYear = 2024
	fs := audit.Compare(stated, off)
	require.Len(t, fs, 1, "%v", codes(fs))
	assert.Equal(t, audit.Code("xcheck.fiscal_year"), fs[0].Code)
	assert.Equal(t, audit.SeverityInfo, fs[0].Severity)
}

func BenchmarkCompare(b *testing.B) {
	stated := parseSample(b)
	set, err := rscsv.Open(handmadeRows)
	require.NoError(b, err)
	off, err := set.Lookup(2025, "006423")
	require.NoError(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		audit.Compare(stated, off)
	}
}

func TestCompareOutcomeAndSpending(t *testing.T) {
	i := func(v int64) *int64 { return &v }
	f := func(v float64) *float64 { return &v }
	mk := func(target, rate float64, block, payee int64, extraNode bool) *reviewsheet.Sheet {
		g := &outcome.Graph{Nodes: []outcome.Node{{ID: 301, Kind: outcome.KindShortOutcome, Indicator: &outcome.Indicator{
			Values: []outcome.Value{{Year: 2024, Target: f(target), TargetRaw: "t", Actual: f(742), ActualRaw: "742",
				AchievementRate: f(rate), AchievementRateRaw: "r"}}}}}}
		if extraNode {
			g.Nodes = append(g.Nodes, outcome.Node{ID: 302})
		}
		return &reviewsheet.Sheet{FiscalYear: 2025, Outcome: g, Spending: &spending.Spending{
			Blocks:     []spending.Block{{Block: "A", Total: i(block)}},
			Recipients: []spending.Recipient{{Block: "A", Name: "株式会社甲", Amount: i(payee)}},
		}}
	}
	tests := []struct {
		name   string
		stated *reviewsheet.Sheet
		off    *reviewsheet.Sheet
		want   []string
	}{
		{"agree", mk(500, 148.4, 683705000, 683705000, false), mk(500, 148.4, 683704567, 683705432, false), nil},
		{"rate at stated decimals", mk(500, 148.4, 1, 1, false), mk(500, 148.4444, 1, 1, false), nil},
		{"target", mk(500, 148.4, 1, 1, false), mk(600, 148.4, 1, 1, false),
			[]string{"xcheck.outcome.target outcome.nodes[0].indicator.values[0].target"}},
		{"rate", mk(500, 148.4, 1, 1, false), mk(500, 150, 1, 1, false),
			[]string{"xcheck.outcome.achievement_rate outcome.nodes[0].indicator.values[0].achievement_rate"}},
		{"node missing", mk(500, 148.4, 1, 1, true), mk(500, 148.4, 1, 1, false),
			[]string{"xcheck.outcome.node_missing outcome.nodes[1]"}},
		{"block total", mk(500, 148.4, 683705000, 1, false), mk(500, 148.4, 683706000, 1, false),
			[]string{"xcheck.spending.block spending.blocks[0].total"}},
		{"payee amount", mk(500, 148.4, 1, 5000, false), mk(500, 148.4, 1, 6000, false),
			[]string{"xcheck.spending.recipient spending.recipients[0].amount"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, codes(audit.Compare(tt.stated, tt.off)))
		})
	}
}

// TestCompareSampleWith2024: the 2025 sample against the official 2024
// set (skipped without ../shared/rs2024): the common columns 2023 and 2024
// agree, 2024's execution is not known to the 2024 data, and the sheet's
// 2025 要求額 is the 2024 data's 翌年度要求額.
func TestCompareSampleWith2024(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "rs2024")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared/rs2024 not found: %v", err)
	}
	set, err := rscsv.Open(dir)
	require.NoError(t, err)
	off, err := set.Lookup(2024, "006423")
	require.NoError(t, err)
	fs := audit.Compare(parseSample(t), off)
	assert.Equal(t, []string{"xcheck.fiscal_year fiscal_year"}, codes(fs))
}
