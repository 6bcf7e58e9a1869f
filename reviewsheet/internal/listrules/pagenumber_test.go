package listrules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
)

func TestDropMovedPageNumber(t *testing.T) {
	// line is a line at position pos; page marks a page's first line
	line := func(text string, pos int, page bool) sheettext.Line {
		return sheettext.Line{Text: text, Pos: sheettext.Pos(pos), Page: page}
	}
	for _, tc := range []struct {
		name string
		in   []sheettext.Line
		want string
	}{
		{"Chromium (香川県): name and amount moved before the break",
			[]sheettext.Line{line("--", 1, false), line("14 / 16", 2, false), line("香川県", 5, false), line("93", 6, false), line(recHead, 4, true), line("8000020370002", 7, false)},
			"--\n香川県\n93\n" + recHead + "\n8000020370002"},
		{"nothing moved: left as it is (normalize's)",
			[]sheettext.Line{line("14 / 16", 2, false), line(recHead, 4, true)},
			"14 / 16\n" + recHead},
		{"a line in between from before the break: left as it is",
			[]sheettext.Line{line("14 / 16", 2, false), line("香川県", 3, false), line(recHead, 4, true)},
			"14 / 16\n香川県\n" + recHead},
		{"the break too far: left as it is",
			[]sheettext.Line{line("14 / 16", 2, false), line("a", 5, false), line("b", 6, false), line("c", 7, false), line("d", 8, false), line(recHead, 4, true)},
			"14 / 16\na\nb\nc\nd\n" + recHead},
		{"no page break: left as it is",
			[]sheettext.Line{line("12 / 16", 2, false), line("香川県", 5, false), line(recHead, 4, false)},
			"12 / 16\n香川県\n" + recHead},
		{"not a page number: left as it is",
			[]sheettext.Line{line("14 / 16 年", 2, false), line("香川県", 5, false), line(recHead, 4, true)},
			"14 / 16 年\n香川県\n" + recHead},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(DropMovedPageNumber(tc.in)))
		})
	}
}
