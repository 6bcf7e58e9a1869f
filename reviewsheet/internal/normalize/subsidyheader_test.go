package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinSubsidyHeader(t *testing.T) {
	const h = "補助対象 補助率 補助上限等 補助率URL"
	const rows = "都道府県\n\n1/2\n\n4,000千円\n\nhttps://x.example/\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: the method after the label, the words a paragraph each",
			"実施方法\n補助率等\n\n直接実施 | 補助\n補助対象\n\n補助率\n\n補助上限等\n\n補助率URL\n\n" + rows,
			"実施方法\n直接実施 | 補助\n補助率等\n" + h + "\n都道府県\n1/2\n4,000千円\nhttps://x.example/"},
		{"A5: the words a paragraph each",
			"補助率等\n\n補助対象\n\n補助率\n\n補助上限等\n\n補助率URL\n\n" + rows,
			"補助率等\n" + h + "\n都道府県\n1/2\n4,000千円\nhttps://x.example/"},
		{"Chromium: each word with its cell of the first row",
			"実施方法\n補助率等\n\n直接実施 | 補助\n補助対象\n都道府県\n\n補助率\n1/2\n\n補助上限等\n4,000千円\n\n補助率URL\nhttps://x.example/\n\n市区町村\n",
			"実施方法\n直接実施 | 補助\n補助率等\n" + h + "\n都道府県\n1/2\n4,000千円\nhttps://x.example/\n市区町村"},
		{"LibreOffice: a cell after some words only, left as it is",
			"補助率等\n\n補助対象\n都道府県\n\n補助率\n1/2\n\n市区町村\n\n補助上限等\n4,000千円\n",
			"補助率等\n補助対象\n都道府県\n補助率\n1/2\n市区町村\n補助上限等\n4,000千円"},
		{"the sheet's layout: left as it is", "補助率等 " + h + "\n" + rows, "補助率等 " + h + "\n都道府県\n1/2\n4,000千円\nhttps://x.example/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range joinSubsidyHeader(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}

func TestJoinMethodParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"A5: a part a paragraph", "実施方法\n\n直接実施\n\n|\n\n補助\n\n補助率等\n", "実施方法\n直接実施 | 補助\n補助率等"},
		{"three methods", "実施方法\n\nA\n\n|\n\nB\n\n|\n\nC\n\n補助率等\n", "実施方法\nA | B | C\n補助率等"},
		{"one line: left as it is", "実施方法\n直接実施 | 補助\n補助率等\n", "実施方法\n直接実施 | 補助\n補助率等"},
		{"no | between: left as it is", "実施方法\n\n直接実施\n\n補助\n\nx\n\n補助率等\n", "実施方法\n直接実施\n補助\nx\n補助率等"},
		{"no 補助率等 after: left as it is", "実施方法\n\n直接実施\n\n|\n\n補助\n", "実施方法\n直接実施\n|\n補助"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range joinMethodParagraphs(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}
