package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A path block's アクティビティ text printed after the heading アウトプット.
// pdftotext's default mode of the wkhtmltopdf PDF prints the first two
// kind headings of a block one after the other, then (in some blocks)
// the path's numbers, then the activity's text, then 活動目標:
//
//	アクティビティからの発現経路        アクティビティからの発現経路 103-203-304
//	アクティビティ                      アクティビティ
//	アウトプット                  →     地方における孤独・孤立対策推進事業
//	103-203-304                         アウトプット
//	地方における孤独・孤立対策推進事業  活動目標
//	活動目標
//
// MoveActivityText puts the text under アクティビティ (and the numbers
// beside the block's label, when that stands whole right before
// アクティビティ) when both headings stand whole one after the other and
// the lines up to a whole 活動目標 are text (no figure, year or label;
// IsPathNumbers for the numbers, which must then follow the path label):
// the heading アウトプット takes no text, so the text can only be the
// activity's. Anything else (the overview's kind column, whose next line
// is a heading; 活動目標 before the text) is left as it is. Called only on
// text that shows pdftotext's de-hyphenation (normalize.Gated).
func MoveActivityText(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, activityTextAt)
}

// activityTextAt reads the block MoveActivityText rewrites, starting at
// lines[i] (the path label, or アクティビティ): the lines in their order
// and the index of the first line after them (活動目標 and on); nil when
// there is none.
func activityTextAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	path := -1
	a := i
	if lines[i].Text == string(label.OcPath) {
		path, a = i, i+1
	}
	if a+2 >= len(lines) || lines[a].Text != string(label.OcActivity) || lines[a+1].Text != string(label.OcOutput) {
		return nil, 0
	}
	j := a + 2
	numbers := -1
	if IsPathNumbers(lines[j].Text) {
		if path < 0 {
			return nil, 0
		}
		numbers, j = j, j+1
	}
	start := j
	for j < len(lines) && linerules.IsPlainText(lines[j].Text) {
		j++
	}
	if j == start || j >= len(lines) || !linerules.LabelIs(lines[j].Text, label.OcGoal) { // (wkhtmltopdf's ⽬)
		return nil, 0
	}
	moved := make([]sheettext.Line, 0, j-i)
	if path >= 0 {
		l := lines[path]
		if numbers >= 0 {
			l.Text += " " + lines[numbers].Text
		}
		moved = append(moved, l)
	}
	moved = append(moved, lines[a])
	moved = append(moved, lines[start:j]...)
	return append(moved, lines[a+1]), j
}
