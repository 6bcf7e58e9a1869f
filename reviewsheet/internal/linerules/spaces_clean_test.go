package linerules

import (
	"testing"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/textnorm"
)

// refSpacesClean is spacesClean as a loop over runes only: the reference
// of its fast path for lines whose only white space is ASCII.
func refSpacesClean(t string) bool {
	for i, r := range t {
		if !textnorm.IsSpace(r) {
			continue
		}
		if r == '\t' || r == 0xA0 || i == 0 {
			return false
		}
		next, _ := utf8.DecodeRuneInString(t[i+utf8.RuneLen(r):])
		if i+utf8.RuneLen(r) == len(t) || textnorm.IsSpace(next) {
			return false
		}
	}
	return true
}

func FuzzSpacesClean(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u3000b", "a\u3000\u3000b", "予算 額", "\xe3 x", "\xc2\xa0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := spacesClean(s), refSpacesClean(s); got != want {
			t.Fatalf("spacesClean(%q) = %v, reference %v", s, got, want)
		}
	})
}
