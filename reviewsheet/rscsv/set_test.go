package rscsv

import (
	"archive/zip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
)

const (
	fixtures2025 = "../../testdata/rscsv/2025"
	excerpts2024 = "../../testdata/rscsv/2024"
)

// all collects every sheet of a set, as JSON, in delivery order.
func all(t testing.TB, s *Set) ([]*reviewsheet.Sheet, []string) {
	t.Helper()
	var sheets []*reviewsheet.Sheet
	var js []string
	err := s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		b, err := json.Marshal(sh)
		require.NoError(t, err)
		sheets = append(sheets, sh)
		js = append(js, string(b))
		return nil
	})
	require.NoError(t, err)
	return sheets, js
}

func TestFixtures2025(t *testing.T) {
	s, err := Open(fixtures2025)
	require.NoError(t, err)
	assert.Empty(t, s.Warnings())
	assert.Len(t, s.Files(), 15)
	sheets, _ := all(t, s)
	var ids []string
	for _, sh := range sheets {
		assert.Equal(t, 2025, sh.FiscalYear)
		ids = append(ids, sh.ProjectID)
	}
	assert.Equal(t, []string{"000011", "000884", "001319", "001937", "003522", "018556", "021625"}, ids)

	sh, err := s.Lookup(2025, "884")
	require.NoError(t, err)
	assert.Equal(t, "000884", sh.ProjectID)
	assert.Equal(t, "法務省", sh.Organization.Ministry)
	// Budget: 5 years, 要求額 from the previous year's 翌年度要求額.
	require.Len(t, sh.Budget.Years, 5)
	y := sh.Budget.YearOf(2024)
	assert.Equal(t, int64p(19429000), y.Total)
	assert.Equal(t, int64p(42023000), y.Request)
	assert.Equal(t, 69.149, *y.ExecutionRate)
	assert.Nil(t, sh.Budget.YearOf(2025).ExecutionRate)
	assert.Equal(t, int64p(17930000), sh.Budget.YearOf(2025).NextRequest)
	// Outcome: 1xx–5xx numbering kept, values by year, paths from edges.
	require.NotNil(t, sh.Outcome)
	n := sh.Outcome.Node(301)
	require.NotNil(t, n)
	assert.Equal(t, "short_outcome", string(n.Kind))
	require.NotNil(t, n.Indicator)
	assert.Equal(t, "件", n.Indicator.Unit)
	var v2024, v2025 bool
	for _, v := range n.Indicator.Values {
		if v.Year == 2024 {
			v2024 = true
			assert.Equal(t, 6264.0, *v.Actual)
			assert.Equal(t, "208.8", v.AchievementRateRaw)
		}
		if v.Year == 2025 {
			v2025 = true
			assert.True(t, v.IsTargetYear)
		}
	}
	assert.True(t, v2024 && v2025)
	assert.Contains(t, sh.Outcome.Paths, []int{101, 201, 301, 501})
	assert.Contains(t, sh.Outcome.Paths, []int{102, 202, 302, 502})
	// Spending: blocks from 5-1 with 5-2 links.
	require.NotNil(t, sh.Spending)
	a := sh.Spending.BlockByName("A")
	require.NotNil(t, a)
	assert.Equal(t, int64p(558000), a.Total)
	assert.True(t, a.InFlow)
	assert.Equal(t, "", a.Parent)
	assert.Equal(t, "法務省", sh.Spending.Flow.Ministry)
	var sum int64
	for _, r := range sh.Spending.Recipients {
		if r.Block == "A" {
			sum += *r.Amount
			require.Len(t, r.Contracts, 1, r.Name)
			assert.Equal(t, *r.Amount, *r.Contracts[0].Amount)
		}
	}
	assert.Equal(t, int64(558000), sum, "payees of block A add up to its total")
}

// TestExcerpts2024: the 2024 layout of 3-1 and 5-1 (absent from the
// official 2024 set) reads too.
func TestExcerpts2024(t *testing.T) {
	s, err := Open(excerpts2024)
	require.NoError(t, err)
	assert.Len(t, s.Warnings(), 13, "one per missing table, nothing else")
	assert.NotContains(t, s.Missing(), "3-1")
	assert.NotContains(t, s.Missing(), "5-1")
	sh, err := s.Lookup(2024, "11")
	require.NoError(t, err)
	require.NotNil(t, sh.Outcome)
	assert.Len(t, sh.Outcome.Nodes, 6)
	n := sh.Outcome.Node(10)
	require.NotNil(t, n)
	assert.Equal(t, "output", string(n.Kind))
	assert.Equal(t, "統合・集約化対象システムへの利用終了支援完了件数", n.Indicator.Name)
	var found bool
	for _, v := range n.Indicator.Values {
		if v.Year == 2023 {
			found = true
			assert.Equal(t, 21.0, *v.Target)
			assert.Equal(t, 20.0, *v.Actual)
			assert.Equal(t, 95.2381, *v.AchievementRate)
		}
	}
	assert.True(t, found)
	lo := sh.Outcome.Node(11)
	require.NotNil(t, lo)
	assert.Equal(t, "long_outcome", string(lo.Kind))

	require.NotNil(t, sh.Spending)
	a := sh.Spending.BlockByName("A")
	require.NotNil(t, a)
	assert.Equal(t, int64p(10715267000), a.Total, "trailing space dropped")
	assert.Equal(t, "東京センチュリー株式会社ほか", a.Name)
	var nec, tc *int
	for i, r := range sh.Spending.Recipients {
		switch r.Name {
		case "日本電気株式会社":
			nec = &i
		case "東京センチュリー株式会社":
			tc = &i
		}
	}
	require.NotNil(t, nec)
	require.NotNil(t, tc)
	r := sh.Spending.Recipients[*nec]
	assert.Equal(t, "7010401022916", *r.CorporateNumber)
	assert.Equal(t, int64p(11930000), r.Amount)
	require.Len(t, r.Contracts, 1)
	assert.Nil(t, r.Contracts[0].Bidders, "0,0 means not applicable")
	assert.Nil(t, r.Contracts[0].WinningBidRate)
	assert.Len(t, sh.Spending.Recipients[*tc].Contracts, 3)
}

