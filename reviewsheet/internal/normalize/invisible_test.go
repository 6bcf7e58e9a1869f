package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDropInvisible: format characters that print nothing are dropped
// from the lines before any rule (and the fast check asks for it); other
// lines and inputs are kept as they are.
func TestDropInvisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\u200b要求額 -- 408,000", "要求額 -- 408,000"},
		{"会計区分\u200c\n\u200d当初予算", "会計区分\u200c\n当初予算"},
		{"-\u2060事業ID", "-事業ID"},
		{"事業名\n\ufeff事業名", "事業名\n事業名"},
		{"推進する\u200b観点", "推進する\u200b観点"}, // inside a word: text of a value (RS CSV)
		{"\u00ad－", "\u00ad－"},           // a soft hyphen is text of a value (RS CSV 2024)
		{"要求額 -- 408,000", "要求額 -- 408,000"},
	} {
		got := ""
		for i, l := range dropInvisible(scanLines(tc.in)) {
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

// TestDropInvisibleGate: a wkhtmltopdf budget row with U+200B before its
// label reads as the row without it in pdftotext default-mode text;
// other text is kept as it is.
func TestDropInvisibleGate(t *testing.T) {
	src := "\u200b要求額 -- 408,000\n"
	with, _, _ := Gated([]byte(src), scanLines(src), true, false)
	assert.Equal(t, "要求額 -- 408,000", with[0].Text)
	other, _, _ := Gated([]byte(src), scanLines(src), false, false)
	assert.Equal(t, "\u200b要求額 -- 408,000", other[0].Text)
}
