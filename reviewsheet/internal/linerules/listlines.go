package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/spending"
)

// DropUnitLines removes repeats of the unit line "（単位：千円）" (printed
// again after a page break in some extractions): it is never content.
func DropUnitLines(lines []sheettext.Line) []sheettext.Line {
	k := 0
	for k < len(lines) && lines[k].Text != label.UnitThousandYen {
		k++
	}
	if k == len(lines) {
		return lines // the usual case: nothing to drop, nothing copied
	}
	out := make([]sheettext.Line, k, len(lines)-1)
	copy(out, lines[:k])
	for _, l := range lines[k+1:] {
		if l.Text != label.UnitThousandYen {
			out = append(out, l)
		}
	}
	return out
}

// ReasonLines returns the lines continuing a reason cell at the start of
// lines and how many they are. With blank lines in the text the reason
// runs up to the next break; without, up to a line that ends a sentence.
// It never takes a line that must belong to the next contract (its
// 契約方式等 line, or the last name line before it). must is set when the
// reason has not started yet: its first line is taken in any case, and
// when that line is "--" (no reason, printed a cell a line by pdftotext
// without -layout) it is the whole cell.
func ReasonLines(lines []sheettext.Line, breaks, must bool) ([]sheettext.Line, int) {
	n := 0
	for n < len(lines) {
		l := lines[n]
		if IsContractRow(l.Text) || (n+1 < len(lines) && IsContractRow(lines[n+1].Text)) {
			break
		}
		if n+2 < len(lines) && IsContractRow(lines[n+2].Text) && spending.Method(lines[n+1].Text).Known() {
			break
		}
		if breaks && l.Break && !(must && n == 0) {
			break
		}
		n++
		if must && n == 1 && l.Text == num.Absent {
			break // "--" (no reason) is the whole cell
		}
		if !breaks && EndsSentence(l.Text) {
			break
		}
	}
	return lines[:n], n
}

// EndsSentence reports whether s ends with a Japanese full stop.
func EndsSentence(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．")
}
