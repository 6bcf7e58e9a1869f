package ruletest

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// ProducerTexts are pdftotext's default-mode texts of the producer PDFs
// (and of this repo's A5 fixture), the texts the rule packages were
// written for, as paths from a package directory
// reviewsheet/internal/NAME.
var ProducerTexts = []string{
	"../../../testdata/extractors/rs2025-006423.libreoffice.pdftotext.txt",
	"../../../testdata/extractors/rs2025-006423.chromium.pdftotext.txt",
	"../../../testdata/extractors/rs2025-006423.wkhtmltopdf.pdftotext.txt",
	"../../../testdata/extractors/rs2025-006423-a5.pdftotext.txt",
}

// ReadFile returns the file's bytes; the test fails when it cannot be
// read.
func ReadFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// AddProducerSeeds adds ProducerTexts to the seed corpus of f.
func AddProducerSeeds(f *testing.F) {
	f.Helper()
	for _, p := range ProducerTexts {
		f.Add(ReadFile(f, p))
	}
}

// Scan scans s as sheet text (file name "x").
func Scan(s string) []sheettext.Line {
	_, lines := sheettext.Scan("x", []byte(s))
	return lines
}

// Texts joins the texts of lines with newlines.
func Texts(lines []sheettext.Line) string {
	got := make([]string, 0, len(lines))
	for _, l := range lines {
		got = append(got, l.Text)
	}
	return strings.Join(got, "\n")
}

// InInput fails the test when a line a rule returned does not point
// into src (a position past its end): every line keeps the position of
// input it came from, which messages report.
func InInput(t testing.TB, src []byte, lines []sheettext.Line) {
	t.Helper()
	for _, l := range lines {
		if l.Pos < 0 || int(l.Pos) > len(src) {
			t.Fatalf("line %q at %d, outside the input (%d bytes)", l.Text, l.Pos, len(src))
		}
	}
}
