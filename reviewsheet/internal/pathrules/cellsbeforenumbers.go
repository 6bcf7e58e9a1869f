package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
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
// row labels standing whole, lines of ∕ only and cells after the row
// labels (LibreOffice prints the first column there, "----": three "--"
// glued, cellCount), the headings アクティビティ, アウトプット and
// 活動目標 follow the label, and the cells between 活動目標 and the
// numbers (IsPathNumbers) are exactly those the table lacks, its rows
// times its years, less the cells before the label. JoinRowMajorTable
// or JoinColumnTable then rebuilds the table, MoveNumbersAfterActivity
// the block's head. Any
// other count, or anything else between, is left as it is. Called only
// on text that shows pdftotext's de-hyphenation (normalize.Gated).
func MoveCellsBeforeNumbers(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, cellsBeforeNumbersAt)
}

// cellsBeforeNumbersAt reads the block MoveCellsBeforeNumbers rewrites,
// starting at lines[i] (the path label): the cells, then the label and
// its headings, and the index of the numbers; nil when there is none.
func cellsBeforeNumbersAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i+5 >= len(lines) || lines[i].Text != string(label.OcPath) || lines[i+1].Text != string(label.OcActivity) ||
		lines[i+2].Text != string(label.OcOutput) || lines[i+3].Text != string(label.OcGoal) {
		return nil, 0
	}
	j, n := i+4, 0
	for ; j < len(lines) && cellCount(lines[j].Text) > 0; j++ {
		n += cellCount(lines[j].Text)
	}
	if j == i+4 || j == len(lines) || !lines[j].Break || !IsPathNumbers(lines[j].Text) || n != tableCellsBefore(lines, i) {
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
// before lines[i] lacks: its rows times its years, less the cells
// printed after its row labels, when the lines back to its label are
// the year header, row labels (target and actual of one unit, 達成率 or
// not), lines of ∕ only and those cells; 0 otherwise.
func tableCellsBefore(lines []sheettext.Line, i int) int {
	var t rowMajorTable
	k, have := i-1, 0
	for ; k >= 0; k-- {
		l := lines[k].Text
		if isSlashLine(l) {
			continue
		}
		if n := cellCount(l); n > 0 {
			if t.units != [label.OcRowCount]string{} {
				return 0 // cells above a row label: not this shape
			}
			have += n
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
	if n := t.rows() * headerYears(t.header); n > have {
		return n - have
	}
	return 0
}

// cellCount returns how many cells a line of a table's cells holds: one
// for a figure cell, n for a run of n+1 dashes the de-hyphenation glued
// (gluedDashCells); 0 for anything else.
func cellCount(t string) int {
	if n := gluedDashCells(t); n > 0 {
		return n
	}
	if linerules.IsFigureCell(t) {
		return 1
	}
	return 0
}
