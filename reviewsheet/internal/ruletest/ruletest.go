package ruletest

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
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

// Mutate applies one to four random layout edits to a copy of src, each
// at a random character: one of inserts put in, a line indented, a space
// doubled (or two spaces made one), a line dropped, a line doubled, or a
// line joined to the next with a gutter. The gate tests compare a gated
// and a forced-open run on such texts.
func Mutate(rng *rand.Rand, src []byte, inserts [][]byte) []byte {
	b := append([]byte(nil), src...)
	for e := 1 + rng.IntN(4); e > 0 && len(b) > 0; e-- {
		i := rng.IntN(len(b))
		for i > 0 && b[i]&0xC0 == 0x80 { // a byte that starts a character
			i--
		}
		lineStart := bytes.LastIndexByte(b[:i], '\n') + 1
		lineEnd := len(b)
		if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
			lineEnd = i + j
		}
		switch rng.IntN(6) {
		case 0: // something put in
			b = slices.Insert(b, i, inserts[rng.IntN(len(inserts))]...)
		case 1: // a line indented
			b = slices.Insert(b, lineStart, bytes.Repeat([]byte(" "), 1+rng.IntN(4))...)
		case 2: // a space doubled, or two spaces made one
			if j := bytes.Index(b[i:], []byte("  ")); j >= 0 && rng.IntN(2) == 0 {
				b = slices.Delete(b, i+j, i+j+1)
			} else if j := bytes.IndexByte(b[i:], ' '); j >= 0 {
				b = slices.Insert(b, i+j, ' ')
			}
		case 3: // a line dropped
			b = slices.Delete(b, lineStart, min(lineEnd+1, len(b)))
		case 4: // a line doubled
			line := append([]byte(nil), b[lineStart:min(lineEnd+1, len(b))]...)
			b = slices.Insert(b, lineStart, line...)
		case 5: // joined to the next line with a gutter
			if lineEnd < len(b) {
				b = slices.Replace(b, lineEnd, lineEnd+1, ' ', ' ', ' ')
			}
		}
	}
	return b
}
