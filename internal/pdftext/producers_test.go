package pdftext

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// producerFixtures are the sample in the RS bordered-table layout printed
// by headless Chromium and LibreOffice (scripts/make-producer-fixtures.sh).
func producerFixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/pdf/producers/*.pdf")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 2, "producer fixtures missing (scripts/make-producer-fixtures.sh)")
	return paths
}

// TestProducerFixturesRebuildSample: each producer's file extracts to the
// sample's lines (blank lines aside, which the scanner skips): Type 3
// fonts decoded through ToUnicode, autospace and undrawn ideographic
// spaces, fake bold, rowspan labels and wrapped first cells, page footers
// dropped. The lines are in the sample's order except in the overview of
// the 効果発現経路 boxes: the fixtures draw it as the sheet does, boxes of
// each kind in their own column, side by side, so it reads row by row
// across the columns, each box whole; the sample lists the boxes in
// another order (the parser sorts them by number).
func TestProducerFixturesRebuildSample(t *testing.T) {
	want := sortOverview(lineTexts(string(readFile(t, samplePath))))
	for _, p := range producerFixtures(t) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			doc, err := ExtractBytes(readFile(t, p), Options{})
			require.NoError(t, err)
			require.Greater(t, len(doc.Pages), 10)
			got := lineTexts(doc.Text())
			require.Equal(t, want, sortOverview(got))
			assertBoxesWhole(t, got)
		})
	}
}

const (
	overviewHeader = "アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム"
	firstPath      = "アクティビティからの発現経路"
)

// sortOverview sorts the lines between the overview header and the first
// path line.
func sortOverview(lines []string) []string {
	out := append([]string(nil), lines...)
	i := slices.Index(out, overviewHeader)
	if i < 0 {
		return out
	}
	j := i + 1
	for j < len(out) && !strings.HasPrefix(out[j], firstPath) {
		j++
	}
	slices.Sort(out[i+1 : j])
	return out
}

// assertBoxesWhole: in the overview, each box's lines follow its
// "NNN: kind" line without a line of another box in between (side-by-side
// boxes are not interleaved line by line): the sample's box after the
// same number line matches.
func assertBoxesWhole(t *testing.T, got []string) {
	t.Helper()
	want := lineTexts(string(readFile(t, samplePath)))
	box := func(lines []string, k int) []string {
		var b []string
		for k++; k < len(lines) && !isBoxHead(lines[k]) && !strings.HasPrefix(lines[k], firstPath); k++ {
			b = append(b, lines[k])
		}
		return b
	}
	n := 0
	for k, l := range got {
		if !isBoxHead(l) {
			continue
		}
		w := slices.Index(want, l)
		require.GreaterOrEqual(t, w, 0, l)
		assert.Equal(t, box(want, w), box(got, k), l)
		n++
	}
	assert.Equal(t, 21, n, "boxes in the overview")
}

// isBoxHead reports "101: アクティビティ" and the like.
func isBoxHead(l string) bool {
	num, kind, ok := strings.Cut(l, ": ")
	return ok && len(num) == 3 && strings.Contains(overviewHeader, kind) && !strings.Contains(kind, " ")
}

const type3CMap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange " +
	"3 beginbfchar <01> <57FA> <02> <672C> <03> <0009> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"

// TestExtractType3ToUnicode: a Type 3 font whose /Differences name glyphs
// /g1, /g2 (as Chromium writes faked bold) decodes through its ToUnicode
// map; its widths are scaled by /FontMatrix (here 1/100: each glyph one
// em); a space glyph mapped to U+0009 (as Qt writes) is a space.
func TestExtractType3ToUnicode(t *testing.T) {
	d := minipdf.TextPage("BT /F1 10 Tf 10 100 Td <01020301> Tj ET", "")
	d.Set(5, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << >> "+
		"/Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> /FirstChar 1 /LastChar 3 /Widths [100 100 50] /ToUnicode 6 0 R >>")
	d.Add(minipdf.Stream("", type3CMap))
	doc, err := ExtractBytes(d.Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "基本 基\n", doc.Text())
}

// TestExtractSimpleFontToUnicodeWins: a TrueType font with a standard
// /Encoding is decoded by its ToUnicode map (LibreOffice's subsets map
// codes of WinAnsiEncoding to kanji).
func TestExtractSimpleFontToUnicodeWins(t *testing.T) {
	d := minipdf.TextPage("BT /F1 10 Tf 10 100 Td <0102> Tj ET", "")
	d.Set(5, "<< /Type /Font /Subtype /TrueType /BaseFont /X /Encoding /WinAnsiEncoding /FirstChar 1 /LastChar 2 /Widths [1000 1000] /ToUnicode 6 0 R >>")
	d.Add(minipdf.Stream("", type3CMap))
	doc, err := ExtractBytes(d.Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "基本\n", doc.Text())
}

// TestExtractToUnicodeGapFallsBackToEncoding: a code the ToUnicode map
// leaves out, or maps to U+0000, decodes through the font's encoding.
func TestExtractToUnicodeGapFallsBackToEncoding(t *testing.T) {
	cmap := "begincmap 2 beginbfchar <41> <884C> <42> <0000> endbfchar endcmap"
	d := minipdf.TextPage("BT /F1 10 Tf 10 100 Td (ABC) Tj ET", "")
	d.Set(5, "<< /Type /Font /Subtype /TrueType /BaseFont /X /Encoding /WinAnsiEncoding /FirstChar 65 /LastChar 67 /Widths [1000 1000 1000] /ToUnicode 6 0 R >>")
	d.Add(minipdf.Stream("", cmap))
	doc, err := ExtractBytes(d.Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "行BC\n", doc.Text())
}

// TestReadToUnicode: bfchar, bfrange with a string destination (the last
// UTF-16 unit counts up) and with an array, literal strings, surrogate
// pairs, ligatures; codes outside the map are not found.
func TestReadToUnicode(t *testing.T) {
	m := readToUnicode([]byte(`%!PS comment
begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <D842DFB7> (\000\002) <00660069> endbfchar
2 beginbfrange <0010> <0012> <884C> <0020> <0021> [<6C11> <9577>] endbfrange
endcmap`))
	for code, want := range map[int]string{1: "𠮷", 2: "fi", 0x10: "行", 0x11: "衍", 0x12: "衎", 0x20: "民", 0x21: "長"} {
		got, ok := m.lookup(code)
		assert.True(t, ok, "%#x", code)
		assert.Equal(t, want, got, "%#x", code)
	}
	_, ok := m.lookup(0x13)
	assert.False(t, ok)
	// Malformed maps give fewer entries, never a panic.
	for _, src := range []string{"beginbfrange <01> endbfrange", "beginbfchar <01 endbfchar", "(unclosed", "endbfrange [<00>", "<FFFF> <0000> <41> endbfrange"} {
		assert.NotPanics(t, func() { readToUnicode([]byte(src)) }, src)
	}
}

// TestNormalizeSpacesAndRadicals: space glyphs mapped to tab or en space
// are spaces, not undecodable characters; an em space is the ideographic
// space (U+3000) Japanese fonts draw with the same glyph; radicals from
// font cmaps fold to the ideographs (⺠ 民, ⻑ 長, ⻘ 青) and ‧ to ・.
func TestNormalizeSpacesAndRadicals(t *testing.T) {
	gs := []glyph{{text: "\t"}, {text: "\u2002"}, {text: "⺠"}, {text: "⻑期"}, {text: "⻘"}, {text: "‧"}, {text: "度\u2003地"}}
	dropped, total := normalizeGlyphs(gs)
	assert.Equal(t, 0, dropped)
	assert.Equal(t, 10, total)
	var got []string
	for _, g := range gs {
		got = append(got, g.text)
	}
	assert.Equal(t, []string{" ", " ", "民", "長期", "青", "・", "度\u3000地"}, got)
}

// TestLayoutRowspanLabel: a label cell spanning the rows of its table
// (two lines: 予算額執行額表 / （単位：千円）) prints its lines, then the
// header row beside its top on one line; the next row follows.
func TestLayoutRowspanLabel(t *testing.T) {
	rects := []rect{
		{0, 60, 80, 110},                                             // label, two rows high
		{80, 90, 120, 110}, {120, 90, 160, 110}, {160, 90, 200, 110}, // header row
		{80, 60, 120, 90}, {120, 60, 160, 90}, {160, 60, 200, 90}, // data row
	}
	pc := page(rects, text(2, 98, "予算額"), text(2, 86, "千円"),
		text(122, 98, "2023"), text(162, 98, "2024"),
		text(82, 75, "要求"), text(122, 75, "--"), text(162, 75, "1"))
	assert.Equal(t, "予算額\n千円\n\n2023 2024\n\n要求 -- 1\n", layoutPage(pc))
}

// TestLayoutWrappedFirstCell: a row whose first cell wraps prints that
// cell line by line, then the other cells on one line — not one cell per
// line.
func TestLayoutWrappedFirstCell(t *testing.T) {
	rects := []rect{{0, 60, 100, 110}, {100, 60, 150, 110}, {150, 60, 170, 110}, {170, 60, 220, 110}}
	pc := page(rects, text(2, 98, "調査業務"), text(2, 86, "一般競争"),
		text(102, 98, "170"), text(152, 98, "3"), text(172, 98, "91.1"))
	assert.Equal(t, "調査業務\n一般競争\n\n170 3 91.1\n", layoutPage(pc))
}

// TestLayoutFooter: a page number alone at the bottom of the page is
// dropped; one that is not below everything else, or above the footer
// band, stays.
func TestLayoutFooter(t *testing.T) {
	box := rect{0, 0, 300, 400}
	pc := page(nil, text(10, 300, "本文"), text(140, 20, "3 / 17"))
	pc.box = box
	assert.Equal(t, "本文\n", layoutPage(pc))

	pc = page(nil, text(10, 300, "本文"), text(140, 20, "- 3 -"))
	pc.box = box
	assert.Equal(t, "本文\n", layoutPage(pc))

	pc = page(nil, text(10, 300, "本文"), text(140, 100, "3 / 17")) // 25% up the page
	pc.box = box
	assert.Equal(t, "本文\n\n3 / 17\n", layoutPage(pc))

	pc = page(nil, text(10, 300, "本文"), text(140, 30, "3 / 17"), text(10, 10, "注記"))
	pc.box = box
	assert.Equal(t, "本文\n\n3 / 17\n\n注記\n", layoutPage(pc))

	for s, want := range map[string]bool{"18 / 23": true, "1/2": true, "- 4 -": true, "7": false, "170,042": false, "2024年": false, "1 / 2 / 3": false, "": false} {
		assert.Equal(t, want, isPageNumber(s), s)
	}
}

// TestLayoutSpacing: a one-em gap between full-width characters is an
// ideographic space the producer did not draw; autospace between Asian
// and Latin text (0.2 em) is no space, a space glyph's gap (0.27 em) is;
// fake bold (each glyph drawn twice, slightly offset) reads once, while a
// real repeated character stays.
func TestLayoutSpacing(t *testing.T) {
	gs := append(text(0, 100, "株式"), text(30, 100, "ほか")...) // gap of 10 = 1 em
	assert.Equal(t, "株式\u3000ほか\n", layoutPage(page(nil, gs)))

	gs = append(text(0, 100, "2025"), text(42, 100, "年度")...) // 0.2 em
	assert.Equal(t, "2025年度\n", layoutPage(page(nil, gs)))

	gs = append(text(0, 100, "予算事業"), text(42.7, 100, "ID")...) // 0.27 em
	assert.Equal(t, "予算事業 ID\n", layoutPage(page(nil, gs)))

	gs = append(text(0, 100, "abc"), text(33, 100, "def")...) // Latin: 0.2 em is a space as before
	assert.Equal(t, "abc def\n", layoutPage(page(nil, gs)))

	var bold []glyph
	for i, r := range []rune("2025年度11") {
		g := glyph{x: float64(i) * 10, y: 100, w: 10, size: 10, text: string(r)}
		d := g
		d.x += 0.4
		bold = append(bold, d, g)
	}
	assert.Equal(t, "2025年度11\n", layoutPage(page(nil, bold)))
	assert.Equal(t, "1122\n", layoutPage(page(nil, text(0, 100, "1122"))))
}

// TestLayoutBackgroundIsNotACell: a filled rectangle behind a ruled table
// (wkhtmltopdf fills the page body) holds ruling lines, so it is no cell:
// the ruled cells inside it are read, and a label's shaded cell (nothing
// drawn inside) still is one.
func TestLayoutBackgroundIsNotACell(t *testing.T) {
	pc := page([]rect{{0, 0, 300, 300}, {10, 60, 60, 110}},
		text(12, 95, "組織"), text(12, 82, "情報"), text(72, 95, "府省庁"), text(172, 95, "内閣府"))
	pc.rules = []segment{
		{60, 110, 250, 110}, {60, 85, 250, 85}, // top and bottom of the first row
		{60, 85, 60, 110}, {160, 85, 160, 110}, {250, 85, 250, 110},
	}
	assert.Equal(t, "組織\n情報\n\n府省庁 内閣府\n", layoutPage(pc))
}

// roundedBox is the path of a rectangle with rounded corners (radius r),
// drawn with lines and Bézier curves as browsers draw border-radius.
func roundedBox(x0, y0, x1, y1, r float64) string {
	k := r * 0.45
	return fmt.Sprintf("%g %g m %g %g l %g %g %g %g %g %g c %g %g l %g %g %g %g %g %g c %g %g l %g %g %g %g %g %g c %g %g l %g %g %g %g %g %g c h S ",
		x0+r, y0, x1-r, y0, x1-k, y0, x1, y0+k, x1, y0+r,
		x1, y1-r, x1, y1-k, x1-k, y1, x1-r, y1,
		x0+r, y1, x0+k, y1, x0, y1-k, x0, y1-r,
		x0, y0+r, x0, y0+k, x0+k, y0, x0+r, y0)
}

// TestExtractRoundedBoxesSideBySide: pill-shaped boxes (ends all curve,
// so no vertical ruling line encloses the text) side by side are cells,
// read box by box — not interleaved line by line as free text would be.
// (Boxes with small radii are also cells by their straight sides.)
func TestExtractRoundedBoxesSideBySide(t *testing.T) {
	content := roundedBox(0, 170, 120, 215, 22.5) + roundedBox(125, 170, 245, 215, 22.5) +
		"BT /F1 10 Tf 15 200 Td (Alpha one) Tj 0 -12 Td (Alpha two) Tj ET " +
		"BT /F1 10 Tf 135 200 Td (Beta one) Tj 0 -12 Td (Beta two) Tj ET"
	doc, err := ExtractBytes(minipdf.TextPage(content, "").Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "Alpha one\nAlpha two\n\nBeta one\nBeta two\n", doc.Text())

	// The same text without the boxes is read line by line across.
	doc, err = ExtractBytes(minipdf.TextPage(content[strings.Index(content, "BT"):], "").Bytes(nil), Options{})
	require.NoError(t, err)
	require.Equal(t, "Alpha one Beta one\nAlpha two Beta two\n", doc.Text())
}
