package pathrules

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A path block's numbers printed after the block's first headings.
// pdftotext's default mode of the Chromium and LibreOffice PDFs prints
// the path label and its numbers apart, in one of three shapes (as
// printed, left; the sheet's order, right):
//
//	アクティビティからの発現経路        アクティビティからの発現経路 102-202-302-402-501
//	アクティビティ                      アクティビティ
//	                              →     ＮＰＯ等との連携
//	102-202-302-402-501                 アウトプット 活動目標
//	ＮＰＯ等との連携
//
//	アウトプット 活動目標
//
// (1) numbersAfterActivityAt: the numbers start the paragraph after
// アクティビティ, the rest of it is text (no figure, year or label), and
// the next paragraph starts with アウトプット: the numbers and the text
// are the rows of the path label and of アクティビティ, in that order.
//
// (2) numbersAfterGoalAt: アクティビティ, アウトプット and 活動目標
// first, then the numbers with the activity's text, then the goal, then
// 活動指標. The goal is a paragraph of its own (LibreOffice), or the
// numbers' paragraph holds exactly two lines of text (Chromium): each
// cell has a line at least, so the first is the activity's and the
// second the goal's; more lines could be cut anywhere and are left.
//
// (3) numbersAfterQualLabelsAt (LibreOffice): after 活動目標 the labels
// 定性的なアウトカムに関する成果実績 (its "--" glued to the next label),
// 実績∕目標∕見込みの… and 定性的なアウトカム目標を…, a paragraph "--",
// then the numbers with the activity's text, the goal a paragraph, 活動指標
// and its name, and a third "--" glued to アウトカムを複数段階…. Which
// "--" belongs to which label cannot be told and need not be: the shape
// is read only when all three are "--".
//
// A "-" glued to the numbers ("-104-204-306-404-503") is the "--" of
// the block before's アウトカムを複数段階… printed with no value right
// before the path label: it goes back under that label (pathNumbersAt).
// Any other shape (table cells before the numbers, a glued "-" after
// anything else) is left as it is: the block stays an error ("no node
// numbers"). Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func MoveNumbersAfterActivity(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		if moved, next := numbersAfterActivityAt(lines, i); moved != nil {
			return moved, next
		}
		if moved, next := numbersAfterQualLabelsAt(lines, i); moved != nil {
			return moved, next
		}
		return numbersAfterGoalAt(lines, i)
	})
}

// numbersAfterActivityAt reads the block MoveNumbersAfterActivity
// rewrites, starting at lines[i] (the path label): the lines in their
// order and the index of the first line after them (the heading
// アウトプット); nil when there is none.
func numbersAfterActivityAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i+3 >= len(lines) || lines[i].Text != string(label.OcPath) || lines[i+1].Text != string(label.OcActivity) {
		return nil, 0
	}
	numbers, dash, ok := pathNumbersAt(lines, i, i+2)
	if !ok {
		return nil, 0
	}
	j := i + 3
	for j < len(lines) && !lines[j].Break && isRowText(lines[j].Text) {
		j++
	}
	if j == i+3 || j == len(lines) || !lines[j].Break || !startsWithOutput(lines[j].Text) {
		return nil, 0
	}
	moved := movedHead(lines, i, numbers, dash, j-i+1)
	return append(moved, lines[i+3:j]...), j
}

// movedHead starts the lines a shape of MoveNumbersAfterActivity is
// rewritten to, of capacity n: the dash that goes back (when there is
// one), the path label lines[i] with the numbers after it, and
// lines[i+1].
func movedHead(lines []sheettext.Line, i int, numbers sheettext.Line, dash *sheettext.Line, n int) []sheettext.Line {
	moved := make([]sheettext.Line, 0, n)
	if dash != nil {
		moved = append(moved, *dash)
	}
	l := lines[i]
	l.Text += " " + numbers.Text
	return append(moved, l, lines[i+1])
}

// numbersAfterGoalAt reads the second shape MoveNumbersAfterActivity
// rewrites (the numbers after 活動目標), starting at lines[i] (the path
// label): the lines in their order and the index of the first line
// after them (活動指標); nil when there is none.
func numbersAfterGoalAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i+8 > len(lines) || lines[i].Text != string(label.OcPath) || lines[i+1].Text != string(label.OcActivity) ||
		lines[i+2].Text != string(label.OcOutput) || lines[i+3].Text != string(label.OcGoal) || !lines[i+3].Break {
		return nil, 0
	}
	numbers, dash, ok := pathNumbersAt(lines, i, i+4)
	if !ok {
		return nil, 0
	}
	activity := i + 5
	k := activity
	for k < len(lines) && !lines[k].Break && isRowText(lines[k].Text) {
		k++
	}
	goal := k
	if goal < len(lines) && lines[goal].Break && isRowText(lines[goal].Text) { // LibreOffice: the goal a paragraph of its own
		for k < len(lines) && (k == goal || !lines[k].Break) && isRowText(lines[k].Text) {
			k++
		}
	} else if goal == activity+2 { // Chromium: one line each
		goal--
	} else {
		return nil, 0
	}
	if activity == goal || goal == k || k == len(lines) || !lines[k].Break || lines[k].Text != string(label.OcIndicator) {
		return nil, 0
	}
	moved := movedHead(lines, i, numbers, dash, k-i+1)
	moved = append(moved, lines[activity:goal]...)
	moved = append(moved, lines[i+2], lines[i+3])
	return append(moved, lines[goal:k]...), k
}

