package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropZeroWidth(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"要求額", "要求額"},
		{"\u200b要求額", "要求額"}, // wkhtmltopdf before a label
		{"\u200c会計区分 \u200d当初予算", "会計区分 当初予算"}, // non-joiner, joiner
		{"-\u2060事業ID", "-事業ID"},               // word joiner after a glued "-"
		{"a \ufeff事業名", "a 事業名"},               // U+FEFF inside the text
		{"推進する\u200b観点", "推進する\u200b観点"},       // inside a word: text (RS CSV)
		{"アピールする。\u200b", "アピールする。\u200b"},     // ending a value: text
		{"デジ\u00adタル", "デジ\u00adタル"},           // soft hyphen: text of a value (Key drops it)
		{"\u200b\u200b", ""},                   // nothing but invisibles
		{"…※—\u2061", "…※—\u2061"},             // other E2 runes stay
		{"（ＡＢ）\u00a0", "（ＡＢ）\u00a0"},           // EF and C2 runes that print stay
		{"a\xff \u200bb", "a\xff b"},           // invalid UTF-8 kept
		{"\xe2\x80", "\xe2\x80"},               // truncated rune kept
	} {
		assert.Equal(t, tc.want, DropZeroWidth(tc.in), "%q", tc.in)
		assert.Equal(t, tc.in != tc.want, HasZeroWidth(tc.in), "%q", tc.in)
	}
}

func TestDropZeroWidthNoAlloc(t *testing.T) {
	s := "行政事業レビューシート 予算額・執行額 1,234,567 ＩＤ"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = DropZeroWidth(s) }))
}

func TestKeyDropsInvisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\u200b要求額", "要求額"},
		{"会計\u00ad区分", "会計区分"},
		{"予算\u2060事業 ID\ufeff", "予算事業ID"},
	} {
		assert.Equal(t, tc.want, Key(tc.in), "%q", tc.in)
	}
	assert.True(t, IsInvisible(0x00AD))
	assert.False(t, IsZeroWidth(0x00AD))
}
