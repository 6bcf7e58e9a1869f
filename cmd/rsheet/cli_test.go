package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Fixtures of the input kinds.
const (
	rs2025     = "../../testdata/rscsv/2025"       // all 15 tables (excerpts)
	rsAudit    = "../../testdata/rscsv/2024-audit" // 8 of 15: no 3-1, no 5-1
	rsHandmade = "../../testdata/rscsv/handmade-006423"
	rsProj     = rsHandmade + "#2025-6423" // leading zeros optional
	rsNoProj   = rs2025 + "#2025-999999"
)

// TestHelpOnStdout: -h of every command prints its usage on stdout and
// exits 0, wherever it stands; a usage error still goes to stderr.
func TestHelpOnStdout(t *testing.T) {
	for name := range commands {
		for _, args := range [][]string{{name, "-h"}, {name, "--help"}, {name, sample, "-h"}, {"help", name}} {
			code, stdout, stderr := runCLI(args...)
			assert.Equal(t, exitOK, code, args)
			assert.Contains(t, stdout, "usage: rsheet "+name, args)
			assert.Empty(t, stderr, args)
		}
	}
	code, stdout, _ := runCLI("-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "commands:")
	code, _, stderr := runCLI("parse", "-bogus", sample)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "usage: rsheet parse")
}

// TestFlagsAfterInputs: flags may follow the inputs; -- ends them.
func TestFlagsAfterInputs(t *testing.T) {
	code, stdout, stderr := runCLI("check", sample, "-format", "json")
	assert.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "["), "json output: %.40s", stdout)
	code, stdout, _ = runCLI("graph", graphSample, "-format", "mermaid")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "flowchart")
	code, _, stderr = runCLI("parse", "--", "-format")
	assert.Equal(t, exitFailed, code, "after -- a flag-like name is a file")
	assert.Contains(t, stderr, "-format")
}

// TestStdin: "-" reads a sheet, text or PDF, from standard input.
func TestStdin(t *testing.T) {
	for _, file := range []string{sample, samplePDF} {
		f, err := os.Open(file)
		require.NoError(t, err)
		old := stdin
		stdin = f
		code, stdout, stderr := runCLI("parse", "-")
		stdin = old
		f.Close()
		require.Equal(t, exitOK, code, stderr)
		assert.Contains(t, stdout, `"project_id": "006423"`, file)
	}
	f, err := os.Open(sample)
	require.NoError(t, err)
	defer f.Close()
	old := stdin
	defer func() { stdin = old }()
	stdin = f
	code, stdout, _ := runCLI("check", "-")
	assert.Equal(t, exitOK, code)
	assert.NotContains(t, stdout, "rsheet:")
}

// TestEveryInputKind: parse, graph, report, check and export take a text
// sheet, a PDF, an RS CSV set and PATH#YEAR-ID.
func TestEveryInputKind(t *testing.T) {
	for _, input := range []string{sample, samplePDF, rsProj} {
		code, stdout, stderr := runCLI("parse", input)
		assert.Equal(t, exitOK, code, "%s: %s", input, stderr)
		assert.Contains(t, stdout, `"project_id": "006423"`, input)

		code, stdout, stderr = runCLI("graph", input)
		assert.Equal(t, exitOK, code, "%s: %s", input, stderr)
		assert.Contains(t, stdout, "digraph", input)

		code, stdout, stderr = runCLI("report", input)
		assert.Equal(t, exitOK, code, "%s: %s", input, stderr)
		assert.Contains(t, stdout, "孤独・孤立対策推進経費", input)

		code, _, stderr = runCLI("check", input)
		assert.NotEqual(t, exitUsage, code, "%s: %s", input, stderr)

		out := t.TempDir()
		code, _, stderr = runCLI("export", "-format", "csv", "-o", out, input)
		assert.Equal(t, exitOK, code, "%s: %s", input, stderr)
		assert.Len(t, readTable(t, out, "sheets"), 1, input)
	}
	code, stdout, _ := runCLI("check", rsProj)
	assert.NotEqual(t, exitUsage, code)
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line != "" && !strings.HasPrefix(line, "rsheet:") {
			assert.True(t, strings.HasPrefix(line, rsHandmade+"#2025-006423:"), "findings name the project: %s", line)
		}
	}
	// A whole set to parse: JSON Lines, one per sheet.
	code, stdout, stderr := runCLI("parse", rs2025)
	assert.Equal(t, exitOK, code, stderr)
	assert.Greater(t, strings.Count(stdout, "\n"), 1)
	// One-sheet commands refuse a set and name the form.
	code, _, stderr = runCLI("report", rs2025)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "holds more than one sheet: name one, as "+rs2025+"#2025-")
	// A project the set does not hold.
	code, _, stderr = runCLI("graph", rsNoProj)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "no rows for 事業年度 2025, 予算事業ID 999999")
	// A ZIP that is not an RS table is named as such, not as bad UTF-8.
	zip := filepath.Join(t.TempDir(), "x.zip")
	require.NoError(t, os.WriteFile(zip, []byte("PK\x03\x04rest"), 0o644))
	code, _, stderr = runCLI("parse", zip)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "a ZIP file that is not an RS table")
	assert.NotContains(t, stderr, "UTF-8")
}

