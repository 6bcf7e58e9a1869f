package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spacing within a line, in multiples of the font size.
const (
	spaceGap = 0.2 // a gap wider than this between glyphs is a space
	// ideoGapTol: a gap of one em give or take this between two
	// full-width characters is an ideographic space (U+3000) the
	// producer did not draw (Chromium draws no glyph for white space).
	ideoGapTol = 0.15
	// autoSpaceGap: between a full-width character and a Latin one
	// (isLatin), a gap narrower than this is the spacing producers add
	// between Asian and Latin text (LibreOffice's autospace, about 0.2
	// em: "2025 年度", "予算事業 ID", "Ⅰ 地域別外交", "① 特別"), not a
	// space; a space glyph is wider (about 0.27 em in IPAexGothic, more
	// in most fonts).
	autoSpaceGap = 0.24
	// dupTol: a glyph repeated within this share of its advance is a
	// fake-bold copy (see fakeBold).
	dupTol = 0.3
)

// buildLines groups glyphs into lines by baseline (top to bottom) and
// orders each line by x, inserting one space at each gap wider than
// spaceGap font sizes.
func buildLines(gs []glyph) []line {
	if len(gs) == 0 {
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool {
		if gs[i].y != gs[j].y {
			return gs[i].y > gs[j].y
		}
		return gs[i].x < gs[j].x
	})
	var lines []line
	start := 0
	for i := 1; i <= len(gs); i++ {
		if i < len(gs) && math.Abs(gs[i].y-gs[start].y) <= baselineTol*math.Max(gs[start].size, 1) {
			continue
		}
		lines = append(lines, joinLine(gs[start:i]))
		start = i
	}
	return lines
}

func joinLine(gs []glyph) line {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	var b strings.Builder
	size := 0.0
	var prev *glyph
	for i := range gs {
		g := &gs[i]
		size = math.Max(size, g.size)
		if prev != nil {
			if fakeBold(prev, g) {
				continue
			}
			gap, em := g.x-(prev.x+prev.w), math.Max(g.size, prev.size)
			switch {
			case math.Abs(gap-em) <= ideoGapTol*em && wideEnd(prev.text) && wideStart(g.text):
				b.WriteString("\u3000")
			case gap > spaceGap*em && (gap >= autoSpaceGap*em || !asianLatin(prev.text, g.text)):
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.text)
		prev = g
	}
	return line{y: gs[0].y, size: size, text: b.String()}
}

// fakeBold reports g as a copy of prev drawn over it: the same text, its
// origin less than dupTol of prev's advance away in x and a tenth of the
// font size in y. Producers fake a bold face by drawing each glyph twice
// at a small offset ("22002255年年度度" read naively); a real repeated
// character ("11") stands a whole advance further on.
func fakeBold(prev, g *glyph) bool {
	return g.text == prev.text && g.text != "" &&
		math.Abs(g.x-prev.x) < dupTol*math.Max(prev.w, 0.1*prev.size) &&
		math.Abs(g.y-prev.y) < 0.1*math.Max(prev.size, 1)
}

// wideStart and wideEnd report text whose first (last) rune is
// full-width: CJK ideographs, kana, CJK punctuation and full-width forms.
func wideStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWide(r)
}

func wideEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isWide(r)
}

// asianLatin reports a boundary between an Asian character (isAsian) and
// a Latin one (isLatin), in either order.
func asianLatin(prev, next string) bool {
	a, _ := utf8.DecodeLastRuneInString(prev)
	b, _ := utf8.DecodeRuneInString(next)
	return (isAsian(a) && isLatin(b)) || (isLatin(a) && isAsian(b)) ||
		(weak(a) && isAlnum(b)) || (isAlnum(a) && weak(b))
}

// weak reports a non-ASCII Latin character (isLatin: ①, Ⅳ, α) that
// Writer sets in the script of the text before it: after Japanese it is
// Asian, and autospace parts it from the ASCII letters after it
// ("、④PMH" printed "、④ PMH", 2024-005657; "①FIH", 2024-020627).
func weak(r rune) bool { return r >= 0x80 && isLatin(r) }

// isAsian reports a character that LibreOffice sets as Asian script: a
// full-width one (isWide) or a half-width katakana (U+FF61–U+FF9F:
// "ChromiumNextGEMｼﾝｸﾞﾙｾﾙ" printed "ChromiumNextGEM ｼﾝｸﾞﾙｾﾙ",
// 2024-002965).
func isAsian(r rune) bool { return isWide(r) || (r >= 0xFF61 && r <= 0xFF9F) }

// isLatin reports a character that LibreOffice may set as Latin script,
// spacing it apart from Asian text: an ASCII letter or digit, or a letter
// or number outside the full-width and half-width forms (Roman numerals
// Ⅰ U+2160, circled numbers ① U+2460, Greek, accented Latin). Writer sets
// such a character at the start of a cell in the cell's Latin font and
// puts its autospace after it: "Ⅰ地域別外交" printed as "Ⅰ 地域別外交"
// (scripts/producer-sweep.sh, 2024-000997 and 2024-001546).
func isLatin(r rune) bool {
	if r < 0x80 {
		return isAlnum(r)
	}
	return r < 0xFF00 && !isWide(r) && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

func isAlnum(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z')
}

func isWide(r rune) bool {
	return (r >= 0x2E80 && r <= 0x9FFF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF01 && r <= 0xFF60) || (r >= 0x20000 && r <= 0x3FFFF)
}
