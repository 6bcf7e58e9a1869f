package textnorm

import (
	"strings"
	"unicode/utf8"
)

// IsZeroWidth reports the format characters a producer may write into
// text that print nothing and carry no meaning for the sheet: the zero
// width space, non-joiner and joiner (U+200B–U+200D), the word joiner
// U+2060 and the zero-width no-break space U+FEFF (a byte order mark
// inside the text). wkhtmltopdf, for one, writes U+200B before some
// labels ("\u200b要求額"), which then match no label.
func IsZeroWidth(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return false
}

// IsInvisible reports [IsZeroWidth] runes and the soft hyphen U+00AD.
// The soft hyphen is kept apart: the RS CSV holds it as text of a value
// (a cell "\u00ad－" in 2024), so it is dropped from a label's
// comparison [Key] but not from the text of a line.
func IsInvisible(r rune) bool { return r == 0x00AD || IsZeroWidth(r) }

// DropZeroWidth returns s without the [IsZeroWidth] runes that stand
// where a cell starts: at the start of s, after white space ([IsSpace])
// or after a dash ([IsDash], a "-" cell pdftotext glued to the next
// one), or after another such rune. One inside a word is text and stays:
// the RS CSV holds such runes in values ("推進・加速する\u200b観点", a
// value ending in U+200B), and the round trips keep them. It returns s
// itself (no allocation) when nothing is dropped. Only the lead bytes E2
// (U+200B–U+2060) and EF (U+FEFF) can start one, so other bytes are
// skipped without decoding. Invalid UTF-8 bytes are kept.
func DropZeroWidth(s string) string {
	i := firstZeroWidth(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(IsZeroWidth(r) && atCellStart(s, i)) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// atCellStart reports whether offset i of s is at its start or follows
// white space, a dash or a zero-width rune.
func atCellStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return IsSpace(r) || IsDash(r) || IsZeroWidth(r)
}

// HasZeroWidth reports whether s holds a rune [DropZeroWidth] drops.
func HasZeroWidth(s string) bool { return firstZeroWidth(s) >= 0 }

// firstZeroWidth is the offset of the first rune DropZeroWidth drops,
// or -1.
func firstZeroWidth(s string) int {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xE2, 0xEF:
			if r, _ := utf8.DecodeRuneInString(s[i:]); IsZeroWidth(r) && atCellStart(s, i) {
				return i
			}
		}
	}
	return -1
}
