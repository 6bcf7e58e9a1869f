package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

const reportSample = "../../testdata/rs2025-006423.txt"

func reportCLI(args ...string) (int, string, string) {
	var out, errb strings.Builder
	code := run(append([]string{"report"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// TestReportCLI: -o writes the page; without -o it goes to stdout, byte
// for byte the same; the findings table has one row per Check finding.
func TestReportCLI(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.html")
	code, stdout, stderr := reportCLI("-o", out, reportSample)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout)
	assert.Empty(t, stderr)
	page, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(page), "<!DOCTYPE html>\n"))
	assert.Contains(t, string(page), `<meta charset="utf-8">`)
	assert.Contains(t, string(page), "<h1 id=\"title\">孤独・孤立対策推進経費</h1>")
	assert.Contains(t, string(page), "rsheet report — rs2025-006423.txt.", "footer names the input without its directory")
	assert.Equal(t, 3, strings.Count(string(page), "<svg "))

	code, stdout, stderr = reportCLI(reportSample)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, string(page), stdout)

	f, err := os.Open(reportSample)
	require.NoError(t, err)
	defer f.Close()
	sheet, err := (&reviewsheet.Parser{Name: reportSample}).Parse(f)
	require.NoError(t, err)
	n := len(audit.Check(sheet))
	assert.Equal(t, n, strings.Count(stdout, `<tr id="finding-`), "one row per finding")
}

func TestReportCLIErrors(t *testing.T) {
	code, _, _ := reportCLI()
	assert.Equal(t, exitUsage, code)
	code, _, _ = reportCLI(reportSample, reportSample)
	assert.Equal(t, exitUsage, code)
	code, _, _ = reportCLI("-top", "0", reportSample)
	assert.Equal(t, exitUsage, code)
	code, stdout, stderr := reportCLI("no-such-file.txt")
	assert.Equal(t, exitFailed, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "no-such-file.txt")
	code, _, stderr = reportCLI("-o", filepath.Join(t.TempDir(), "no", "dir", "r.html"), reportSample)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "r.html")

	// A sheet with an error: no page unless -lenient, which writes the
	// partial page and still exits 1.
	bad := "../../testdata/outcome/rs2025-006423.badpath.txt"
	code, stdout, stderr = reportCLI(bad)
	assert.Equal(t, exitFailed, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "rs2025-006423.badpath.txt:")
	code, stdout, _ = reportCLI("-lenient", bad)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, "</html>")
}
