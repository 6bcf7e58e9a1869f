package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// texts joins the texts of lines with newlines (for table tests of the
// rules that rewrite lines).
func texts(lines []sheettext.Line) string {
	var got []string
	for _, l := range lines {
		got = append(got, l.Text)
	}
	return strings.Join(got, "\n")
}
