package pdfsheet

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// TestSweepPDFEqualsText: sheets of the 2024 RS CSVs on which
// scripts/producer-sweep.sh found the PDF path failing, each printed by
// the producer that showed it (testdata/pdf/producers/sweep/ID-PRODUCER.pdf,
// made by scripts/make-sweep-fixtures.sh from ID.txt), parse strictly to
// the Sheet of their text — every figure and every text — but for the
// Source positions and the overview's box order (boxOrderAside).
func TestSweepPDFEqualsText(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/pdf/producers/sweep/*.pdf")
	require.NoError(t, err)
	require.NotEmpty(t, paths, "sweep fixtures missing (scripts/make-sweep-fixtures.sh)")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			// YEAR-ID-PRODUCER.pdf is drawn from YEAR-ID.txt
			parts := strings.SplitN(filepath.Base(path), "-", 3)
			require.Len(t, parts, 3)
			id := parts[0] + "-" + parts[1]
			want := parseFile(t, filepath.Join(filepath.Dir(path), id+".txt"))
			got, err := Parse(bytes.NewReader(readFile(t, path)))
			require.NoError(t, err)
			require.Equal(t, waveDashAside(t, withoutSource(boxOrderAside(want))), waveDashAside(t, withoutSource(boxOrderAside(got))))
		})
	}
}

// waveDashAside is the sheet as JSON with 〜 U+301C written as ～ U+FF5E:
// IPAexGothic draws both with one glyph, which Chromium and wkhtmltopdf
// name by the lower code point, so the PDF cannot say which the text had
// (the wavedash allowance of internal/sweepcmp).
func waveDashAside(t *testing.T, s reviewsheet.Sheet) string {
	t.Helper()
	b, err := json.Marshal(s)
	require.NoError(t, err)
	return strings.ReplaceAll(string(b), "\u301c", "\uff5e")
}

// TestSweepPDFReported: sweep sheets whose PDF prints a figure so that it
// cannot be read (testdata/pdf/producers/sweep/reported/, made by
// scripts/make-sweep-fixtures.sh): the strict parse fails with an error
// at the figure's line, and the lenient parse leaves the row out rather
// than read a wrong figure: every 費目・使途 row read is a row of the
// text, and fewer are read.
func TestSweepPDFReported(t *testing.T) {
	const dir = "../../testdata/pdf/producers/sweep/reported/"
	for _, tc := range []struct {
		id   string
		errs []string // in the strict parse's error
	}{
		// LibreOffice: the 金額 117,326 of 費目・使途 B wraps inside its
		// cell, "117,32" / "6" (it was read as 6 千円)
		{"2024-020056", []string{"p3:L369:1: 費目・使途: row", "the 金額 6 follows 117,32, a piece of a number"}},
		// LibreOffice: the page cut the 金額 64 of row F off at its edge;
		// the row ran into row G and took its 金額 2,056
		{"2024-000213", []string{"p5:L543:1: 費目・使途: row \"F ＴＯＴＴＥＲ", "runs into the next row's first line without a 金額"}},
	} {
		t.Run(tc.id, func(t *testing.T) {
			want := parseFile(t, dir+tc.id+".txt")
			src := readFile(t, dir+tc.id+"-libreoffice.pdf")
			_, err := Parse(bytes.NewReader(src))
			require.Error(t, err)
			for _, e := range tc.errs {
				require.Contains(t, err.Error(), e)
			}
			p := reviewsheet.Parser{Lenient: true, PDF: Extract}
			got, _ := p.ParseBytes(src)
			require.NotNil(t, got)
			require.NotEmpty(t, got.Spending.Uses)
			require.Less(t, len(got.Spending.Uses), len(want.Spending.Uses))
			for _, u := range got.Spending.Uses {
				require.Contains(t, want.Spending.Uses, u)
			}
		})
	}
}
