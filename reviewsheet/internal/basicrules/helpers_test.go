package basicrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

var readFile = ruletest.ReadFile

// scanLines scans the lines given as sheet text, one a line.
func scanLines(lines ...string) []sheettext.Line {
	_, out := sheettext.Scan("x", []byte(strings.Join(lines, "\n")+"\n"))
	return out
}

// texts returns the texts of lines.
func texts(lines []sheettext.Line) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, l.Text)
	}
	return out
}
