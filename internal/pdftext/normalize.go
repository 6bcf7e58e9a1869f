package pdftext

import (
	"sort"
	"strings"
	"unicode"
)

// Mojibake thresholds of one page: more suspicious characters than
// maxSuspicious, or more than suspiciousShare of all characters, make the
// page unreadable. Below them the suspicious characters are dropped.
const (
	maxSuspicious   = 8
	suspiciousShare = 0.01
)

// foldRune maps a CJK radical, Kangxi radical or compatibility ideograph
// to the unified ideograph NFKC gives (⾏ → 行); other runes are returned
// unchanged.
func foldRune(r rune) rune {
	if r < 0x2E80 || (r > 0x2FDF && r < 0xF900) || (r > 0xFAFF && r < 0x2F800) || r > 0x2FA1F {
		return r
	}
	n := len(cjkFold) / 2
	i := sort.Search(n, func(i int) bool { return cjkFold[2*i] >= r })
	if i < n && cjkFold[2*i] == r {
		return cjkFold[2*i+1]
	}
	return r
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
			if suspicious(r) || foldRune(r) != r {
				clean = false
			}
		}
		if clean {
			continue
		}
		var b strings.Builder
		for _, r := range s {
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
