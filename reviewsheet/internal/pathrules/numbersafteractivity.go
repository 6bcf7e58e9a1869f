package pathrules

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A path block's numbers printed after the heading アクティビティ, in one
// paragraph with the activity's text. pdftotext's default mode of the
// Chromium and LibreOffice PDFs prints the path label and the heading
// アクティビティ one after the other, then the cells of their row (the
// path's numbers, the activity's text) as one paragraph, then the
// output's row from アウトプット 活動目標 on:
//
//	アクティビティからの発現経路        アクティビティからの発現経路 102-202-302-402-501
//	アクティビティ                      アクティビティ
//	                              →     ＮＰＯ等との連携
//	102-202-302-402-501                 アウトプット 活動目標
//	ＮＰＯ等との連携                    …
//
//	アウトプット 活動目標
//
// MoveNumbersAfterActivity joins the numbers to the label and puts the
// text under アクティビティ when the path label and アクティビティ stand
// whole one after the other, the next line starts a paragraph and is
// nothing but node numbers (IsPathNumbers), the rest of that paragraph
// is text (no figure, year or label) and the next paragraph starts with
// the heading アウトプット: the numbers and the text are then the row of
// the path label and of アクティビティ, in that order. A paragraph of the
// numbers that goes on past the activity's text, or any other shape
// (the numbers after 活動目標, a "-" glued to them, table cells before
// them), is left as it is: the block stays an error ("no node numbers").
// The Chromium PDF also prints the headings アクティビティ, アウトプット
// and 活動目標 first, then the numbers, the activity's text and the
// output's goal as one paragraph, then 活動指標:
//
//	アクティビティからの発現経路        アクティビティからの発現経路 101-201-301-401-503
//	アクティビティ                      アクティビティ
//	アウトプット                        孤独・孤立の実態把握に関する全国調査
//	                              →     アウトプット
//	活動目標                            活動目標
//	                                    孤独・孤立の実態の把握
//	101-201-301-401-503                 活動指標
//	孤独・孤立の実態把握に関する全国調査
//	孤独・孤立の実態の把握
//
//	活動指標
//
// That paragraph is read only when it holds exactly two lines of text
// after the numbers: each cell has a line at least, so the first is the
// activity's and the second the goal's; a text of more lines could be
// cut anywhere and is left as it is (numbersAfterGoalAt).
//
// Called only on text that shows pdftotext's de-hyphenation
// (normalize.Dehyphenated).
func MoveNumbersAfterActivity(lines []sheettext.Line) []sheettext.Line {
	return rewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		if moved, next := numbersAfterActivityAt(lines, i); moved != nil {
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
	moved := make([]sheettext.Line, 0, j-i+1)
	if dash != nil {
		moved = append(moved, *dash)
	}
	l := lines[i]
	l.Text += " " + numbers.Text
	moved = append(moved, l, lines[i+1])
	return append(moved, lines[i+3:j]...), j
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
	activity, goal, next := lines[i+5], lines[i+6], lines[i+7]
	if activity.Break || goal.Break || !isRowText(activity.Text) || !isRowText(goal.Text) ||
		!next.Break || next.Text != string(label.OcIndicator) {
		return nil, 0
	}
	moved := make([]sheettext.Line, 0, 7)
	if dash != nil {
		moved = append(moved, *dash)
	}
	l := lines[i]
	l.Text += " " + numbers.Text
	return append(moved, l, lines[i+1], activity, lines[i+2], lines[i+3], goal), i + 7
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