// numbersAfterQualLabelsAt reads the third shape MoveNumbersAfterActivity
// rewrites (LibreOffice: the qualitative labels between 活動目標 and
// the numbers), starting at lines[i] (the path label): the head of the
// block in the sheet's order and the index of the third "--" (before
// アウトカムを複数段階…); nil when there is none.
func numbersAfterQualLabelsAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i+4 >= len(lines) || lines[i].Text != string(label.OcPath) || lines[i+1].Text != string(label.OcActivity) ||
		lines[i+2].Text != string(label.OcOutput) || lines[i+3].Text != string(label.OcGoal) {
		return nil, 0
	}
	qualRes := i + 4
	j := qualRes + labelSpan(lines, qualRes, label.OcQualRes)
	if j == qualRes || j >= len(lines) || lines[j].Text != "--" {
		return nil, 0
	}
	source := j + 1 // after the first "--"
	j = source + labelSpan(lines, source, label.OcSource)
	qualWhy := j
	j = qualWhy + labelSpan(lines, qualWhy, label.OcQualWhy)
	if j == qualWhy || qualWhy == source || j+1 >= len(lines) || lines[j].Text != "--" || !lines[j].Break {
		return nil, 0
	}
	v2 := j
	numbers, dash, ok := pathNumbersAt(lines, i, j+1)
	if !ok || dash != nil {
		return nil, 0
	}
	activity := j + 2
	k := activity
	for k < len(lines) && !lines[k].Break && isRowText(lines[k].Text) {
		k++
	}
	goal := k
	for k < len(lines) && (k == goal || !lines[k].Break) && isRowText(lines[k].Text) {
		k++
	}
	indicator := k
	if activity == goal || goal == indicator || k+1 >= len(lines) || lines[k].Text != string(label.OcIndicator) || !lines[k].Break {
		return nil, 0
	}
	for k++; k < len(lines) && (k == indicator+1 || !lines[k].Break) && isRowText(lines[k].Text); k++ {
	}
	v3 := k
	if v3 == indicator+1 || v3+1 >= len(lines) || lines[v3].Text != "--" || labelSpan(lines, v3+1, label.OcOneStage) == 0 {
		return nil, 0
	}
	moved := make([]sheettext.Line, 0, v3-i)
	l := lines[i]
	l.Text += " " + numbers.Text
	moved = append(moved, l, lines[i+1])
	moved = append(moved, lines[activity:goal]...)
	moved = append(moved, lines[i+2], lines[i+3])
	moved = append(moved, lines[goal:v3]...) // the goal, 活動指標 and its name
	moved = append(moved, lines[qualRes:source]...)
	moved = append(moved, lines[source:qualWhy]...)
	moved = append(moved, lines[v2])
	moved = append(moved, lines[qualWhy:v2]...)
	return moved, v3
}

// labelSpan returns how many lines from lines[j] spell the label l
// whole, one after the other in one paragraph; 0 when they do not.
func labelSpan(lines []sheettext.Line, j int, l label.Label) int {
	want := string(l)
	for k := j; k < len(lines) && (k == j || !lines[k].Break); k++ {
		rest, ok := strings.CutPrefix(want, lines[k].Text)
		if !ok || lines[k].Text == "" {
			return 0
		}
		if rest == "" {
			return k - j + 1
		}
		want = rest
	}
	return 0
}

// pathNumbersAt reads the path's numbers at lines[j], a paragraph's
// first line, for the block whose label is lines[i]. A "-" glued to the
// numbers ("-104-204-306-404-503") is the "--" of the label
// アウトカムを複数段階で設定できない理由 of the block before, printed
// with no value right before the path label (pdftotext's de-hyphenation
// joined the "--" to the numbers): it is returned as dash, to be put
// back under that label; a glued "-" after anything else is not read.
func pathNumbersAt(lines []sheettext.Line, i, j int) (numbers sheettext.Line, dash *sheettext.Line, ok bool) {
	numbers = lines[j]
	if !numbers.Break {
		return numbers, nil, false
	}
	if rest, glued := strings.CutPrefix(numbers.Text, "-"); glued {
		if i < 2 || lines[i-2].Text+lines[i-1].Text != string(label.OcOneStage) || lines[i-1].Break {
			return numbers, nil, false
		}
		d := sheettext.Line{Text: "--", Pos: numbers.Pos, Break: true}
		numbers.Text, numbers.Pos, dash = rest, numbers.Pos+1, &d
	}
	return numbers, dash, IsPathNumbers(numbers.Text)
}

// startsWithOutput reports a line that is the heading アウトプット, alone
// or followed by its first label ("アウトプット 活動目標").
func startsWithOutput(t string) bool {
	rest, ok := strings.CutPrefix(t, string(label.OcOutput))
	return ok && (rest == "" || rest[0] == ' ')
}

// isRowText is linerules.IsPlainText for a row's text that may start
// with full-width letters (ＮＰＯ等との連携), which IsPlainText takes for
// the start of a year (num.IsYearStart looks at the first byte only):
// such letters are skipped, a full-width digit is not.
func isRowText(t string) bool {
	for t != "" && t[0] == 0xEF {
		r, n := utf8.DecodeRuneInString(t)
		if r >= '０' && r <= '９' {
			return false
		}
		t = t[n:]
	}
	return t == "" || linerules.IsPlainText(t)
}
