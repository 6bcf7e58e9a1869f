package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/input"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// readTable reads dir/name.csv and returns its rows without the header.
func readTable(t *testing.T, dir, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name+".csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	return rows[1:]
}

func TestExportUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export"},
		{"export", "-o", dir},
		{"export", sample},
		{"export", "-format", "xlsx", "-o", dir, sample},
		{"export", "-flush", "0", "-o", dir, sample},
		{"export", "-bogus", "-o", dir, sample},
	} {
		code, _, _ := runCLI(args...)
		assert.Equal(t, exitUsage, code, args)
	}
}

func TestExportSample(t *testing.T) {
	for _, format := range []string{"arrow", "parquet", "csv"} {
		dir := t.TempDir()
		code, stdout, stderr := runCLI("export", "-format", format, "-o", dir, "-v", "-q", sample)
		require.Equal(t, exitOK, code, stderr)
		assert.Empty(t, stdout)
		assert.NotContains(t, stderr, "repeats")
		assert.Contains(t, stderr, "budget_years."+format+" ")
		for _, name := range []string{"sheets", "budget_years", "budget_items", "outcome_nodes", "outcome_links",
			"outcome_values", "spending_blocks", "spending_recipients", "spending_contracts", "spending_uses",
			"spending_debt_contracts", "findings"} {
			assert.FileExists(t, filepath.Join(dir, name+"."+format))
		}
	}
	dir := t.TempDir()
	code, _, stderr := runCLI("export", "-format", "csv", "-o", dir, sample)
	require.Equal(t, exitOK, code, stderr)
	years := readTable(t, dir, "budget_years")
	require.Len(t, years, 4)
	assert.Equal(t, []string{"2025", "006423", "2024", "408000000", "203368000", "3050000000", "700540000", "",
		"3953908000", "684784000", "17.3", "17.31916878187353", "", "", ""}, years[1], "carried_forward, next_request and executed_raw are RS CSV only")
	assert.Len(t, readTable(t, dir, "spending_recipients"), 38)
	assert.Len(t, readTable(t, dir, "spending_contracts"), 42)
	assert.Len(t, readTable(t, dir, "spending_uses"), 12)
	assert.Len(t, readTable(t, dir, "outcome_nodes"), 21)
	assert.Len(t, readTable(t, dir, "outcome_links"), 20)
	sheets := readTable(t, dir, "sheets")
	require.Len(t, sheets, 1)
	assert.Equal(t, sample, sheets[0][2], "source is the input path")
}

func TestExportFindings(t *testing.T) {
	old := exportCheck
	defer func() { exportCheck = old }()
	exportCheck = func(s *reviewsheet.Sheet) []audit.Finding {
		return []audit.Finding{{Code: "test.code", Severity: audit.SeverityWarning, Path: "budget.years[1].executed", Line: 7, Message: "m"}}
	}
	dir := t.TempDir()
	code, _, stderr := runCLI("export", "-format", "csv", "-o", dir, sample)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, [][]string{{"2025", "006423", "test.code", "warning", "budget.years[1].executed", "7", "", "", "m"}},
		readTable(t, dir, "findings"))
}

