package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

func renderCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(append([]string{"render"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func parseSample(t *testing.T) *reviewsheet.Sheet {
	t.Helper()
	f, err := os.Open(graphSample)
	require.NoError(t, err)
	defer f.Close()
	s, err := reviewsheet.Parse(f)
	require.NoError(t, err)
	return s
}

func sameSheet(t *testing.T, want, got *reviewsheet.Sheet) {
	t.Helper()
	want.Source, got.Source = nil, nil
	assert.Equal(t, want, got)
}

// TestRenderCLI: `rsheet render` of the sample, as text and as PDF,
// parses back to the sample's Sheet.
func TestRenderCLI(t *testing.T) {
	want := parseSample(t)
	code, stdout, stderr := renderCLI(graphSample)
	require.Equal(t, exitOK, code, stderr)
	got, err := reviewsheet.Parse(strings.NewReader(stdout))
	require.NoError(t, err)
	sameSheet(t, want, got)

	code, stdout, stderr = renderCLI("-format", "pdf", graphSample)
	require.Equal(t, exitOK, code, stderr)
	require.True(t, strings.HasPrefix(stdout, "%PDF-"))
	got, err = pdfsheet.Parse(strings.NewReader(stdout))
	require.NoError(t, err)
	sameSheet(t, parseSample(t), got)
}

func TestRenderCSV(t *testing.T) {
	code, stdout, stderr := renderCLI("../../testdata/rscsv/2025#2025-884")
	require.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "2025年度行政事業レビューシート"))
	_, err := reviewsheet.Parse(strings.NewReader(stdout))
	require.NoError(t, err)

	code, _, stderr = renderCLI("../../testdata/rscsv/2025")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "#YEAR-ID")
	code, _, _ = renderCLI("-format", "docx", graphSample)
	assert.Equal(t, exitUsage, code)
	code, _, stderr = renderCLI("../../testdata/rscsv/2025#2025")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "PATH#YEAR-ID")
}
