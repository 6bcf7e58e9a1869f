package userules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// isUnitAfter reports whether lines[i] is the unit line （単位：千円） of the
// section whose label (wrapped over up to three lines, folded forms
// allowed) ends on one of the lines just before it: the label's first
// piece starts one of lines[i-3:i] and the label is complete after it.
func isUnitAfter(lines []sheettext.Line, i int, l label.Label) bool {
	if i >= len(lines) || lines[i].Text != label.UnitThousandYen {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		var b strings.Builder
		for _, m := range lines[k:i] {
			b.WriteString(m.Text)
		}
		if linerules.FoldedEqual(b.String(), string(l)) {
			return true
		}
	}
	return false
}

// isAmountLine reports a line that is one amount cell ("130,658").
func isAmountLine(s string) bool { return s != num.Absent && num.IsAmount(s) }
