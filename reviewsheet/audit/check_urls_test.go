package audit

import (
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/stretchr/testify/assert"
)

// TestCheckURLs: a URL field keeps its text; anything but http(s) is
// flagged (the 2024 set has one: a file:///E:/Users/… path in 1-3).
func TestCheckURLs(t *testing.T) {
	for _, c := range []struct {
		in   string
		sev  Severity // "" for no finding
		want string
	}{
		{"https://www.cao.go.jp/kodoku_koritsu/index.html", "", ""},
		{"http://a.example/x https://b.example/y", "", ""},
		{"javascript:alert(1)", SeverityWarning, "a javascript: URL"},
		{"JavaScript:alert(1)", SeverityWarning, "a javascript: URL"},
		{"https://ok.example/ data:text/html,<script>", SeverityWarning, "a data: URL"},
		{"file:///E:/Users/x/Desktop/20211022_01.pdf", SeverityWarning, "a file: URL"},
		{"資料参照", SeverityInfo, "no http(s) URL"},
		{"なし", "", ""},
	} {
		s := &reviewsheet.Sheet{OverviewURL: str(c.in)}
		fs := findCode(Check(s), CodeURLScheme)
		if c.sev == "" {
			assert.Empty(t, fs, c.in)
			continue
		}
		if assert.Len(t, fs, 1, c.in) {
			assert.Equal(t, c.sev, fs[0].Severity, c.in)
			assert.Equal(t, "overview_url", fs[0].Path)
			assert.Contains(t, fs[0].Message, c.want)
		}
		assert.Equal(t, c.in, *s.OverviewURL, "the text is kept as printed")
	}
	assert.Empty(t, findCode(Check(parseFile(t, samplePath)), CodeURLScheme))
}
