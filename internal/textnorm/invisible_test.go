package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropInvisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"要求額", "要求額"},
		{"\u200b要求額", "要求額"},         // wkhtmltopdf before a label
		{"会計\u200c区分\u200d", "会計区分"}, // non-joiner, joiner
		{"予算\u2060事業ID", "予算事業ID"},   // word joiner
		{"\ufeff事業名", "事業名"},         // BOM inside the text
		{"デジ\u00adタル", "デジタル"},       // soft hyphen
		{"\u200b\u200b", ""},         // nothing but invisibles
		{"…※—\u2061", "…※—\u2061"},   // other E2 runes stay
		{"（ＡＢ）\u00a0", "（ＡＢ）\u00a0"}, // EF and C2 runes that print stay
		{"a\xff\u200bb", "a\xffb"},   // invalid UTF-8 kept
		{"\xe2\x80", "\xe2\x80"},     // truncated rune kept
	} {
		assert.Equal(t, tc.want, DropInvisible(tc.in), "%q", tc.in)
		assert.Equal(t, tc.in != tc.want, HasInvisible(tc.in), "%q", tc.in)
	}
}

func TestDropInvisibleNoAlloc(t *testing.T) {
	s := "行政事業レビューシート 予算額・執行額 1,234,567 ＩＤ"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = DropInvisible(s) }))
}
