package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = "../../testdata/rs2025-006423.txt"

// runCLI runs rsheet with args and returns exit code, stdout and stderr.
func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	code, _, stderr := runCLI()
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "usage: rsheet")
	code, _, _ = runCLI("nope")
	assert.Equal(t, exitUsage, code)
	code, _, _ = runCLI("parse")
	assert.Equal(t, exitUsage, code)
	code, _, _ = runCLI("parse", "-bogus", sample)
	assert.Equal(t, exitUsage, code)
}

// TestParseJSONContract checks the JSON names promised by the parse issue.
func TestParseJSONContract(t *testing.T) {
	code, stdout, stderr := runCLI("parse", sample)
	require.Equal(t, exitOK, code, stderr)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &m))
	assert.Equal(t, 2025.0, m["fiscal_year"])
	assert.Equal(t, "006423", m["project_id"])
	assert.Equal(t, "孤独・孤立対策推進経費", m["name"])
	assert.Equal(t, "内閣府", m["ministry"])
	assert.Equal(t, 2024.0, m["start_year"])
	assert.Nil(t, m["end_year"])
	assert.Equal(t, true, m["no_end_planned"])
	assert.Equal(t, "前年度事業", m["category"])
	years := m["budget"].(map[string]any)["years"].([]any)
	y := years[1].(map[string]any)
	for _, k := range []string{"year", "request", "initial", "supplementary", "carried_over", "reserve", "total", "executed", "execution_rate"} {
		assert.Contains(t, y, k)
	}
	assert.Equal(t, 684784000.0, y["executed"])
	assert.Nil(t, years[0].(map[string]any)["execution_rate"])
	item := m["budget"].(map[string]any)["items"].([]any)[0].(map[string]any)
	for _, k := range []string{"budget_type", "item", "amount", "next_request", "note"} {
		assert.Contains(t, item, k)
	}
}

func TestParseSeveralIsJSONLines(t *testing.T) {
	code, stdout, _ := runCLI("parse", sample, sample)
	require.Equal(t, exitOK, code)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2)
	for _, l := range lines {
		assert.True(t, json.Valid([]byte(l)))
	}
}

func TestParseFailure(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, bytes.Replace(src, []byte("684,784"), []byte("684,7X4"), 1), 0o644))
	code, stdout, stderr := runCLI("parse", bad)
	assert.Equal(t, exitFailed, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, bad+":144:1: 執行額:")
	code, stdout, _ = runCLI("parse", "-lenient", bad)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, `"project_id": "006423"`)
	code, _, stderr = runCLI("parse", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "missing.txt")
}

func TestCheckCLI(t *testing.T) {
	code, stdout, stderr := runCLI("check", sample)
	assert.Equal(t, exitOK, code, stderr)
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if l != "" {
			assert.NotContains(t, l, ": error: ")
		}
	}
	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, bytes.Replace(src, []byte("執行率 -- 17.3%"), []byte("執行率 -- 17.4%"), 1), 0o644))
	code, stdout, _ = runCLI("check", bad)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, bad+":146: error: budget.execution_rate:")
	code, stdout, _ = runCLI("check", "-format", "json", bad)
	assert.Equal(t, exitFailed, code)
	var fs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &fs))
	require.NotEmpty(t, fs)
	assert.Equal(t, bad, fs[0]["file"])
	code, _, _ = runCLI("check", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, exitUsage, code, "unreadable input")
	code, _, _ = runCLI("check", "-format", "xml", sample)
	assert.Equal(t, exitUsage, code)
}

// TestCheckInputs: check reads what export reads — the RS bulk CSVs (each
// sheet named FILE#YEAR-ID, as it has no lines) and directories of sheets.
func TestCheckInputs(t *testing.T) {
	csvDir := filepath.Join("..", "..", "testdata", "rscsv", "2025")
	code, stdout, stderr := runCLI("check", csvDir)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, csvDir+"#2025-018556: info: spending.corporate_number.placeholder: 個人")

	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# notes\n"), 0o644))
	code, stdout, stderr = runCLI("check", dir)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, filepath.Join(dir, "a.txt")+":1574: warning: spending.low_rate:")
	assert.Contains(t, stderr, "skipping "+filepath.Join(dir, "notes.md"))
}

// TestCheckVendorShare: the signal that needs every sheet of a set comes
// after the sheets, named by ministry (real 2024 rows of デジタル庁).
func TestCheckVendorShare(t *testing.T) {
	code, stdout, stderr := runCLI("check", filepath.Join("..", "..", "testdata", "rscsv", "2024-audit"))
	require.NotEqual(t, exitUsage, code, stderr)
	assert.Contains(t, stdout, "デジタル庁: info: spending.vendor_share: 株式会社ＮＴＴデータ (法人番号 6010601062093) holds 24.7%")
}

// TestCheckAgainst cross-checks the sample with hand-made official rows
// that agree, and with a copy in which one figure disagrees.
func TestCheckAgainst(t *testing.T) {
	const agree = "../../testdata/rscsv/handmade-006423"
	code, stdout, stderr := runCLI("check", "-against", agree, sample)
	assert.Equal(t, exitOK, code, stderr)
	assert.NotContains(t, stdout, "xcheck.")

	dir := t.TempDir()
	entries, err := os.ReadDir(agree)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(agree, e.Name()))
		require.NoError(t, err)
		if strings.HasPrefix(e.Name(), "2-1_") {
			require.Contains(t, string(b), "3953908000")
			b = bytes.ReplaceAll(b, []byte("3953908000"), []byte("3953918000"))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644))
	}
	code, stdout, _ = runCLI("check", "-against", dir, sample)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, sample+":142: error: xcheck.budget.total")

	code, _, stderr = runCLI("check", "-against", filepath.Join(dir, "nope"), sample)
	assert.Equal(t, exitUsage, code, stderr)
}
