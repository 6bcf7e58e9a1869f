package pathrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The "--" of アウトカムを複数段階で設定できない理由 printed after the labels
// that follow it. pdftotext's default mode of the wkhtmltopdf PDF prints
// the last labels of a path block's kind group one after the other
// (活動・成果目標と実績 and 後続アウトカムへのつながり may both follow), then
// the "--" of the first, then the cells of the others: the table's years
// and rows, and the text of 後続アウトカムへのつながり, which may also take
// the "--" on by the de-hyphenation ("-データの有用性が…"):
//
//	アウトカムを複数段階                アウトカムを複数段階
//	で設定できない理由                  で設定できない理由
//	活動・成果目標                      --
//	と実績                       →      活動・成果目標
//	後続アウトカム                      と実績
//	へのつながり                        2024年度 / 2025年度 / 当初見込み∕目標値(件) / 20 / 20 / …
//	--                                  後続アウトカム
//	2024年度 / 2025年度 / 当初見込み…   へのつながり
//	地方版孤独・孤立対策官民連携…       地方版孤独・孤立対策官民連携…
//
// MoveOneStageValue moves the "--" back under its label, and the table's
// lines under the table's label, when the labels stand right after each
// other, each whole, and what follows the "--" has the shape of their
// cells: after the table's label, its year header (a line starting with
// a year) and then only years, row labels and figure cells; after
// 後続アウトカムへのつながり, a line of text that is no figure cell, year or
// label (the line after a block's group is a kind heading, so that text
// is the label's). The "--" can then only be the value of the label
// without one. Anything else is left as it is. Called only on text that
// shows pdftotext's de-hyphenation (normalize.Gated).
func MoveOneStageValue(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, oneStageAt)
}

// oneStageAt reads the block MoveOneStageValue rewrites at lines[i]: the
// lines in their order and the index of the first line after them; nil
// when there is none.
func oneStageAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	n1, rest, ok := label.Match(lines, i, label.OcOneStage)
	if !ok || rest != "" {
		return nil, 0
	}
	j := i + n1
	table, tn := wholeLabel(lines, j, label.OcTable)
	if table {
		j += tn
	}
	next, nn := wholeLabel(lines, j, label.OcNext)
	if next {
		j += nn
	}
	if (!table && !next) || j >= len(lines) {
		return nil, 0
	}
	value := lines[j]
	value.Text = num.Absent
	moved := make([]sheettext.Line, 0, j-i+2)
	moved = append(append(moved, lines[i:i+n1]...), value)
	if !table { // 後続アウトカムへのつながり alone: "--" and text, or "-text"
		if rest, glued := strings.CutPrefix(lines[j].Text, "-"); glued && linerules.IsPlainText(rest) {
			t := lines[j]
			t.Text, t.Pos = rest, t.Pos+1
			return append(append(moved, lines[i+n1:j]...), t), j + 1
		}
		if lines[j].Text != num.Absent || j+1 >= len(lines) || !linerules.IsPlainText(lines[j+1].Text) {
			return nil, 0
		}
		return append(append(moved, lines[i+n1:j]...), lines[j+1]), j + 2
	}
	if lines[j].Text != num.Absent || j+1 >= len(lines) || !num.IsYearStart(lines[j+1].Text) {
		return nil, 0
	}
	end := tableLinesEnd(lines, j+1)
	moved = append(moved, lines[i+n1:i+n1+tn]...) // the table's label
	moved = append(moved, lines[j+1:end]...)      // its lines
	if !next {
		return moved, end
	}
	if end >= len(lines) || !linerules.IsPlainText(lines[end].Text) {
		return nil, 0
	}
	moved = append(moved, lines[i+n1+tn:i+n1+tn+nn]...) // 後続アウトカムへのつながり
	return append(moved, lines[end]), end + 1
}

// wholeLabel reports whether the label l stands whole (nothing after it)
// at lines[i], and over how many lines.
func wholeLabel(lines []sheettext.Line, i int, l label.Label) (bool, int) {
	if i >= len(lines) {
		return false, 0
	}
	n, rest, ok := label.Match(lines, i, l)
	return ok && rest == "", n
}

// tableLinesEnd is the index of the first line from j on that is not a
// line of an indicator table: a year header line (years and 目標年度),
// a row label or a line of figure cells.
func tableLinesEnd(lines []sheettext.Line, j int) int {
	for j < len(lines) {
		t := lines[j].Text
		if _, n, ok := label.OcRowLabel(lines[j:]); ok {
			j += n
			continue
		}
		if _, ok := linerules.FigureCells(nil, t); ok || yearHeaderLine(t) {
			j++
			continue
		}
		break
	}
	return j
}

// yearHeaderLine reports a line of the year header: years and 目標年度.
func yearHeaderLine(t string) bool {
	for _, w := range strings.Fields(t) {
		if w != string(label.OcTargetYr) && !num.IsYearStart(w) {
			return false
		}
	}
	return t != ""
}
