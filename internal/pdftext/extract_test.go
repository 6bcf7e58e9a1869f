package pdftext

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const samplePath = "../../testdata/rs2025-006423.txt"

func fixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/pdf/*.pdf")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 2, "PDF fixtures missing (scripts/make-pdf-fixtures.sh)")
	return paths
}

// lineTexts is the scanner's view of a text: non-blank lines with
// surrounding white space removed (a leading space stands for an empty
// first cell, which a PDF does not draw).
func lineTexts(src string) []string {
	_, lines := sheettext.Scan("", []byte(src))
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimLeft(l.Text, " ")
	}
	return out
}

// TestFixturesRebuildSample: every fixture, rendered from the sample text
// with tables as ruled cells, extracts to the sample's lines in order.
func TestFixturesRebuildSample(t *testing.T) {
	want := lineTexts(string(readFile(t, samplePath)))
	for _, p := range fixtures(t) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			doc, err := ExtractBytes(readFile(t, p), Options{})
			require.NoError(t, err)
			require.Greater(t, len(doc.Pages), 5)
			require.Equal(t, want, lineTexts(doc.Text()))
			for i, pg := range doc.Pages {
				assert.NotEmpty(t, pg, "page %d", i+1)
				assert.NotContains(t, pg, "\f")
			}
			assert.Equal(t, len(doc.Pages)-1, strings.Count(doc.Text(), "\f"))
		})
	}
}

// TestExtractDeterministic: the same bytes give the same text.
func TestExtractDeterministic(t *testing.T) {
	src := readFile(t, fixtures(t)[0])
	a, err := ExtractBytes(src, Options{})
	require.NoError(t, err)
	b, err := Extract(strings.NewReader(string(src)), int64(len(src)), Options{})
	require.NoError(t, err)
	require.Equal(t, a.Text(), b.Text())
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// extractErr extracts src and returns its *Error.
func extractErr(t *testing.T, src []byte, opt Options) *Error {
	t.Helper()
	doc, err := ExtractBytes(src, opt)
	require.Error(t, err)
	require.Nil(t, doc)
	var e *Error
	require.True(t, errors.As(err, &e), "%T %v", err, err)
	return e
}

func TestExtractSimpleText(t *testing.T) {
	src := minipdf.TextPage("BT /F1 10 Tf 20 250 Td (Hello) Tj 100 0 Td (World) Tj 0 -30 Td (Next) Tj ET", "").Bytes(nil)
	doc, err := ExtractBytes(src, Options{})
	require.NoError(t, err)
	require.Equal(t, "Hello World\n\nNext\n", doc.Text())
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name     string
		src      []byte
		opt      Options
		sentinel error
		page     int
		msg      string
	}{
		{"text", []byte("基本情報\n"), Options{}, ErrNotPDF, 0, "not a PDF"},
		{"empty", nil, Options{}, ErrNotPDF, 0, "not a PDF"},
		{"truncated", []byte("%PDF-1.7\n1 0 obj\n"), Options{}, ErrMalformed, 0, "malformed PDF"},
		{"image only", minipdf.TextPage("0 0 100 100 re f", "").Bytes(nil), Options{}, ErrNoText, 0, "no text layer"},
		{"encrypted", func() []byte {
			d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
			n := d.Add("<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>")
			d.Trailer = fmt.Sprintf("/Encrypt %d 0 R /ID [(a) (a)]", n)
			return d.Bytes(nil)
		}(), Options{}, ErrEncrypted, 0, "encrypted"},
		{"Type0 without ToUnicode", minipdf.TextPage("BT /F1 10 Tf <00410042> Tj ET",
			"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 1000 >>] >>").Bytes(nil),
			Options{}, ErrUnreadable, 1, "no ToUnicode"},
		{"predefined CMap", minipdf.TextPage("BT /F1 10 Tf <00410042> Tj ET",
			"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /UniJIS-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /X >>] >>").Bytes(nil),
			Options{}, ErrUnreadable, 1, "predefined CMap"},
		{"mojibake", minipdf.TextPage("BT /F1 10 Tf (\xc3\xa5\xc2\x9f\xc2\xba\xc3\xa6\xc2\x9c\xc2\xac\xc3\xa6\xc2\x83\xc2\x85\xc3\xa5\xc2\xa0\xc2\xb1) Tj ET", "").Bytes(nil),
			Options{}, ErrUnreadable, 1, "do not decode"},
		{"page limit", twoPages(), Options{MaxPages: 1}, ErrLimit, 0, "more than 1 pages"},
		{"operator limit", minipdf.TextPage(strings.Repeat("q Q ", 100), "").Bytes(nil), Options{MaxOps: 50}, ErrLimit, 1, "operators"},
		{"page tree cycle", func() []byte {
			d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
			d.Set(2, "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")
			return d.Bytes(nil)
		}(), Options{}, ErrMalformed, 0, "cyclic"},
		{"huge Size", func() []byte {
			b := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "").Bytes(nil)
			return []byte(strings.Replace(string(b), "/Size 6", "/Size 1000000000", 1))
		}(), Options{}, ErrLimit, 0, "/Size"},
		{"Prev loop", func() []byte {
			d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
			b := string(d.Bytes(nil))
			xref := strings.Index(b, "xref\n")
			d.Trailer = fmt.Sprintf("/Prev %d", xref)
			return d.Bytes(nil)
		}(), Options{}, ErrMalformed, 0, "loops"},
		{"unclosed hex string (library hang)", minipdf.TextPage("BT /F1 10 Tf (a<b) Tj % <c\n<0041", "").Bytes(nil),
			Options{}, ErrMalformed, 1, "hex string"},
		{"unclosed hex string in ToUnicode", func() []byte {
			d := minipdf.TextPage("BT /F1 10 Tf <0041> Tj ET", "")
			d.Set(5, "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Subtype /CIDFontType2 >>] >>")
			d.Add(minipdf.Stream("", "begincmap 1 beginbfchar <0041> <30"))
			return d.Bytes(nil)
		}(), Options{}, ErrMalformed, 1, "hex string"},
		{"bad object offset (library panic)", func() []byte {
			d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
			return d.Bytes(map[int]int{4: 20})
		}(), Options{}, ErrMalformed, 1, "page 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractErr(t, tt.src, tt.opt)
			assert.ErrorIs(t, e, tt.sentinel)
			assert.Equal(t, tt.page, e.Page)
			assert.Contains(t, e.Error(), tt.msg)
		})
	}
}

func twoPages() []byte {
	d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
	d.Set(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>")
	d.Add("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
	return d.Bytes(nil)
}

func TestExtractTwoPagesFormFeed(t *testing.T) {
	doc, err := ExtractBytes(twoPages(), Options{})
	require.NoError(t, err)
	require.Equal(t, []string{"x\n", "x\n"}, doc.Pages)
	require.Equal(t, "x\n\f\nx\n", doc.Text())
	_, lines := sheettext.Scan("", []byte(doc.Text()))
	require.Len(t, lines, 2)
	require.True(t, lines[1].Page)
}

// TestExtractCIDWidths: glyphs of a Type0 font advance by their /W
// widths, so a gap inside one string is seen, and the ToUnicode map
// decodes the codes.
func TestExtractCIDWidths(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 3 beginbfchar <0001> <57FA> <0002> <672C> <0003> <0020> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
	d := minipdf.TextPage("BT /F1 10 Tf 10 100 Td <000100020003000300030001> Tj ET", "6 0 R")
	d.Set(5, "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 1000 /W [3 [250]] >>] >>")
	d.Add(minipdf.Stream("", cmap))
	doc, err := ExtractBytes(d.Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "基本 基\n", doc.Text())
}

// TestExtractFormXObject: text drawn by a Form XObject (with its own
// /Matrix and /Resources) is placed and read like page text; a form that
// draws itself stops at the nesting limit.
func TestExtractFormXObject(t *testing.T) {
	d := minipdf.TextPage("BT /F1 10 Tf 20 250 Td (Page) Tj ET /X1 Do", "")
	d.Set(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>")
	d.Add(minipdf.Stream("/Type /XObject /Subtype /Form /BBox [0 0 300 300] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F2 5 0 R >> /XObject << /X1 6 0 R >> >>",
		"BT /F2 10 Tf 20 250 Td (Form) Tj ET /X1 Do"))
	doc, err := ExtractBytes(d.Bytes(nil), Options{})
	require.NoError(t, err)
	// The page line, then the form's text at 150, 50, -50, … (8 levels).
	lines := strings.Split(strings.TrimSpace(doc.Text()), "\n\n")
	require.Len(t, lines, 1+maxForms)
	assert.Equal(t, "Page", lines[0])
	for _, l := range lines[1:] {
		assert.Equal(t, "Form", l)
	}
}

// TestExtractKangxiRadicals: a ToUnicode map that yields Kangxi radicals
// (as Chromium and LibreOffice files do) gives the unified ideographs.
func TestExtractKangxiRadicals(t *testing.T) {
	cmap := "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <2F8F> <0002> <653F> endbfchar endcmap"
	d := minipdf.TextPage("BT /F1 10 Tf 10 100 Td <00010002> Tj ET", "")
	d.Set(5, "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Subtype /CIDFontType2 /DW 1000 >>] >>")
	d.Add(minipdf.Stream("", cmap))
	doc, err := ExtractBytes(d.Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "行政\n", doc.Text())
}

// TestExtractFreeTextSheet: the sample drawn as free text (no
// rectangles; lines by baseline, spaces from gaps, paragraphs from
// leading) extracts to the sample's lines.
func TestExtractFreeTextSheet(t *testing.T) {
	text := string(readFile(t, samplePath))
	src := minipdf.TextDoc(text)
	assert.Less(t, len(src), 100<<10)
	doc, err := ExtractBytes(src, Options{})
	require.NoError(t, err)
	require.Equal(t, lineTexts(text), lineTexts(doc.Text()))
}
