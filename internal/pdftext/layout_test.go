package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// text places s at (x, y) with 10-point glyphs 10 points wide.
func text(x, y float64, s string) []glyph {
	var gs []glyph
	for _, r := range s {
		gs = append(gs, glyph{x: x, y: y, w: 10, size: 10, text: string(r)})
		x += 10
	}
	return gs
}

func page(rects []rect, runs ...[]glyph) *pageContent {
	pc := &pageContent{rects: rects}
	for _, r := range runs {
		pc.glyphs = append(pc.glyphs, r...)
	}
	return pc
}

func TestLayoutRowOfSingleLineCells(t *testing.T) {
	// Three cells in a row, drawn right to left: read left to right.
	pc := page([]rect{{200, 90, 300, 110}, {100, 90, 200, 110}, {0, 90, 100, 110}},
		text(205, 95, "1,351"), text(105, 95, "408"), text(5, 95, "要求額"))
	assert.Equal(t, "要求額 408 1,351\n", layoutPage(pc))
}

func TestLayoutWrappedCellsCellByCell(t *testing.T) {
	pc := page([]rect{{0, 60, 100, 110}, {100, 60, 250, 110}},
		text(5, 95, "都道府県"),
		text(105, 95, "地方版孤独"), text(105, 82, "事業：1/2"), text(105, 69, "個別"))
	assert.Equal(t, "都道府県\n\n地方版孤独\n事業：1/2\n個別\n", layoutPage(pc))
}

func TestLayoutRowsAndFreeText(t *testing.T) {
	pc := page([]rect{{0, 200, 100, 220}, {100, 200, 200, 220}, {0, 180, 100, 200}, {100, 180, 200, 200}},
		text(0, 250, "予算・執行"), // free heading
		text(5, 205, "当初予算"), text(105, 205, "0"),
		text(5, 185, "計"), text(105, 185, "0"),
		text(0, 150, "その他"), text(0, 139, "続き"), // a free paragraph of two lines
	)
	assert.Equal(t, "予算・執行\n\n当初予算 0\n\n計 0\n\nその他\n続き\n", layoutPage(pc))
}

func TestLayoutGapsAndBaselines(t *testing.T) {
	// A glyph 1 point lower is on the same line; a gap of 3 points (0.3
	// em) is a space; a gap of 1 point is not; a space glyph only moves
	// the pen; U+3000 is kept.
	gs := append(text(0, 100, "ab"), glyph{x: 23, y: 99, w: 10, size: 10, text: "c"})
	gs = append(gs, glyph{x: 34, y: 100, w: 10, size: 10, text: "d"})
	gs = append(gs, glyph{x: 44, y: 100, w: 10, size: 10, text: "\u3000"})
	gs = append(gs, glyph{x: 54, y: 100, w: 10, size: 10, text: " "})
	gs = append(gs, glyph{x: 64, y: 100, w: 10, size: 10, text: "e"})
	assert.Equal(t, "ab cd\u3000 e\n", layoutPage(page(nil, gs)))
}

// TestLayoutAutospace: a gap of 0.22 em between a full-width character and
// a Latin one is LibreOffice's Asian/Latin autospace, not a space —
// ASCII letters and digits, Roman numerals, circled numbers —; the same
// gap between two full-width characters, or a gap of 0.3 em, is a space.
func TestLayoutAutospace(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		gap  float64
		want string
	}{
		{"予算事業", "ID", 2.2, "予算事業ID"},
		{"2025", "年度", 2.2, "2025年度"},
		{"Ⅰ", "地域別外交", 2.2, "Ⅰ地域別外交"},
		{"①", "特別支援", 2.2, "①特別支援"},
		{"α", "線", 2.2, "α線"},
		{"地域", "Ⅱ", 2.2, "地域Ⅱ"},
		{"Ⅰ", "地域別外交", 3, "Ⅰ 地域別外交"},                  // a space glyph's width
		{"※", "地域", 2.2, "※ 地域"},                      // a symbol: no autospace
		{"ｱｲ", "地域", 2.2, "ｱｲ 地域"},                    // half-width kana are Asian
		{"NextGEM", "ｼﾝｸﾞﾙｾﾙ", 2.2, "NextGEMｼﾝｸﾞﾙｾﾙ"}, // half-width kana and Latin: autospace
		{"ｷｯﾄ", "16", 2.2, "ｷｯﾄ16"},
		{"④", "PMH", 2.2, "④PMH"}, // after Japanese, ④ is Asian to Writer
		{"PMH", "④", 2.2, "PMH④"},
		{"①", "FIH", 3, "① FIH"},
		{"地域", "別", 2.2, "地域 別"},
	} {
		gs := text(0, 100, tc.a)
		gs = append(gs, text(float64(10*len([]rune(tc.a)))+tc.gap, 100, tc.b)...)
		assert.Equal(t, tc.want+"\n", layoutPage(page(nil, gs)), "%s|%s", tc.a, tc.b)
	}
}

func TestLayoutNestedBoxesInnermostWins(t *testing.T) {
	pc := page([]rect{{0, 0, 300, 300}, {10, 100, 100, 120}, {0, 0, 1, 300}},
		text(15, 105, "内"))
	assert.Equal(t, "内\n", layoutPage(pc))
}

func TestLayoutEmpty(t *testing.T) {
	assert.Equal(t, "", layoutPage(&pageContent{}))
}

func TestFoldRune(t *testing.T) {
	for in, want := range map[rune]rune{
		'⾏': '行', '⽴': '立', '⼀': '一', '\u2E9F': '母', '\uF900': '豈', '行': '行', 'a': 'a', '〜': '〜',
		// one glyph in IPAexGothic, named by the lower code point
		'\u00AD': '−', '\u0336': '—', '\u0305': '‾', 'ʼ': '’', 'ʻ': '‘', '⺒': '巳', '⼾': '戸',
	} {
		assert.Equal(t, string(want), string(foldRune(in)), "%U", in)
	}
}

func TestNormalizeGlyphs(t *testing.T) {
	gs := []glyph{{text: "⾏"}, {text: "\uFFFD"}, {text: "政\x01"}, {text: "×"}}
	dropped, total := normalizeGlyphs(gs)
	require.Equal(t, 2, dropped)
	require.Equal(t, 5, total)
	assert.Equal(t, "行", gs[0].text)
	assert.Equal(t, "", gs[1].text)
	assert.Equal(t, "政", gs[2].text)
	assert.Equal(t, "×", gs[3].text)
	assert.False(t, mojibake(1, 200))
	assert.True(t, mojibake(2, 100))
	assert.True(t, mojibake(9, 100000))
}

// TestLayoutRuledCells: cells enclosed by ruling lines (no rectangles)
// behave like drawn cells: wrapped cells side by side are printed cell by
// cell, not interleaved line by line.
func TestLayoutRuledCells(t *testing.T) {
	rules := []segment{
		{0, 110, 250, 110}, {0, 60, 250, 60}, // top and bottom
		{0, 60, 0, 110}, {100, 60, 100, 110}, {250, 60, 250, 110}, // verticals
	}
	pc := page(nil, text(5, 95, "都道府県"), text(105, 95, "地方版"), text(105, 82, "事業"), text(0, 130, "見出し"))
	pc.rules = rules
	assert.Equal(t, "見出し\n\n都道府県\n\n地方版\n事業\n", layoutPage(pc))
}