// TestWalkSkipsNonSheets: a directory holding rsheet's own outputs (JSON,
// HTML, CSV tables) next to a sheet reads the sheet only, with a note
// per skipped file; check exits 0.
func TestWalkSkipsNonSheets(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644))
	_, js, _ := runCLI("parse", sample)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), []byte(js), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "noext"), []byte(js), 0o644))
	_, html, _ := runCLI("report", sample)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte(html), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sheets.csv"), []byte("title\n行政事業レビューシート\n"), 0o644))
	code, _, stderr := runCLI("check", dir)
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "skipping "+filepath.Join(dir, "a.json")+": JSON, not a review sheet")
	assert.Contains(t, stderr, "skipping "+filepath.Join(dir, "noext")+": JSON")
	assert.Contains(t, stderr, "skipping "+filepath.Join(dir, "a.html")+": HTML")
	assert.Contains(t, stderr, "skipping "+filepath.Join(dir, "sheets.csv")+": CSV that is not an RS table")
	// the repository's golden JSON is skipped too
	code, _, stderr = runCLI("check", "../../testdata/golden")
	assert.NotEqual(t, exitUsage, code, stderr)
}

// TestCheckLenient: check -lenient checks the partial sheet of an input
// with parse errors (errors on stderr, exit 2).
func TestCheckLenient(t *testing.T) {
	code, stdout, stderr := runCLI("check", graphBadPath)
	require.Equal(t, exitUsage, code)
	assert.Empty(t, stdout)
	code, stdout2, stderr2 := runCLI("check", "-lenient", graphBadPath)
	assert.Equal(t, exitUsage, code)
	assert.Equal(t, stderr, stderr2, "the same errors")
	assert.NotEmpty(t, stdout2, "findings of the partial sheet")
}

// TestMissingTablesWarned: an export of a set lacking 3-1 and 5-1 warns
// once per missing table naming the tables left empty, and the sheets
// table says so per sheet; check -against it reports each skipped
// comparison as an info.
func TestMissingTablesWarned(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCLI("export", "-format", "csv", "-o", out, rsAudit)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "rsheet: warning: "+rsAudit+": RS table 5-1 支出先_支出情報 is missing: 支出情報 (Spending.Recipients and their contracts) empty for every sheet; export tables left without its data: spending_recipients, spending_contracts")
	assert.Contains(t, stderr, "RS table 3-1 効果発現経路_目標・実績 is missing")
	assert.Equal(t, 1, strings.Count(stderr, "RS table 5-1"), "once")
	sheets := readTable(t, out, "sheets")
	require.Len(t, sheets, 111)
	head := readHeader(t, out, "sheets")
	col := func(name string) int {
		for i, h := range head {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	for _, r := range sheets {
		assert.Equal(t, "1-2 | 1-3 | 1-4 | 2-2 | 3-1 | 5-1 | 6-1", r[col("rs_missing_tables")])
		assert.Equal(t, "false", r[col("covers_spending")])
		assert.Equal(t, "false", r[col("covers_outcome")])
		assert.Equal(t, "false", r[col("covers_budget")])
	}
	// Placeholders are null: the 執行額 0 of the 事業年度 (2024) is empty,
	// the raw "0" kept, and no 0 % rate is computed from it.
	years := readTable(t, out, "budget_years")
	yh := readHeader(t, out, "budget_years")
	ycol := func(name string) int {
		for i, h := range yh {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	n2024 := 0
	for _, r := range years {
		if r[ycol("budget_year")] != "2024" {
			continue
		}
		n2024++
		assert.Equal(t, "", r[ycol("executed")], r)
		assert.Equal(t, "0", r[ycol("executed_raw")], r)
		assert.Equal(t, "", r[ycol("execution_rate_calc")], r)
	}
	assert.Equal(t, 111, n2024)

	full := t.TempDir()
	code, _, stderr = runCLI("export", "-format", "csv", "-o", full, sample)
	require.Equal(t, exitOK, code, stderr)
	r := readTable(t, full, "sheets")[0]
	assert.Equal(t, "", r[col("rs_missing_tables")])
	assert.Equal(t, "true", r[col("covers_spending")])

	// check -against: the sample is 2025; an official set of 2024 projects
	// lacking 5-1 is compared with a 2024 project of its own.
	code, stdout, stderr := runCLI("check", "-against", rsAudit, rsAudit+"#2024-11")
	assert.NotEqual(t, exitUsage, code, stderr)
	assert.Contains(t, stdout, "info: xcheck.skipped: 支出先と支出額 (payees and block totals) not compared: the official data lacks RS table 5-1 支出情報")
	assert.Contains(t, stderr, "rsheet: warning: -against "+rsAudit+": RS table 5-1")
}

// TestProgressTotal: the progress total counts the sheets of every input
// kind before the run.
func TestProgressTotal(t *testing.T) {
	in := newInputs(false, nil, nil)
	assert.Equal(t, 1, in.Count([]string{sample}))
	assert.Equal(t, 2, in.Count([]string{sample, rsProj}))
	assert.Equal(t, 111, in.Count([]string{rsAudit}))
	n := in.Count([]string{"../../testdata/pdf"})
	assert.Greater(t, n, 2, "the PDFs of a directory")
}

// readHeader returns the header row of a CSV table.
func readHeader(t *testing.T, dir, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name+".csv"))
	require.NoError(t, err)
	defer f.Close()
	head, err := csv.NewReader(f).Read()
	require.NoError(t, err)
	return head
}
