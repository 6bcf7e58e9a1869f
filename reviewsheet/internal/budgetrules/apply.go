package budgetrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Apply runs the rules of the package in order: the 予算額執行額表's
// columns and year paragraphs first (TransposeBudgetColumns,
// JoinYearParagraphs), the 予算内訳表 header pairs (JoinBreakdownHeader),
// then MoveRateCell (it reads the table's rows, and takes the 執行率
// row's "--" out of the 予算内訳表 header block, which JoinAccountWords
// then reads), JoinAccountWords and MoveItemCell. Called only on text
// that shows pdftotext's de-hyphenation (normalize.Gated); lines
// is returned itself when no rule changes anything.
func Apply(lines []sheettext.Line) []sheettext.Line {
	lines = TransposeBudgetColumns(lines)
	lines = JoinYearParagraphs(lines)
	lines = JoinBreakdownHeader(lines)
	lines = MoveRateCell(lines)
	lines = JoinAccountWords(lines)
	return MoveItemCell(lines)
}

// labelAt returns the index of the first line from lines[from] whose
// text is the label l, also where it is printed in compatibility forms
// (the wkhtmltopdf PDF's 執⾏率 has the Kangxi radical U+2F8F, as long in
// UTF-8 as 行), or −1.
func labelAt(lines []sheettext.Line, from int, l string) int {
	for i := from; i < len(lines); i++ {
		if isText(lines[i].Text, l) {
			return i
		}
	}
	return -1
}

// isText reports whether t reads s once look-alike code points are
// folded (a fold keeps the length in UTF-8, so only a t as long as s is
// folded).
func isText(t, s string) bool {
	return t == s || len(t) == len(s) && linerules.FoldedEqual(t, s)
}

// itemTypeAt reports whether lines[i] is a 予算種別 (当初予算, 補正予算,
// 前年度から繰越し, 予備費等) alone on its line: the first line of an item
// of the 予算内訳表.
func itemTypeAt(lines []sheettext.Line, i int) bool {
	if i < 0 || i >= len(lines) {
		return false
	}
	for _, t := range label.ItemTypes {
		if isText(lines[i].Text, string(t)) {
			return true
		}
	}
	return false
}

// figureCells returns the tokens of t when every one is a figure cell
// ("--", an amount, a rate), else nil. Unlike linerules.FigureCells it
// reads no "-" and no "---": a rule that places cells by their count
// takes only cells whose count the text tells for sure.
func figureCells(t string) []string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return nil
	}
	for _, c := range f {
		if !linerules.IsFigureCell(c) {
			return nil
		}
	}
	return f
}

// yearCount returns how many years a 予算額執行額表 header line holds
// ("2023 2024 2025 2026": four-digit years, each one more than the
// last), or 0.
func yearCount(t string) int {
	f := strings.Fields(t)
	prev := 0
	for _, y := range f {
		if len(y) != 4 || !linerules.IsDigits(y) {
			return 0
		}
		v := int(y[0]-'0')*1000 + int(y[1]-'0')*100 + int(y[2]-'0')*10 + int(y[3]-'0')
		if prev != 0 && v != prev+1 {
			return 0
		}
		prev = v
	}
	return len(f)
}

// isAbsent reports the "--" cell.
func isAbsent(c string) bool { return c == num.Absent }
