package rscsv

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// rs2024Dir is the official 2024 set beside the repository
// (../shared/rs2024 from the repo root).
func rs2024Dir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "rs2024"))
	require.NoError(t, err)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared/rs2024 not found: %v", err)
	}
	return dir
}

func int64p(v int64) *int64 { return &v }

// TestImport2024 reads the whole official 2024 set: 5,664 projects,
// project 006423's 2024 column, and for every project and budget year
// 計 = 当初 + 補正 + 前年度から繰越し + 予備費等 as the CSV itself states.
func TestImport2024(t *testing.T) {
	dir := rs2024Dir(t)
	start := time.Now()
	set, err := Open(dir)
	require.NoError(t, err)
	for _, w := range set.Warnings() {
		t.Logf("warning: %s", w)
	}
	official := rawTotals(t, dir)
	ids := map[string]bool{}
	years, badTotal, checked := 0, 0, 0
	var sample *reviewsheet.Sheet
	err = set.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		ids[sh.ProjectID] = true
		for i := range sh.Budget.Years {
			y := &sh.Budget.Years[i]
			years++
			want, ok := official[key{sh.FiscalYear, sh.ProjectID}][y.Year]
			if assert.True(t, ok, "%s %d not in the raw CSV", sh.ProjectID, y.Year) && assert.NotNil(t, y.Total) {
				assert.Equal(t, want, *y.Total, "%s %d: 計", sh.ProjectID, y.Year)
				checked++
			}
			sum, ok := y.SumTotal()
			if !ok || y.Total == nil || sum != *y.Total {
				badTotal++
				if badTotal < 5 {
					t.Errorf("%s %d: 計 %v, sum of parts %d", sh.ProjectID, y.Year, y.Total, sum)
				}
			}
		}
		if sh.ProjectID == "006423" {
			sample = sh
		}
		return nil
	})
	require.NoError(t, err)
	t.Logf("2024 set: %d projects, %d budget years in %v (GOMAXPROCS %d)", len(ids), years, time.Since(start), runtime.GOMAXPROCS(0))
	assert.Len(t, ids, 5664)
	assert.Zero(t, badTotal)
	assert.Equal(t, 18524, checked, "every totals row of 2-1")
	require.NotNil(t, sample)
	y := sample.Budget.YearOf(2024)
	require.NotNil(t, y)
	assert.Equal(t, int64p(3953908000), y.Total)
	assert.Equal(t, int64p(203368000), y.Initial)
	assert.Equal(t, int64p(3050000000), y.Supplementary)
	assert.Equal(t, int64p(700540000), y.CarriedOver)
	assert.Equal(t, int64p(408000000), y.Request)
	assert.Equal(t, int64p(1351442000), y.NextRequest)
	assert.Equal(t, "孤独・孤立対策推進経費", sample.Name)
	assert.Equal(t, 2024, sample.FiscalYear)
}

// rawTotals reads 計（歳出予算現額合計） of every totals row of the 2-1 ZIP
// directly with encoding/csv, independently of the importer.
func rawTotals(t *testing.T, dir string) map[key]map[int]int64 {
	t.Helper()
	zips, err := filepath.Glob(filepath.Join(dir, "2-1_*.zip"))
	require.NoError(t, err)
	require.Len(t, zips, 1)
	zr, err := zip.OpenReader(zips[0])
	require.NoError(t, err)
	defer zr.Close()
	f, err := zr.File[0].Open()
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	col := map[string]int{}
	for i, n := range recs[0] {
		col[strings.TrimPrefix(n, "\uFEFF")] = i
	}
	out := map[key]map[int]int64{}
	for _, r := range recs[1:] {
		tot := r[col["計（歳出予算現額合計）"]]
		if tot == "" {
			continue // a per-account row
		}
		y, _ := strconv.Atoi(r[col["事業年度"]])
		by, _ := strconv.Atoi(r[col["予算年度"]])
		id := fmt.Sprintf("%06s", r[col["予算事業ID"]])
		v, err := strconv.ParseInt(tot, 10, 64)
		require.NoError(t, err)
		k := key{y, id}
		if out[k] == nil {
			out[k] = map[int]int64{}
		}
		out[k][by] = v
	}
	return out
}

func benchImport(b *testing.B, paths ...string) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s, err := Open(paths...)
		require.NoError(b, err)
		n := 0
		err = s.Sheets(context.Background(), func(*reviewsheet.Sheet) error { n++; return nil })
		require.NoError(b, err)
		b.ReportMetric(float64(n), "sheets/op")
	}
}

// BenchmarkImport2024 is the whole official 2024 set: open, decode every
// ZIP, map 5,664 sheets.
func BenchmarkImport2024(b *testing.B) { benchImport(b, rs2024Dir(b)) }

// BenchmarkImportFixtures needs no shared data: 15 tables, 7 projects.
func BenchmarkImportFixtures(b *testing.B) { benchImport(b, fixtures2025) }

// BenchmarkLookup maps one sheet of a loaded set.
func BenchmarkLookup(b *testing.B) {
	s, err := Open(fixtures2025)
	require.NoError(b, err)
	_, err = s.Lookup(2025, "884")
	require.NoError(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Lookup(2025, "884"); err != nil {
			b.Fatal(err)
		}
	}
}
