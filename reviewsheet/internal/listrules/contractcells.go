package listrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/spending"
)

// JoinContractCellLines joins a contract row printed a cell a line in a
// paragraph of its own (mutool, PyMuPDF: text printed a cell a line):
//
//	170,042                  170,042 3 91.1 --
//	3                  →
//	91.1
//	--
//
// The paragraph must be exactly four lines (or, in text without blank
// lines, the four lines after a known 契約方式等 with the reason "--" and
// no figure cell after it: afterMethod), each one cell: 支出額 (an
// amount), 入札者数 (a count or "--"), 落札率 (a rate or "--"), then the
// reason of one line ("--" or text that is no other figure). A reason
// of several lines, or a paragraph of another length, is left as it is
// (the contract reader refuses a name that holds such lines). The
// parser runs it on a recipient's contract rows in default-mode text.
func JoinContractCellLines(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a row joins
	for i := 0; i < len(lines); i++ {
		if contractCellsAt(lines, i) {
			if out == nil {
				out = linerules.CopyBefore(lines, i)
			}
			l := lines[i]
			l.Text = strings.Join([]string{l.Text, lines[i+1].Text, lines[i+2].Text, lines[i+3].Text}, " ")
			out = append(out, l)
			i += 3
			continue
		}
		if out != nil {
			out = append(out, lines[i])
		}
	}
	return linerules.Rewritten(out, lines)
}

// paragraphOfFour reports whether lines[i:i+4] is a paragraph of its own.
func paragraphOfFour(lines []sheettext.Line, i int) bool {
	if (i > 0 && !lines[i].Break) || (i+4 < len(lines) && !lines[i+4].Break) {
		return false
	}
	return !lines[i+1].Break && !lines[i+2].Break && !lines[i+3].Break
}

// afterMethod reports, for text without blank lines (PyMuPDF), whether
// lines[i:i+4] follow a line that is a known 契約方式等 and end in a
// reason "--" with no figure cell after it: the row's extent is sure
// only then (a reason of text could go on over the next lines).
func afterMethod(lines []sheettext.Line, i int) bool {
	if i == 0 || !spending.Method(lines[i-1].Text).Known() || lines[i+3].Text != num.Absent {
		return false
	}
	return i+4 == len(lines) || !linerules.IsFigureCell(lines[i+4].Text)
}

// contractCellsAt reports whether lines[i:i+4] is a paragraph of four
// lines that are a contract row's cells (JoinContractCellLines).
func contractCellsAt(lines []sheettext.Line, i int) bool {
	if i+3 >= len(lines) {
		return false
	}
	if !paragraphOfFour(lines, i) && !afterMethod(lines, i) {
		return false
	}
	for k := 0; k < 3; k++ {
		if strings.ContainsAny(lines[i+k].Text, " \t") {
			return false
		}
	}
	reason := lines[i+3].Text
	if reason != num.Absent && linerules.IsFigureCell(reason) {
		return false
	}
	return linerules.IsContractRow(lines[i].Text + " " + lines[i+1].Text + " " + lines[i+2].Text)
}
