package linerules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHasCellALine(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"a word a line (mutool, PyMuPDF)", "支出先名\n支出額\n法人番号\n", true},
		{"blank lines between (pdftotext default mode)", "x\n支出先名\n\n支出額\n\n法人番号\n", true},
		{"two paragraphs (pdfminer)", "支出先名\n\n支出額 法人番号\n", true},
		{"after a form feed", "\f支出先名\n支出額\n", true},
		{"at the end of the text", "支出先名\n支出額", true},
		{"blanks around (trimmed by Scan)", "支出先名  \n\n  支出額\n", true},
		{"支出先名 alone at the end", "x\n支出先名\n", false},
		{"one row (RS layout)", "支出先名 支出額 法人番号\n", false},
		{"layout columns", "支出先名        支出額      法人番号\n", false},
		{"split after 支出額", "支出先名 支出額\n\n法人番号\n", false},
		{"支出先名 inside a line", "A.支出先名\n支出額\n", false},
		{"another word next", "支出先名\n支出額等\n", false},
		{"支出額 with another word", "支出先名\n支出額 入札者数\n", false},
		{"Kangxi radical (Chromium, wkhtmltopdf)", "⽀出先名\n⽀出額\n法⼈番号\n", true},
		{"Kangxi radical, one row", "⽀出先名 ⽀出額 法⼈番号\n", false},
		{"Kangxi radical, two paragraphs", "⽀出先名\n\n⽀出額 法⼈番号\n", true},
		{"another word before 出先名", "輸出先名\n支出額\n", false},
		{"no list", "事業名 x\n", false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, lines := sheettext.Scan("", []byte(tc.in))
			assert.Equal(t, tc.want, HasCellALine(lines))
		})
	}
}

// TestHasCellALineTexts: which committed texts open the second gate.
// The sample (RS layout), every -layout text and the variants do not;
// of the texts without pdftotext's de-hyphenation, those of mutool,
// PyMuPDF and pdfminer that print the list header a word a line do.
func TestHasCellALineTexts(t *testing.T) {
	root := "../../../testdata"
	open := map[string]bool{
		"rs2025-006423.mutool.txt": true, "rs2025-006423.libreoffice.mutool.txt": true,
		"rs2025-006423.pymupdf.txt": true, "rs2025-006423.libreoffice.pymupdf.txt": true,
		"rs2025-006423.pdfminer.txt":        true,
		"rs2025-006423.chromium.mutool.txt": true, "rs2025-006423.wkhtmltopdf.mutool.txt": true,
		"rs2025-006423.chromium.pymupdf.txt": true, "rs2025-006423.wkhtmltopdf.pymupdf.txt": true,
		"rs2025-006423.chromium.pdfminer.txt": true, // (once, at a page break)
		// the producer PDFs drawn with the RS form's shared column widths
		"rs2025-006423.chromium-sharedcols.mutool.txt": true, "rs2025-006423.libreoffice-sharedcols.mutool.txt": true,
		"rs2025-006423.wkhtmltopdf-sharedcols.mutool.txt": true, "rs2025-006423.chromium-sharedcols.pymupdf.txt": true,
		"rs2025-006423.libreoffice-sharedcols.pymupdf.txt": true, "rs2025-006423.wkhtmltopdf-sharedcols.pymupdf.txt": true,
		"rs2025-006423.chromium-sharedcols.pdfminer.txt": true, // (twice, at page breaks)
	}
	var files []string
	for _, glob := range []string{"*.txt", "extractors/*.txt", "variants/*.txt", "variants/*/*.txt"} {
		m, err := filepath.Glob(filepath.Join(root, glob))
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.NotEmpty(t, files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		if HasDehyphenated(src) {
			continue // the first gate: pdftotext default mode
		}
		_, lines := sheettext.Scan(f, src)
		assert.Equal(t, open[filepath.Base(f)], HasCellALine(lines), f)
	}
}

// BenchmarkHasCellALine: the second gate on the sample (RS layout: the
// gate stays shut), asked of every input without the de-hyphenation.
func BenchmarkHasCellALine(b *testing.B) {
	src, err := os.ReadFile(samplePath)
	require.NoError(b, err)
	_, lines := sheettext.Scan("", src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if HasCellALine(lines) {
			b.Fatal("the sample opens the gate")
		}
	}
}
