package userules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// scanLines scans s as sheet text.
var scanLines = ruletest.Scan

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
