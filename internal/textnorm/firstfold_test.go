package textnorm

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// firstFoldRef is firstFold without the filter on the bytes after E2
// and EF: every E2, EF and F0 rune decoded.
func firstFoldRef(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xE2 || c == 0xEF || c == 0xF0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if FoldRune(r) != r {
				return i
			}
		}
	}
	return -1
}

// TestFirstFoldFilter: firstFold answers as firstFoldRef for every lead
// byte E2, EF, F0 followed by every pair of bytes, whole and cut by the
// end of the string, after text and before more.
func TestFirstFoldFilter(t *testing.T) {
	for _, c := range []byte{0xE2, 0xEF, 0xF0} {
		for d := 0; d < 256; d++ {
			for e := 0; e < 256; e++ {
				for _, s := range []string{
					string([]byte{c, byte(d), byte(e)}),
					"ア" + string([]byte{c, byte(d), byte(e), 0x80}) + "⾏",
				} {
					require.Equal(t, firstFoldRef(s), firstFold(s), "%q", s)
				}
			}
			for _, s := range []string{string([]byte{c}), string([]byte{c, byte(d)}), "a" + string([]byte{c, byte(d)})} {
				require.Equal(t, firstFoldRef(s), firstFold(s), "%q", s)
			}
		}
	}
}

// TestFirstFoldWords: firstFold answers as firstFoldRef on random texts
// of lead bytes, folded runes and others.
func TestFirstFoldWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", " ", "事業", "（", "※", "ー", "\xe2", "\xef", "\xf0", "\x80", "\xa4", "⾏", "‧", "\uF900", "\U0002F800", "ｰ"}
	for round := 0; round < 20000; round++ {
		var b strings.Builder
		for n := rng.IntN(24); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, firstFoldRef(s), firstFold(s), "%q", s)
	}
}

// FuzzFirstFold: the word-at-a-time firstFold answers as firstFoldRef
// (every E2, EF and F0 rune decoded, byte by byte) on any input.
func FuzzFirstFold(f *testing.F) {
	for _, s := range []string{"", "事業概要", "（※）⾏政", "abcdefgh\xe2\xbe\x8f", "\uF900\U0002F800‧", "１２３４５６７８９", "\xef\xa4", "aaaaaaa\xf0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, firstFoldRef(s), firstFold(s), "%q", s)
	})
}

// TestHasFoldLead: hasFoldLead is true for every word holding E2, EF or
// F0 at any of its eight bytes, whatever the other bytes.
func TestHasFoldLead(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 200000; round++ {
		w := rng.Uint64()
		want := false
		for k := 0; k < 8; k++ {
			if b := byte(w >> (8 * k)); b == 0xE2 || b == 0xEF || b == 0xF0 {
				want = true
			}
		}
		if want {
			require.True(t, hasFoldLead(w), "%x", w)
		}
		pos := rng.IntN(8)
		lead := []uint64{0xE2, 0xEF, 0xF0}[rng.IntN(3)]
		w2 := w&^(0xFF<<(8*pos)) | lead<<(8*pos)
		require.True(t, hasFoldLead(w2), "%x", w2)
	}
}
