package textnorm

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// FoldRune maps a look-alike code point to the character it stands for
// (see [Fold]); other runes are returned unchanged.
func FoldRune(r rune) rune {
	switch {
	case r < 0x2027:
		return r
	case r == 0x2027:
		return '・'
	case r < 0x2E80:
		return r
	case r < 0x2E80+rune(len(radicalFold)):
		if m := radicalFold[r-0x2E80]; m != 0 {
			return m
		}
		return r
	case r < 0x2F00 || (r > 0x2FDF && r < 0xF900) || (r > 0xFAFF && r < 0x2F800) || r > 0x2FA1F:
		return r
	case r == kangxiDoor:
		return '戸'
	case r == kangxiBlack:
		return '黒'
	}
	n := len(nfkcFold) / 2
	i := sort.Search(n, func(i int) bool { return nfkcFold[2*i] >= r })
	if i < n && nfkcFold[2*i] == r {
		return nfkcFold[2*i+1]
	}
	return r
}

// Fold returns s with every rune mapped by [FoldRune]. It returns s itself
// (no allocation) when nothing changes. Invalid UTF-8 bytes are kept.
func Fold(s string) string { return mapFrom(s, firstFold(s), FoldRune) }

// mapFrom returns s with f applied to every rune from offset i on (s
// itself when i < 0). Invalid UTF-8 bytes are kept.
func mapFrom(s string, i int, f func(rune) rune) string {
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte(s[i])
		} else {
			b.WriteRune(f(r))
		}
		i += n
	}
	return b.String()
}

// firstFold is the offset of the first rune Fold changes, or -1. Only the
// lead bytes of U+2000–U+2FFF (E2), U+F000–U+FFFF (EF) and
// U+10000–U+3FFFF (F0) can start one, so ASCII, kana and unified kanji
// are skipped without decoding. Of the E2 and EF runes,
// which are frequent (※, full-width brackets and digits), only those
// whose next bytes can start a folded range are decoded: E2 80 A7 (‧),
// E2 BA–BF (U+2E80–U+2FFF), EF A4–AB (U+F900–U+FAFF).
//
// Eight bytes are tested at a time first (hasFoldLead): a word without
// E2, EF or F0 (most words of kana and kanji text) is skipped whole.
func firstFold(s string) int {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && !hasFoldLead(load8(s, i)) {
			i += 8
			continue
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if c := s[i]; c == 0xE2 || c == 0xEF || c == 0xF0 {
				if c != 0xF0 && i+1 < len(s) {
					switch d := s[i+1]; {
					case c == 0xEF && (d < 0xA4 || d > 0xAB),
						c == 0xE2 && d < 0xBA && !(d == 0x80 && i+2 < len(s) && s[i+2] == 0xA7):
						continue // U+F000–U+FFFF or U+2000–U+2E7F outside the folded ranges
					}
				}
				r, _ := utf8.DecodeRuneInString(s[i:])
				if FoldRune(r) != r {
					return i
				}
			}
		}
	}
	return -1
}

// load8 is s[i:i+8] as a little-endian word (one load on amd64).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasFoldLead reports whether a byte of w may be E2, EF or F0. A byte b
// of x = w ^ c·0x01…01 is zero exactly where w holds c, and
// (x - 0x01…01) &^ x & 0x80…80 is nonzero exactly when some byte of x is
// zero (a borrow can mark a byte above a zero byte too, never a word
// without one), so false means none of the three bytes is in w.
func hasFoldLead(w uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	a, b, c := w^(0xE2*lo), w^(0xEF*lo), w^(0xF0*lo)
	return ((a-lo)&^a|(b-lo)&^b|(c-lo)&^c)&hi != 0
}

// NarrowRune maps full-width ASCII (U+FF01–U+FF5E) to ASCII and the
// ideographic space U+3000 to ' '; other runes are returned unchanged.
func NarrowRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	case r == 0x3000:
		return ' '
	}
	return r
}

// Narrow returns s with every rune mapped by [NarrowRune], or s itself
// when nothing changes. It is for comparing and reading numbers: text
// kept as printed keeps its full-width characters.
func Narrow(s string) string { return mapFrom(s, firstNarrow(s), NarrowRune) }

// firstNarrow is the offset of the first rune Narrow changes, or -1:
// U+FF01–U+FF5E is EF BC 81 – EF BD 9E, U+3000 is E3 80 80.
func firstNarrow(s string) int {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xEF:
			if c := s[i+1]; (c == 0xBC && s[i+2] >= 0x81) || (c == 0xBD && s[i+2] <= 0x9E) {
				return i
			}
		case 0xE3:
			if s[i+1] == 0x80 && s[i+2] == 0x80 {
				return i
			}
		}
	}
	return -1
}

// IsSpace reports the white space an extractor puts between cells or
// words: ASCII space and tab, no-break space and the ideographic space.
func IsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == 0xA0 || r == 0x3000
}

// IsDash reports the characters fonts and extractors print for the '-'
// of the sheet's "--" (absent): ASCII hyphen-minus, the hyphens and dashes
// U+2010–U+2015, minus U+2212, box-drawing ─ U+2500, full-width －,
// and the prolonged sound marks ー and ｰ that some fonts draw alike.
func IsDash(r rune) bool {
	switch r {
	case '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2500, 0xFF0D, 0x30FC, 0xFF70:
		return true
	}
	return false
}

// isSlash reports the slashes of labels such as 計画・通知等／URL.
func isSlash(r rune) bool { return r == '/' || r == 0x2215 || r == 0xFF0F || r == 0x2044 }

// keyRune maps r for [Key]; -1 drops it.
func keyRune(r rune) rune {
	switch {
	case IsSpace(r), IsInvisible(r):
		return -1
	case isSlash(r):
		return '/'
	case IsDash(r):
		return '-'
	}
	return NarrowRune(FoldRune(r))
}

// Key is the comparison key of a label: [Fold] and [Narrow], every space
// and [IsInvisible] rune dropped, slashes as '/', dashes as '-'. It returns s itself when s is
// already a key (no allocation).
func Key(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && n == 1) && keyRune(r) != r {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte(s[i])
		} else if k := keyRune(r); k >= 0 {
			b.WriteRune(k)
		}
		i += n
	}
	return b.String()
}
