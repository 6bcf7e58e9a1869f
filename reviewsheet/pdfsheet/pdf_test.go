package pdfsheet

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
)

// pdfFixtures are the sample sheet rendered to PDF by
// scripts/make-pdf-fixtures.sh (A4, and A5 with page breaks inside the
// budget table and the recipient list).
func pdfFixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/pdf/*.pdf")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 2, "PDF fixtures missing (scripts/make-pdf-fixtures.sh)")
	return paths
}

// TestPDFEqualsText: each PDF fixture parses to the Sheet of the text it
// was rendered from — through Parse (detection by content), a Parser with PDF set and
// a Parser with a misleading name — with a position for every figure
// the text path positions.
func TestPDFEqualsText(t *testing.T) {
	want := parseFile(t, samplePath)
	for _, path := range pdfFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src := readFile(t, path)
			got, err := Parse(bytes.NewReader(src))
			require.NoError(t, err)
			require.Equal(t, withoutSource(want), withoutSource(got))
			require.Equal(t, want.Source.Len(), got.Source.Len())

			got2, err := Parse(bytes.NewReader(src))
			require.NoError(t, err)
			require.Equal(t, withoutSource(want), withoutSource(got2))

			p := reviewsheet.Parser{Name: "sheet.txt", PDF: Extract} // the name does not decide
			got3, err := p.ParseBytes(src)
			require.NoError(t, err)
			require.Equal(t, withoutSource(want), withoutSource(got3))
			require.Equal(t, "sheet.txt", got3.Source.Name)
		})
	}
}

// TestFreeTextPDFEqualsText: the sample drawn as free text (no ruled
// cells: lines by baseline, spaces from gaps, paragraphs from leading) by
// minipdf.TextDoc also parses to the text-path Sheet.
func TestFreeTextPDFEqualsText(t *testing.T) {
	want := parseFile(t, samplePath)
	src := minipdf.TextDoc(string(readFile(t, samplePath)))
	got, err := Parse(bytes.NewReader(src))
	require.NoError(t, err)
	require.Equal(t, withoutSource(want), withoutSource(got))
}

// TestPDFSourceLinesReferToExtractedText: Source line numbers point into
// the extracted text, where the figure is printed.
func TestPDFSourceLinesReferToExtractedText(t *testing.T) {
	src := readFile(t, pdfFixtures(t)[0])
	s, err := Parse(bytes.NewReader(src))
	require.NoError(t, err)
	text, err := Text(src, 0)
	require.NoError(t, err)
	lines := strings.Split(text, "\n")
	for path, want := range map[string]string{
		"fiscal_year":          "2025年度行政事業レビューシート",
		"name":                 "孤独・孤立対策推進経費",
		"project_id":           "006423",
		"spending.flow.amount": "684,784",
	} {
		l := s.Source.Line(path)
		require.Positive(t, l, path)
		require.LessOrEqual(t, l, len(lines))
		assert.Contains(t, lines[l-1], want, path)
	}
	require.Positive(t, s.Source.Len())
}

// TestTextNotPDF: Text refuses input that is not a PDF; a Parser
// without a PDFReader refuses PDF input, naming what to set.
func TestTextNotPDF(t *testing.T) {
	_, err := Text(readFile(t, samplePath), 0)
	assert.ErrorIs(t, err, reviewsheet.ErrPDF)
	assert.ErrorContains(t, err, "not a PDF")
	_, err = (&reviewsheet.Parser{Name: "a.pdf"}).ParseBytes(readFile(t, pdfFixtures(t)[0]))
	assert.ErrorIs(t, err, reviewsheet.ErrPDF)
	assert.ErrorContains(t, err, "a.pdf: malformed PDF: PDF input needs Parser.PDF (pdfsheet.Extract")
}

// TestParsePDFErrors: each failure of PDF input is a typed, positioned
// error (the page where it is known).
func TestParsePDFErrors(t *testing.T) {
	encrypted := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
	n := encrypted.Add("<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>")
	encrypted.Trailer = fmt.Sprintf("/Encrypt %d 0 R", n)
	brokenObj := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "").Bytes(map[int]int{4: 20})
	tests := []struct {
		name     string
		src      []byte
		sentinel error
		msg      string
	}{
		{"encrypted", encrypted.Bytes(nil), reviewsheet.ErrEncrypted, "encrypted"},
		{"image only", minipdf.TextPage("0 0 10 10 re f", "").Bytes(nil), reviewsheet.ErrNoText, "no text layer"},
		{"library panic", brokenObj, reviewsheet.ErrPDF, "page 1: "},
		{"no ToUnicode", minipdf.TextPage("BT /F1 10 Tf <0041> Tj ET",
			"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [<< /Subtype /CIDFontType2 >>] >>").Bytes(nil),
			reviewsheet.ErrUnreadable, "page 1: "},
		{"not a sheet", minipdf.TextPage("BT /F1 10 Tf (Hello) Tj ET", "").Bytes(nil), reviewsheet.ErrMissing, "section heading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse(bytes.NewReader(tt.src))
			require.Error(t, err)
			require.Nil(t, s)
			assert.ErrorIs(t, err, tt.sentinel)
			var list reviewsheet.ErrorList
			require.True(t, errors.As(err, &list))
			assert.Contains(t, err.Error(), tt.msg)
			if tt.sentinel != reviewsheet.ErrMissing {
				require.Len(t, list, 1)
				assert.Equal(t, 0, list[0].Line, "PDF-level errors have no line")
			}
		})
	}
}

// TestParsePDFSizeLimit: the Parser's MaxSize applies to the PDF bytes.
func TestParsePDFSizeLimit(t *testing.T) {
	src := readFile(t, pdfFixtures(t)[0])
	p := reviewsheet.Parser{MaxSize: 1000}
	_, err := p.ParseBytes(src)
	require.ErrorIs(t, err, reviewsheet.ErrTooLarge)
	p.PDF = Extract
	_, err = p.ParseBytes(src)
	require.ErrorIs(t, err, reviewsheet.ErrTooLarge, "checked before extraction")
}

// TestPDFFixturesSmall keeps the committed fixtures small.
func TestPDFFixturesSmall(t *testing.T) {
	for _, p := range pdfFixtures(t) {
		st, err := os.Stat(p)
		require.NoError(t, err)
		assert.Less(t, st.Size(), int64(300<<10), p)
	}
}

// TestPDFMaxPages: Parser.MaxPages bounds a PDF's pages.
func TestPDFMaxPages(t *testing.T) {
	src, err := os.ReadFile("../../testdata/pdf/rs2025-006423-a5.pdf") // 37 pages
	require.NoError(t, err)
	p := reviewsheet.Parser{Name: "a5.pdf", MaxPages: 10, PDF: Extract}
	_, err = p.ParseBytes(src)
	require.ErrorIs(t, err, reviewsheet.ErrPDFLimit)
	p.MaxPages = 37
	_, err = p.ParseBytes(src)
	require.NoError(t, err)
	_, err = Text(src, 10)
	require.ErrorIs(t, err, reviewsheet.ErrPDFLimit, "Text honours the page limit too")
}
