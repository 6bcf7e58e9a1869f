package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDropInvisible: format characters that print nothing are dropped
// from the lines before any rule (and the fast check asks for it); other
// lines and inputs are kept as they are.
func TestDropInvisible(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		needs    bool
	}{
		{"\u200b要求額 -- 408,000", "要求額 -- 408,000", true},
		{"会計区分\u200c\n\u200d当初予算", "会計区分\n当初予算", true},
		{"予算\u2060事業ID", "予算事業ID", true},
		{"事業名\n\ufeff事業名", "事業名\n事業名", true},
		{"デジ\u00adタル", "デジタル", true},
		{"\ufeff事業名", "事業名", false}, // a byte order mark at the start is the scanner's
		{"要求額 -- 408,000", "要求額 -- 408,000", false},
	} {
		lines := scanLines(tc.in)
		assert.Equal(t, tc.needs, NeedsNormalizing([]byte(tc.in)), "%q", tc.in)
		got := ""
		for i, l := range dropInvisible(lines) {
			if i > 0 {
				got += "\n"
			}
			got += l.Text
		}
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
	lines := scanLines("a\nb")
	assert.Same(t, &lines[0], &dropInvisible(lines)[0], "no copy when nothing changes")
}

// TestDropInvisibleBeforeRules: a wkhtmltopdf budget row with U+200B
// before its label reads as the row without it.
func TestDropInvisibleBeforeRules(t *testing.T) {
	with, _ := Lines([]byte("\u200b要求額 -- 408,000\n"), scanLines("\u200b要求額 -- 408,000\n"))
	without, _ := Lines([]byte("要求額 -- 408,000\n"), scanLines("要求額 -- 408,000\n"))
	assert.Equal(t, len(without), len(with))
	for i := range with {
		assert.Equal(t, without[i].Text, with[i].Text)
	}
}
