package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	samplePDF    = "../../testdata/pdf/rs2025-006423-a5.pdf"
	encryptedPDF = "../../testdata/pdf/encrypted/aes-256-r6-objstm.pdf"
)

func TestTextUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"text"}, exitUsage, "usage: rsheet text"},
		{[]string{"text", "-bogus", sample}, exitUsage, "usage: rsheet text"},
	} {
		code, stdout, stderr := runCLI(tt.args...)
		assert.Equal(t, tt.code, code, tt.args)
		assert.Empty(t, stdout)
		assert.Contains(t, stderr, tt.err)
	}
	code, stdout, stderr := runCLI("text", "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, stderr)
	assert.Contains(t, stdout, "-n\tprefix each line", "help goes to stdout")
	_, stdout, _ = runCLI("-h")
	assert.Contains(t, stdout, "text     print the text the parser reads")
}

// TestTextPDF: the text of a PDF is pdfsheet.Text's, for an encrypted
// PDF too; a text file is printed as it is.
func TestTextPDF(t *testing.T) {
	for _, path := range []string{samplePDF, encryptedPDF} {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		want, err := pdfsheet.Text(src, 0)
		require.NoError(t, err)
		code, stdout, stderr := runCLI("text", path)
		require.Equal(t, exitOK, code, stderr)
		assert.Equal(t, want, stdout)
		assert.True(t, strings.HasPrefix(stdout, "2025年度行政事業レビューシート"), stdout[:80])
	}
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	code, stdout, _ := runCLI("text", sample)
	require.Equal(t, exitOK, code)
	assert.Equal(t, string(src), stdout)
}

// TestTextNumbered: with -n, line N of the output is the line parser
// messages and Sheet.Source call N, and pages advance at form feeds.
func TestTextNumbered(t *testing.T) {
	src, err := os.ReadFile(samplePDF)
	require.NoError(t, err)
	sheet, err := pdfsheet.Parse(bytes.NewReader(src))
	require.NoError(t, err)
	code, stdout, stderr := runCLI("text", "-n", samplePDF)
	require.Equal(t, exitOK, code, stderr)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	text, err := pdfsheet.Text(src, 0)
	require.NoError(t, err)
	require.Len(t, lines, strings.Count(text, "\n"))
	assert.Equal(t, "p1 L1 │ 2025年度行政事業レビューシート 内閣府", lines[0])
	for path, want := range map[string]string{
		"budget.years[1].executed":      "684,784",
		"spending.recipients[0].amount": "エヌ・ティ・ティ・データ経営研究所 170,042", // on page 27
	} {
		n := sheet.Source.Line(path)
		require.Positive(t, n, path)
		assert.Contains(t, lines[n-1], fmt.Sprintf(" L%d │ ", n), path)
		assert.Contains(t, lines[n-1], want, path)
	}
	pages := strings.Count(text, "\f") + 1
	last := lines[len(lines)-1]
	assert.True(t, strings.HasPrefix(last, fmt.Sprintf("p%d L%d │ ", pages, len(lines))), last)
	breaks := 0
	for _, l := range lines {
		if strings.HasSuffix(l, "│ ␌") {
			breaks++
		}
	}
	assert.Equal(t, pages-1, breaks)
}

// TestTextLineEnds: -n counts LF, CRLF and lone CR as the parser does.
func TestTextLineEnds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.txt")
	require.NoError(t, os.WriteFile(path, []byte("a\r\nb\rc\n\fd\n"), 0o644))
	code, stdout, _ := runCLI("text", "-n", path)
	require.Equal(t, exitOK, code)
	assert.Equal(t, "p1 L1 │ a\np1 L2 │ b\np1 L3 │ c\np2 L4 │ ␌d\n", stdout)
}

// TestTextFailures: an unreadable or password-protected file exits 1
// after printing the other files.
func TestTextFailures(t *testing.T) {
	code, stdout, stderr := runCLI("text", "../../testdata/pdf/encrypted/userpw.pdf", "nope.pdf", sample)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "userpw.pdf: encrypted PDF: a password is required to open the file (the user password is not empty)\n")
	assert.Contains(t, stderr, "nope.pdf: open nope.pdf: no such file")
	assert.True(t, strings.HasPrefix(stdout, "==> ../../testdata/pdf/encrypted/userpw.pdf <==\n\n==> nope.pdf <==\n\n==> "+sample+" <==\n"))
	src, err := os.ReadFile(sample)
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(stdout, " <==\n"+string(src)))
}
