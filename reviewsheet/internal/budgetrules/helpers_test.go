package budgetrules

import (
	"strings"

	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

var readFile = ruletest.ReadFile

// scanLines scans s as sheet text.
var scanLines = ruletest.Scan

// texts joins the texts of lines with newlines.
var texts = ruletest.Texts

// para prints each of lines as a paragraph of its own (a blank line
// after it), as pdftotext's default mode prints a cell.
func para(lines ...string) string {
	return strings.Join(lines, "\n\n") + "\n\n"
}
