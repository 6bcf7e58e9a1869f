package userules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// rewriteBlocks is the loop of the rules: at(lines, i) returns the block
// starting at lines[i] as it must read and the index of the first line
// after it, or nil where no block starts. Lines outside the blocks are
// kept; lines is returned itself when nothing was rewritten
// (linerules.Rewritten).
func rewriteBlocks(lines []sheettext.Line, at func([]sheettext.Line, int) ([]sheettext.Line, int)) []sheettext.Line {
	var out []sheettext.Line // nil until a block is rewritten
	for i := 0; i < len(lines); i++ {
		moved, next := at(lines, i)
		if moved == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, moved...)
		i = next - 1
	}
	return linerules.Rewritten(out, lines)
}

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

// isPageNumber reports a page number line as producers print it: "3 / 16".
func isPageNumber(s string) bool {
	a, b, ok := strings.Cut(s, " / ")
	return ok && a != "" && b != "" && len(a) <= 4 && len(b) <= 4 && linerules.IsDigits(a) && linerules.IsDigits(b)
}

// isAmountLine reports a line that is one amount cell ("130,658").
func isAmountLine(s string) bool { return s != num.Absent && num.IsAmount(s) }
