package sheettext

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTrimSpace(t *testing.T) {
	cases := []string{"", " ", "\u3000", "abc", " abc ", "\u3000孤独\u3000", "孤独・孤立", "孤独 ", "\t孤独",
		"\xff", " \xff ", "a\u3000", "\u00a0x\u00a0"}
	src, err := os.ReadFile("../../testdata/rs2025-006423.txt")
	require.NoError(t, err)
	cases = append(cases, Fields(string(src))...)
	for _, s := range cases {
		assert.Equal(t, strings.TrimSpace(s), TrimSpace(s), "%q", s)
	}
}

func TestCells(t *testing.T) {
	lines := func(ss ...string) []Line {
		out := make([]Line, len(ss))
		for i, s := range ss {
			out[i] = Line{Text: s}
		}
		return out
	}
	assert.Equal(t, "孤独・孤立対策推進経費", JoinWrapped(lines("孤独・孤立", "対策推進経費")))
	assert.Equal(t, []string{"・一つ目の項目", "・二つ目"}, Paragraphs(lines("・一つ目", "の項目", "・二つ目")))
	assert.Nil(t, TextValue(lines("--")))
	assert.Nil(t, TextValue(nil))
	assert.Equal(t, "a\n・b", *TextValue(lines("a", "・b")))
	assert.Nil(t, OptText(" -- "))
	assert.Equal(t, "x", *OptText(" x\u3000"))
	long := "https://www.cao.go.jp/kodoku_koritsu/"
	url, n := TakeURL(lines(long, "torikumi/index.html", "次の行"))
	assert.Equal(t, long+"torikumi/index.html", url)
	assert.Equal(t, 2, n)
	_, n = TakeURL(lines("https://a.jp/", "rest"))
	assert.Equal(t, 1, n, "a short line ends its URL")
	brk := lines(long, "torikumi/")
	brk[1].Break = true
	_, n = TakeURL(brk)
	assert.Equal(t, 1, n, "never across a page break")
	assert.True(t, IsURLStart("file:///E:/x.pdf"))
	assert.False(t, IsURLPiece("--"))
	assert.True(t, IsBullet("①項目"))
}

// TestIsBullet: IsBullet (bytes tested before a rune is decoded) answers
// as the switch on the decoded first rune for every rune of the BMP
// followed by text, and for short and invalid lines.
func TestIsBullet(t *testing.T) {
	ref := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return strings.ContainsRune("・○◯●■□◆◇※①②③④⑤⑥⑦⑧⑨⑩", r) && r != utf8.RuneError
	}
	for r := rune(0); r < 0x10000; r++ {
		for _, s := range []string{string(r), string(r) + "項目"} {
			require.Equal(t, ref(s), IsBullet(s), "%q", s)
		}
	}
	for _, s := range []string{"", "\xe2", "\xe2\x97", "\xe3\x83", "\xe3\x83\xbb", "\xe2\x97\x8b"} {
		require.Equal(t, ref(s), IsBullet(s), "%q", s)
	}
}

// TestTrimSpaceEnds: TrimSpace (which does not decode the end runes)
// answers as strings.TrimSpace for every rune of up to three bytes at
// either end, and for every byte pair and the three-byte sequences of
// the lead bytes of spaces (C2, E1, E2, E3) and others, valid or not.
func TestTrimSpaceEnds(t *testing.T) {
	check := func(end string) {
		for _, s := range []string{end, end + "漢", "漢" + end, "a" + end + "b", end + end} {
			if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
				t.Fatalf("%q: %q, want %q", s, got, want)
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		check(string(r))
	}
	for a := 0; a < 256; a++ {
		check(string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, a := range []byte{0xC2, 0xE1, 0xE2, 0xE3, 0xE4, 0xEF, 0xF0} {
		for b := 0; b < 256; b++ {
			for c := 0; c < 256; c++ {
				check(string([]byte{a, byte(b), byte(c)}))
			}
		}
	}
}
