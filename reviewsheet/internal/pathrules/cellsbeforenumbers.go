package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// The cells of a path's last table printed inside the next block's
// heading. pdftotext's default mode of the Chromium PDF prints the
// table 活動・成果目標と実績 of a block's last node (which has no
// 後続アウトカムへのつながり) with its year header and row labels only,
// then the next block's path label and headings, then the table's cells
// a paragraph each, row after row, then the next path's numbers:
//
//	活動・成果目標                      活動・成果目標
//	と実績                              と実績
//	2023年度 2024年度 目標年度          2023年度 2024年度 目標年度
//	2025年度                            2025年度
//	∕                                   ∕
//	活動実績∕成果実績(地域)             活動実績∕成果実績(地域)
//	当初見込み 目標値(地域)       →     当初見込み 目標値(地域)
//	達成率(%)                           達成率(%)
//	アクティビティからの発現経路        --
//	アクティビティ                      … (the 9 cells)
//	アウトプット                        アクティビティからの発現経路
//	                                    アクティビティ
//	活動目標                            アウトプット
//	                                    活動目標
//	--                                  103-203-305-404-503
//	… (10, 20, --, 13, --, --, 130, --)
//	103-203-305-404-503
//
// MoveCellsBeforeNumbers puts the cells back before the path label when
// the lines before it, back to the table's label, are the year header,
// row labels standing whole and lines of ∕ only (no cell), the headings
// アクティビティ, アウトプット and 活動目標 follow the label, and the
// cell paragraphs between 活動目標 and the numbers (IsPathNumbers) are
// exactly the table's rows times its years; JoinRowMajorTable then
// rebuilds the table, MoveNumbersAfterActivity the block's head. Any
// other count, or anything else between, is left as it is. Called only
// on text that shows pdftotext's de-hyphenation (normalize.Dehyphenated).
func MoveCellsBeforeNumbers(lines []sheettext.Line) []sheettext.Line {
	return rewriteBlocks(lines, cellsBeforeNumbersAt)
}

// cellsBeforeNumbersAt reads the block MoveCellsBeforeNumbers rewrites,
// starting at lines[i] (the path label): the cells, then the label and
// its headings, and the index of the numbers; nil when there is none.
func cellsBeforeNumbersAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i+5 >= len(lines) || lines[i].Text != string(label.OcPath) || lines[i+1].Text != string(label.OcActivity) ||
		lines[i+2].Text != string(label.OcOutput) || lines[i+3].Text != string(label.OcGoal) {
		return nil, 0
	}
	j := i + 4
	for j < len(lines) && isCellParagraph(lines, j) {
		j++
	}
	if j == i+4 || j == len(lines) || !lines[j].Break || !IsPathNumbers(lines[j].Text) || j-(i+4) != tableCellsBefore(lines, i) {
		return nil, 0
	}
	moved := make([]sheettext.Line, 0, j-i)
	moved = append(moved, lines[i+4:j]...)
	l := lines[i]
	l.Break = true // the cells' paragraphs end before it
	moved = append(moved, l)
	return append(moved, lines[i+1:i+4]...), j
}

// tableCellsBefore returns how many cells the table printed right
// before lines[i] lacks: its rows times its years when the lines back
// to its label are the year header, row labels (target and actual of
// one unit, 達成率 or not) and lines of ∕ only; 0 otherwise.
func tableCellsBefore(lines []sheettext.Line, i int) int {
	var t rowMajorTable
	k := i - 1
	for ; k >= 0; k-- {
		l := lines[k].Text
		if isSlashLine(l) {
			continue
		}
		if r, unit, ok := rowLabel(l); ok {
			if t.units[r] != "" {
				return 0
			}
			t.units[r] = unit
			continue
		}
		break
	}
	h := k
	for k >= 0 && isYearHeader(lines[k].Text) {
		k--
	}
	if k < 1 || lines[k].Text != "と実績" || lines[k-1].Text != "活動・成果目標" {
		return 0
	}
	t.header = lines[k+1 : h+1]
	return t.rows() * headerYears(t.header)
}
