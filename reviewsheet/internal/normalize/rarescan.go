package normalize

import (
	"math/bits"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/textnorm"
)

// The one-pass form of NeedsNormalizing (amd64). The hop form searches
// the input seven times (two spaces, a tab, C2, BC, E2, EF, F0) and
// stops at every BC and EF, which are frequent in Japanese text: BC is
// the last byte of ー and the second of the full-width forms （）０–９,
// EF their first. Here one pass of vector compares (rareBlocks: AVX2 or SSE2)
// marks the positions where a pattern may start, and rareAt looks
// closer there only. A position is marked (rareCandidate) when
//
//	c0 c1       = 20 20          two spaces
//	c0          = 09             a tab
//	c0 c1       = C2 A0          a no-break space
//	c2 = c5     = BC             may be ーー (E3 83 BC E3 83 BC)
//	c0          = E2             radicals, ‧, dashes
//	c0          = F0             supplementary ideographs
//	c0 = EF, unless c1 = BC and c2 ≠ 8D
//
// (ck the byte k after the position): a superset of the starts of what
// the hop form finds. EF BC is the common full-width block; of it only
// EF BC 8D (－) matters. The patterns of the head (two spaces, a tab,
// C2 A0, ーー) are marked everywhere and rareAt drops those that do not
// end within sniffSize.

// rareCandidate is the mark of position i of src (five bytes after i
// readable): the table above.
func rareCandidate(src []byte, i int) bool {
	c0, c1, c2, c5 := src[i], src[i+1], src[i+2], src[i+5]
	return c0 == 0x20 && c1 == 0x20 || c0 == 0x09 || c0 == 0xC2 && c1 == 0xA0 ||
		c2 == 0xBC && c5 == 0xBC || c0 == 0xE2 || c0 == 0xF0 ||
		c0 == 0xEF && !(c1 == 0xBC && c2 != 0x8D)
}

// rareBlocksGo is rareBlocks in Go: src holds the n bytes and 5 more.
func rareBlocksGo(src []byte, n int) (off int, mask uint32) {
	for off = 0; off < n; off += 32 {
		for k := 0; k < 32; k++ {
			if rareCandidate(src, off+k) {
				mask |= 1 << k
			}
		}
		if mask != 0 {
			return off, mask
		}
	}
	return n, 0
}

// needsScan is NeedsNormalizing in one pass (see above): the blocks
// of 32 bytes that leave 5 readable bytes after them through
// rareBlocks, the rest byte by byte.
func needsScan(src []byte) bool {
	head := min(len(src), sniffSize)
	i := 0
	if n := (len(src) - 5) &^ 31; n > 0 {
		for i < n {
			off, m := rareBlocks(&src[i], n-i, useAVX2)
			if m == 0 {
				i = n
				break
			}
			i += off
			for ; m != 0; m &= m - 1 {
				if rareAt(src, i+bits.TrailingZeros32(m), head) {
					return true
				}
			}
			i += 32
		}
	}
	for ; i < len(src); i++ {
		if rareAt(src, i, head) {
			return true
		}
	}
	return false
}

// rareAt reports whether something NeedsNormalizing looks for starts at
// src[i]: the patterns of the head when they end within head bytes, the
// others anywhere (the conditions of hopNeeds).
func rareAt(src []byte, i, head int) bool {
	switch src[i] {
	case ' ':
		return i+1 < head && src[i+1] == ' '
	case '\t':
		return i < head
	case 0xC2:
		return i+1 < head && src[i+1] == 0xA0
	case 0xE3:
		return i+6 <= head && string(src[i:i+6]) == "ーー"
	case 0xF0:
		return true
	case 0xE2, 0xEF:
		return lookAlikeAt(src, i)
	}
	return false
}

// lookAlikeAt reports whether a look-alike NormalizeLine folds starts at
// src[i], an E2 or EF byte: a radical or Kangxi radical (U+2E80–U+2FFF),
// ‧, a compatibility ideograph (U+F900–U+FAFF), or two dashes the first
// of which is a dash variant (‐–—―, −, ─, －, ｰ). NeedsNormalizing's byte
// loop (hopNeeds) and its vector scan (rareAt) both ask it.
func lookAlikeAt(src []byte, i int) bool {
	if i+2 >= len(src) {
		return false
	}
	c := src[i+1]
	if src[i] == 0xE2 {
		switch {
		case c >= 0xBA: // U+2E80–U+2FFF: radicals, Kangxi radicals
			r, _ := utf8.DecodeRune(src[i:])
			return textnorm.FoldRune(r) != r
		case c == 0x80 && src[i+2] == 0xA7: // ‧
			return true
		case c == 0x80 && src[i+2] >= 0x90 && src[i+2] <= 0x95, c == 0x88 && src[i+2] == 0x92, c == 0x94 && src[i+2] == 0x80:
			r2, _ := utf8.DecodeRune(src[i+3:])
			return textnorm.IsDash(r2) // two dashes
		}
		return false
	}
	switch {
	case c >= 0xA4 && c <= 0xAB: // U+F900–U+FAFF: compatibility ideographs
		r, _ := utf8.DecodeRune(src[i:])
		return textnorm.FoldRune(r) != r
	case c == 0xBC && src[i+2] == 0x8D, c == 0xBD && src[i+2] == 0xB0: // － ｰ
		r2, _ := utf8.DecodeRune(src[i+3:])
		return textnorm.IsDash(r2)
	}
	return false
}
