package userules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// scanLines scans s as sheet text.
func scanLines(s string) []sheettext.Line {
	_, lines := sheettext.Scan("x", []byte(s))
	return lines
}

// texts joins the texts of lines with newlines, a blank line before a
// line that follows one.
func texts(lines []sheettext.Line) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
			if l.Break {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.Text)
	}
	return b.String()
}
