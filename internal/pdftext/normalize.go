package pdftext

import (
	"strings"
	"unicode"

	"github.com/rsheet/rsheet/internal/textnorm"
)

// Mojibake thresholds of one page: more suspicious characters than
// maxSuspicious, or more than suspiciousShare of all characters, make the
// page unreadable. Below them the suspicious characters are dropped.
const (
	maxSuspicious   = 8
	suspiciousShare = 0.01
)

// foldRune maps a look-alike code point to the character it stands for
// (textnorm.FoldRune: Kangxi radicals and the CJK radicals supplement
// ⾏ → 行, ⺠ → 民, ⻑ → 長, compatibility ideographs, ‧ → ・; then
// sharedGlyph); other runes are returned unchanged.
func foldRune(r rune) rune { return textnorm.FoldRune(sharedGlyph(r)) }

// sharedGlyph maps the code points that a Japanese font draws with the
// glyph of a punctuation mark, and that a producer writing one code point
// per glyph into ToUnicode (Chromium, wkhtmltopdf) names that glyph by,
// being the lower of the pair (IPAexGothic's cmap), to the mark: a drawn
// soft hyphen U+00AD is the minus sign − U+2212 (2024-001124:
// "2023−2024" read as "2023\u00AD2024", which shows as 20232024; a
// negative figure would lose its sign), a combining long stroke overlay
// U+0336 the em dash — U+2014, a combining overline U+0305 the overline
// ‾ U+203E, the modifier letters ʼ U+02BC and ʻ U+02BB the quotation
// marks ’ U+2019 and ‘ U+2018. A PDF draws none of them on its own: a
// soft hyphen and a combining mark have no glyph of their own in these
// fonts, and the sheet's text has no modifier letters.
func sharedGlyph(r rune) rune {
	switch r {
	case 0x00AD:
		return 0x2212
	case 0x0336:
		return 0x2014
	case 0x0305:
		return 0x203E
	case 0x02BC:
		return 0x2019
	case 0x02BB:
		return 0x2018
	}
	return r
}

// spaceRune maps white space other than ASCII space that a font's
// ToUnicode map may give a space glyph. An em space (U+2003) is the
// ideographic space U+3000: Japanese fonts share one glyph for both, and
// Chromium and LibreOffice files map it to U+2003 (it is as wide, one
// em). Tab (Qt maps the space glyph to U+0009), line breaks, no-break
// space and the other typographic spaces (U+2000–U+200A, U+205F) are an
// ASCII space. It returns 0 for other runes. U+3000 itself is content
// and is kept.
func spaceRune(r rune) rune {
	switch {
	case r == 0x2003:
		return 0x3000
	case r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || r == 0x205F:
		return ' '
	case r >= 0x2000 && r <= 0x200A:
		return ' '
	}
	return 0
}

// suspicious reports characters that do not belong in the text of a
// Japanese sheet and betray a wrong decoding: U+FFFD, control characters,
// private-use characters and Latin-1 letters (the typical mojibake of
// 2-byte codes read as 1-byte).
func suspicious(r rune) bool {
	switch {
	case r == unicode.ReplacementChar:
		return true
	case r < 0x20 || (r >= 0x7F && r < 0xA0):
		return true
	case r >= 0xE000 && r <= 0xF8FF:
		return true
	case r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7:
		return true
	}
	return false
}

// normalizeGlyphs folds CJK radicals in place, drops suspicious
// characters and returns how many were dropped and how many characters
// were seen.
func normalizeGlyphs(gs []glyph) (dropped, total int) {
	for i := range gs {
		s := gs[i].text
		clean := true
		for _, r := range s {
			total++
			if suspicious(r) || foldRune(r) != r || spaceRune(r) != 0 {
				clean = false
			}
		}
		if clean {
			continue
		}
		var b strings.Builder
		for _, r := range s {
			if sp := spaceRune(r); sp != 0 {
				b.WriteRune(sp)
				continue
			}
			if suspicious(r) {
				dropped++
				continue
			}
			b.WriteRune(foldRune(r))
		}
		gs[i].text = b.String()
	}
	return dropped, total
}

// mojibake reports whether a page with that many dropped characters out
// of total is unreadable.
func mojibake(dropped, total int) bool {
	return dropped > maxSuspicious || (total > 0 && float64(dropped) > suspiciousShare*float64(total) && dropped > 1)
}
