package textnorm

import (
	"strings"
	"unicode/utf8"
)

// IsInvisible reports the format characters a producer may write into
// text that print nothing and carry no meaning for the sheet: the zero
// width space, non-joiner and joiner (U+200B–U+200D), the word joiner
// U+2060, the zero-width no-break space U+FEFF (a byte order mark inside
// the text) and the soft hyphen U+00AD. wkhtmltopdf, for one, writes
// U+200B before some labels ("\u200b要求額"), which then match no label.
func IsInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return false
}

// DropInvisible returns s without the runes [IsInvisible] reports, or s
// itself (no allocation) when it has none. Only the lead bytes C2
// (U+00AD), E2 (U+200B–U+2060) and EF (U+FEFF) can start one, so other
// bytes are skipped without decoding. Invalid UTF-8 bytes are kept.
func DropInvisible(s string) string {
	i := firstInvisible(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsInvisible(r) || (r == utf8.RuneError && n == 1) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// HasInvisible reports whether s holds a rune [IsInvisible] reports.
func HasInvisible(s string) bool { return firstInvisible(s) >= 0 }

// firstInvisible is the offset of the first invisible rune of s, or -1.
func firstInvisible(s string) int {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if s[i+1] == 0xAD {
				return i
			}
		case 0xE2, 0xEF:
			if r, _ := utf8.DecodeRuneInString(s[i:]); IsInvisible(r) {
				return i
			}
		}
	}
	return -1
}