// TestZipEqualsDir: a ZIP is read in place and yields the same sheets as
// the unpacked CSVs.
func TestZipEqualsDir(t *testing.T) {
	dir := t.TempDir()
	ents, err := os.ReadDir(fixtures2025)
	require.NoError(t, err)
	var zips []string
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".csv") {
			continue
		}
		zp := filepath.Join(dir, strings.TrimSuffix(e.Name(), ".csv")+".zip")
		f, err := os.Create(zp)
		require.NoError(t, err)
		zw := zip.NewWriter(f)
		w, err := zw.Create(e.Name())
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(fixtures2025, e.Name()))
		require.NoError(t, err)
		_, err = w.Write(append([]byte("\uFEFF"), b...)) // official files carry a BOM
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		require.NoError(t, f.Close())
		zips = append(zips, zp)
	}
	fromDir, err := Open(fixtures2025)
	require.NoError(t, err)
	fromZip, err := Open(zips...)
	require.NoError(t, err)
	_, a := all(t, fromDir)
	_, b := all(t, fromZip)
	assert.Equal(t, a, b)
	fromZipDir, err := Open(dir)
	require.NoError(t, err)
	_, c := all(t, fromZipDir)
	assert.Equal(t, a, c)
}

// TestDeterministic: one worker or many, the same sheets in the same order.
func TestDeterministic(t *testing.T) {
	var outs [][]string
	for _, w := range []int{1, 2, 8} {
		s, err := Open(fixtures2025, excerpts2024)
		require.NoError(t, err)
		s.Workers = w
		_, js := all(t, s)
		outs = append(outs, js)
	}
	assert.Equal(t, outs[0], outs[1])
	assert.Equal(t, outs[0], outs[2])
	assert.Len(t, outs[0], 8, "7 projects of 2025 and 1 of 2024")
}

func TestSheetsStops(t *testing.T) {
	s, err := Open(fixtures2025)
	require.NoError(t, err)
	stop := errors.New("stop")
	n := 0
	err = s.Sheets(context.Background(), func(*reviewsheet.Sheet) error { n++; return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, n)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = s.Sheets(ctx, func(*reviewsheet.Sheet) error { return nil })
	assert.ErrorIs(t, err, context.Canceled)
}

func TestLookupMissing(t *testing.T) {
	s, err := Open(fixtures2025)
	require.NoError(t, err)
	_, err = s.Lookup(2025, "999999")
	assert.ErrorIs(t, err, reviewsheet.ErrMissing)
	_, err = s.Lookup(2024, "11")
	assert.ErrorIs(t, err, reviewsheet.ErrMissing)
	_, err = s.Lookup(2025, "x")
	assert.ErrorIs(t, err, reviewsheet.ErrSyntax)
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Open()
	assert.Error(t, err)
	_, err = Open(filepath.Join(dir, "nope"))
	assert.Error(t, err)
	other := filepath.Join(dir, "notes.csv")
	require.NoError(t, os.WriteFile(other, []byte("a,b\n"), 0o644))
	_, err = Open(other)
	assert.ErrorIs(t, err, reviewsheet.ErrMissing, "not an RS table")
	_, err = Open(dir)
	assert.ErrorIs(t, err, reviewsheet.ErrMissing, "a directory without RS tables")
	bad := filepath.Join(dir, "x.zip")
	require.NoError(t, os.WriteFile(bad, []byte("not a zip"), 0o644))
	_, err = Open(bad)
	assert.Error(t, err)
}

func TestDetect(t *testing.T) {
	assert.True(t, Detect(fixtures2025))
	assert.True(t, Detect(filepath.Join(fixtures2025, "2-1_RS_2025_予算・執行_サマリ.csv")))
	assert.False(t, Detect(filepath.Join(fixtures2025, "SOURCE.md")))
	assert.False(t, Detect("../../testdata"))
	assert.False(t, Detect("nope"))
	assert.True(t, IsTableFile("x/5-1_RS_2024_支出先_支出情報.zip"))
	assert.False(t, IsTableFile("rs2025-006423.txt"))
	assert.False(t, IsTableFile("7-1_RS_2024.csv"))
}

// TestIndicatorImprovement: 3-1 改善の上向き／下向き reaches the model.
func TestIndicatorImprovement(t *testing.T) {
	set, err := Open("../../testdata/rscsv/2025")
	require.NoError(t, err)
	seen := 0
	require.NoError(t, set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		if s.Outcome == nil {
			return nil
		}
		for _, n := range s.Outcome.Nodes {
			if n.Indicator != nil && n.Indicator.Improvement != "" {
				assert.Equal(t, outcome.ImprovesUpward, n.Indicator.Improvement)
				seen++
			}
		}
		return nil
	}))
	assert.Positive(t, seen)
}
