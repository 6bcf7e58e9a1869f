package crossproject

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// TestYear2024 aggregates the official 2024 set (../shared/rs2024; skipped
// when absent) and pins the figures of docs/cookbook.md §4, which
// scripts/cross-vs-duckdb.sh recomputes with DuckDB from the raw CSVs.
func TestYear2024(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "rs2024"))
	require.NoError(t, err)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared/rs2024 not found: %v", err)
	}
	set, err := rscsv.Open(dir)
	require.NoError(t, err)
	a := New()
	err = set.Sheets(context.Background(), a.Add)
	if _, ok := err.(reviewsheet.ErrorList); !ok {
		require.NoError(t, err)
	}
	r, err := a.Result()
	require.NoError(t, err)

	require.Len(t, r.Years, 1)
	assert.Equal(t, YearCoverage{FiscalYear: 2024, Sheets: 5664, SheetsWithRecipients: 0, SheetsWithUses: 4358,
		SheetsWithDebtContracts: 523, SheetsWithBlockTotals: 0}, r.Years[0], "no 5-1 in the 2024 set")

	// top entities by 費目・使途
	var uses []EntityTotal
	for _, x := range r.Totals {
		if x.Source == FromUses {
			uses = append(uses, x)
		}
	}
	recv := func(x EntityTotal) int64 { v, err := x.Received(); require.NoError(t, err); return v }
	sort.Slice(uses, func(i, j int) bool { return recv(uses[i]) > recv(uses[j]) })
	var top []string
	for _, x := range uses[:5] {
		top = append(top, x.Key)
	}
	assert.Equal(t, []string{"name:年金受給者", "name:年金受給者等", "cn:7010005013337", "cn:5010005007398", "cn:8010401024011"}, top)
	assert.Equal(t, int64(12_315_915_566_161), recv(uses[2])) // 全国健康保険協会

	// 一者応札 of 5-4 contracts by ministry
	one := map[string][2]int{}
	var ones, known int
	for _, s := range r.ByMinistry {
		if s.Source == FromDebtContracts {
			one[s.Group] = [2]int{s.OneBidder, s.BiddersKnown}
			ones += s.OneBidder
			known += s.BiddersKnown
		}
	}
	assert.Equal(t, [2]int{243, 354}, one["防衛省"])
	assert.Equal(t, [2]int{72, 100}, one["デジタル庁"])
	assert.Equal(t, [2]int{46, 60}, one["厚生労働省"])
	assert.Equal(t, [2]int{497, 738}, [2]int{ones, known})

	for _, m := range r.Ministries {
		assert.Nil(t, m.DirectBlocks.Ptr(), "%s: no block totals without 5-1", m.Ministry)
		if m.Ministry == "厚生労働省" {
			assert.Equal(t, int64(85_017_077_214_630), m.Executed.Yen)
			assert.Equal(t, [2]int{193, 1012}, [2]int{m.ProjectsBelowHalf, m.ProjectsRated})
		}
	}
}