// TestExportWalk: directories are walked in lexical order; non-sheets
// and dot files are skipped with a note; a broken sheet fails the run
// (exit 1) without stopping the others.
func TestExportWalk(t *testing.T) {
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	in := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(in, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	other := strings.Replace(string(src), "006423", "009999", -1)
	write("b/sheet2.txt", []byte(other))
	write("a.txt", src)
	write("README.md", []byte("# notes\n"))
	write(".hidden/sheet.txt", src)

	out := t.TempDir()
	code, _, stderr := runCLI("export", "-format", "csv", "-o", out, in)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "skipping "+filepath.Join(in, "README.md"))
	sheets := readTable(t, out, "sheets")
	require.Len(t, sheets, 2)
	assert.Equal(t, "006423", sheets[0][1])
	assert.Equal(t, filepath.Join(in, "a.txt"), sheets[0][2])
	assert.Equal(t, "009999", sheets[1][1])
	assert.Len(t, readTable(t, out, "budget_years"), 8)

	// A broken sheet among good ones, and a missing input.
	write("c.txt", []byte("2025年度行政事業レビューシート 内閣府\n\nbroken\n"))
	code, _, stderr = runCLI("export", "-format", "csv", "-o", out, in, filepath.Join(in, "missing.txt"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "c.txt")
	assert.Contains(t, stderr, "missing.txt")
	assert.Contains(t, stderr, "nothing written to "+out)
	assert.Len(t, readTable(t, out, "sheets"), 2, "the earlier export is left as it was")
	assertNoPartials(t, out)

	// A typo after a good export: the tables stay those of the good run.
	code, _, stderr = runCLI("export", "-format", "csv", "-o", out, filepath.Join(in, "typo.txt"))
	assert.Equal(t, exitFailed, code, stderr)
	assert.Len(t, readTable(t, out, "sheets"), 2)
	assertNoPartials(t, out)

	// -partial writes what was read.
	code, _, stderr = runCLI("export", "-format", "csv", "-partial", "-o", out, filepath.Join(in, "a.txt"), filepath.Join(in, "typo.txt"))
	assert.Equal(t, exitFailed, code, stderr)
	assert.Len(t, readTable(t, out, "sheets"), 1)
	assertNoPartials(t, out)
}

// assertNoPartials: no temporary output file is left in dir.
func assertNoPartials(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range ents {
		assert.False(t, strings.HasPrefix(e.Name(), "."), "left behind: %s", e.Name())
	}
}

// TestExportForeignDir: an output directory holding other files is
// refused (exit 2) unless -force; one holding an earlier export is not.
func TestExportForeignDir(t *testing.T) {
	out := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o644))
	code, _, stderr := runCLI("export", "-format", "csv", "-o", out, sample)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "notes.txt")
	assert.Contains(t, stderr, "-force")
	_, err := os.Stat(filepath.Join(out, "sheets.csv"))
	assert.ErrorIs(t, err, os.ErrNotExist)

	code, _, stderr = runCLI("export", "-format", "csv", "-force", "-o", out, sample)
	require.Equal(t, exitOK, code, stderr)
	code, _, stderr = runCLI("export", "-format", "csv", "-o", t.TempDir(), sample)
	require.Equal(t, exitOK, code, stderr)

	again := t.TempDir()
	code, _, stderr = runCLI("export", "-format", "csv", "-o", again, sample)
	require.Equal(t, exitOK, code, stderr)
	code, _, stderr = runCLI("export", "-format", "csv", "-o", again, sample)
	require.Equal(t, exitOK, code, "an earlier export is replaced: %s", stderr)
	data, err := os.ReadFile(filepath.Join(out, "notes.txt"))
	require.NoError(t, err)
	assert.Equal(t, "mine", string(data))
}

// TestExportHook: a registered hook claims its inputs and names their
// source.
func TestExportHook(t *testing.T) {
	old := inputHooks
	defer func() { inputHooks = old }()
	s, err := readSheet(sample, false)
	require.NoError(t, err)
	s.Source = nil
	inputHooks = []input.Hook{func(path string, emit func(string, *reviewsheet.Sheet) error) (bool, error) {
		if !strings.HasSuffix(path, ".zip") {
			return false, nil
		}
		return true, emit(path+"#006423", s)
	}}
	out := t.TempDir()
	code, _, stderr := runCLI("export", "-format", "csv", "-o", out, "rs2025.zip", sample)
	require.Equal(t, exitOK, code, stderr)
	sheets := readTable(t, out, "sheets")
	require.Len(t, sheets, 2)
	assert.Equal(t, "rs2025.zip#006423", sheets[0][2])
	assert.Equal(t, sample, sheets[1][2])
	assert.Contains(t, stderr, "note: "+sample+" repeats 2025/006423 of rs2025.zip#006423")
}

func TestExportBadOutput(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(f, nil, 0o644))
	code, _, stderr := runCLI("export", "-o", filepath.Join(f, "sub"), sample)
	assert.Equal(t, exitFailed, code)
	assert.NotEmpty(t, stderr)
}

// TestExportRSCSV: a directory of RS CSV tables is read as one set.
func TestExportRSCSV(t *testing.T) {
	in := "../../testdata/rscsv/handmade-006423"
	out := t.TempDir()
	code, _, stderr := runCLI("export", "-format", "csv", "-o", out, in)
	require.Equal(t, exitOK, code, stderr)
	sheets := readTable(t, out, "sheets")
	require.Len(t, sheets, 1)
	assert.Equal(t, []string{"2025", "006423", in}, sheets[0][:3])
	assert.Len(t, readTable(t, out, "spending_recipients"), 38)
	assert.Len(t, readTable(t, out, "outcome_nodes"), 21)
}

// TestExportDeterministic: the checks run concurrently with the writing
// (export_pipe.go) and Parquet is encoded on a goroutine of its own, yet
// two exports of the same RS set are byte-identical, table by table.
func TestExportDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		code, _, stderr := runCLI("export", "-q", "-format", "parquet", "-o", dir, rs2025)
		require.Equal(t, exitOK, code, stderr)
	}
	ents, err := os.ReadDir(a)
	require.NoError(t, err)
	require.NotEmpty(t, ents)
	for _, e := range ents {
		x, err := os.ReadFile(filepath.Join(a, e.Name()))
		require.NoError(t, err)
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(x, y), "%s differs between runs", e.Name())
	}
}
