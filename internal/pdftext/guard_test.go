package pdftext

import (
	"bytes"
	"testing"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// japaneseDoc is a one-page document with a Type0/Identity-H font and a
// ToUnicode map: two ruled cells side by side on one row.
func japaneseDoc() *minipdf.Doc {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfrange <0001> <0003> [<4E88> <7B97> <984D>] <0010> <0012> <0030> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
	content := "0 0 100 20 re 100 0 100 20 re S BT /F1 10 Tf 1 0 0 1 3 5 Tm <000100020003> Tj 1 0 0 1 103 5 Tm <00110010> Tj ET"
	d := minipdf.TextPage(content, "")
	d.Set(5, "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+IPAexGothic /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [7 0 R] >>")
	d.Add(minipdf.Stream("", cmap))
	d.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+IPAexGothic /DW 1000 /W [16 18 500] >>")
	return d
}

// TestExtractObjectAndXrefStreams: the same document with a classic xref
// table and with object streams plus a compressed xref stream gives the
// same text; bfrange arrays and ranges decode.
func TestExtractObjectAndXrefStreams(t *testing.T) {
	for name, src := range map[string][]byte{
		"xref table":  japaneseDoc().Bytes(nil),
		"xref stream": japaneseDoc().BytesCompressed(nil),
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := ExtractBytes(src, Options{})
			require.NoError(t, err)
			require.Equal(t, "予算額 10\n", doc.Text())
		})
	}
}

// TestExtractRecursiveObjectStreams: object streams the library would
// resolve recursively (a fatal stack overflow, which recover cannot
// catch) are refused before the library sees them.
func TestExtractRecursiveObjectStreams(t *testing.T) {
	tests := map[string]func(e [][3]int){
		"object stream stored in itself": func(e [][3]int) { e[8] = [3]int{2, 8, 0} },
		"object stream in another":       func(e [][3]int) { e[8] = [3]int{2, 1, 0} },
	}
	for name, corrupt := range tests {
		t.Run(name, func(t *testing.T) {
			e := extractErr(t, japaneseDoc().BytesCompressed(corrupt), Options{})
			require.ErrorIs(t, e, ErrMalformed)
			require.Contains(t, e.Error(), "compressed")
		})
	}
	// A dictionary of an object stream that refers into the stream.
	src := japaneseDoc().BytesCompressed(nil)
	src = bytes.Replace(src, []byte("/Type /ObjStm /N 5"), []byte("/Type /ObjStm /N 1 0 R"), 1)
	e := extractErr(t, src, Options{})
	require.ErrorIs(t, e, ErrMalformed)
}

func TestUnclosedHex(t *testing.T) {
	for src, want := range map[string]bool{
		"":                       false,
		"<0041> Tj":              false,
		"<0041":                  true,
		"<< /A 1 >> <00>":        false,
		"(a < b) Tj":             false,
		"(a \\) < b) Tj":         false,
		"(a (nested) <) Tj <00>": false,
		"% comment <\n(x) Tj":    false,
		"(unclosed <":            false, // the library stops at the end
		"(x) Tj <":               true,
	} {
		assert.Equal(t, want, unclosedHex([]byte(src)), "%q", src)
	}
}

func TestPrecheckPasses(t *testing.T) {
	for _, p := range fixtures(t) {
		assert.NoError(t, precheck(readFile(t, p), Options{}.withDefaults()), p)
	}
	assert.NoError(t, precheck(japaneseDoc().BytesCompressed(nil), Options{}.withDefaults()))
}
