package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"abc 123", "abc 123"},
		{"孤独・孤立対策推進経費", "孤独・孤立対策推進経費"},
		{"⾏政事業レビュー", "行政事業レビュー"}, // Kangxi U+2F8F
		{"⼈⽬", "人目"},             // Kangxi U+2F08, U+2F6C
		{"⺠間", "民間"},             // U+2EA0
		{"⻑官", "長官"},             // U+2ED1
		{"⻘少年", "青少年"},           // U+2ED8
		{"⺟⼦", "母子"},             // NFKC radical + Kangxi
		{"\uF900", "\u8C48"},     // compatibility ideograph 豈
		{"\U0002F800", "\u4E3D"}, // supplement compatibility ideograph
		{"孤独‧孤立", "孤独・孤立"},       // U+2027
		{"⺮", "⺮"},               // component form: no ideograph
		{"…※—", "…※—"},           // E2 lead bytes that do not fold
		{"（共生・共助担当）１２", "（共生・共助担当）１２"}, // width is not Fold's business
		{"a\xff⾏", "a\xff行"}, // invalid UTF-8 kept
	} {
		assert.Equal(t, tc.want, Fold(tc.in), "%q", tc.in)
	}
}

func TestNarrow(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"2025年度", "2025年度"},
		{"２０２５年度", "2025年度"},
		{"６月 11日", "6月 11日"},
		{"（共生）", "(共生)"},
		{"ＩＤ　００６４２３", "ID 006423"},
		{"－－", "--"},
		{"～", "~"},
		{"ｰ･", "ｰ･"}, // half-width katakana stays
		{"\xef\xbc", "\xef\xbc"},
	} {
		assert.Equal(t, tc.want, Narrow(tc.in), "%q", tc.in)
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"予算事業ID", "予算事業ID"},
		{"予算事業 ID", "予算事業ID"},
		{"予算事業　ＩＤ", "予算事業ID"},
		{"計画・通知等／URL", "計画・通知等/URL"},
		{"計画・通知等 ∕ URL", "計画・通知等/URL"},
		{"ーー", "--"},
		{"－－", "--"},
		{"――", "--"},
		{"⾏政事業", "行政事業"},
		{"\t a b \t", "ab"},
	} {
		assert.Equal(t, tc.want, Key(tc.in), "%q", tc.in)
	}
}

func TestClasses(t *testing.T) {
	for _, r := range "-‐‑‒–—―−─－ーｰ" {
		assert.True(t, IsDash(r), "%U", r)
	}
	for _, r := range "=_~・" {
		assert.False(t, IsDash(r), "%U", r)
	}
	for _, r := range " \t\u00a0\u3000" {
		assert.True(t, IsSpace(r), "%U", r)
	}
	assert.False(t, IsSpace('\n'))
}

// TestFoldRuneRanges checks every rune of the folded blocks against the
// tables and that nothing outside them moves.
func TestFoldRuneRanges(t *testing.T) {
	for i := 0; i < len(nfkcFold); i += 2 {
		from, to := nfkcFold[i], nfkcFold[i+1]
		if from >= 0x2E80 && from < 0x2F00 {
			continue // the radicals supplement is radicalFold's
		}
		if from == kangxiDoor || from == kangxiBlack {
			continue // the Japanese glyph, not NFKC (TestRadicalsIPAexGothic)
		}
		assert.Equal(t, to, FoldRune(from), "%U", from)
	}
	for _, r := range []rune{0x2F00, 0x2FD5} {
		assert.NotEqual(t, r, FoldRune(r), "%U", r)
	}
	for r := rune(0); r < 0x2E80; r++ {
		if r != 0x2027 && FoldRune(r) != r {
			t.Fatalf("%U folded", r)
		}
	}
	for r := rune(0x3000); r < 0xF900; r++ {
		if FoldRune(r) != r {
			t.Fatalf("%U folded", r)
		}
	}
}

func TestNoAllocWhenUnchanged(t *testing.T) {
	line := "2025年度行政事業レビューシート 内閣府 孤独・孤立対策推進経費 要求額 -- 408,000 1,351,442 --"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Fold(line) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Narrow(line) }))
	key := "予算事業ID"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Key(key) }))
}
