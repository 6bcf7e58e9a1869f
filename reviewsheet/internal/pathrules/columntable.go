package pathrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The table 活動・成果目標と実績 printed column by column. pdftotext's
// default mode of the LibreOffice PDF prints the table's label, the
// year header when it is beside the label, the row labels a line each,
// then each year's column as a paragraph: the year (when the header was
// not printed) and the year's cell of each row, top to bottom:
//
//	活動・成果目標                      活動・成果目標
//	と実績                              と実績
//	                                    2023年度 2024年度 2025年度
//	当初見込み∕目標値(件)         →     当初見込み∕目標値(件) 6 6 6
//	活動実績∕成果実績(件)               活動実績∕成果実績(件) 3 6 --
//	                                    後続アウトカム
//	2023年度                            へのつながり
//	6                                   …
//	3
//	… (2024年度 6 6, 2025年度 6 --)
//	後続アウトカム
//	へのつながり
//
// JoinColumnTable rebuilds the rows in the sheet's order when
// everything from the table's label up to its columns' end is one of:
// the year header, a row label standing whole with its unit, a column
// paragraph (a year, "2023 年度" spaced as LibreOffice prints it, then
// one figure cell per row; figure cells only
// when the header was printed), the label 後続アウトカムへのつながり,
// and a "--" printed before all of them when the label
// アウトカムを複数段階で設定できない理由 stands right before the table
// with no value (its value, put back under it; glued to the first
// column's year by pdftotext's de-hyphenation, "-2024年度", it is split
// off). The target and actual rows must be labelled with one unit, each
// column must hold one cell per row and the columns must be as many as
// the header's years (without the header, their years must follow one
// another: consecutiveYears). The columns end at the label
// 後続アウトカムへのつながり; when that label comes before them, the line
// after the last column must be text (no figure or label), or, when
// the header was printed (so the columns are as many as its years), a
// paragraph of one "-" or "--": the label's value, as a column has a
// cell per row. (Without the header a column may be missing: a "-"
// after the columns is left.) A run of dashes in a column is as many
// "--" cells as the de-hyphenation glued (gluedDashCells: "----" is
// three). With the header printed, the next outcome's heading and
// 成果目標 may stand between the link label and its value "-"
// (headingBeforeLinkValue): they are put after the value, and a column
// of another table printed right after the columns (isColumnParagraph)
// is left before them, for the parser to report as cells among the
// link's text (never the heading's text). Anything else (a column
// missing, a cell glued to a row label) is left as it is, for the table
// to report. Called only on text that
// shows pdftotext's de-hyphenation (normalize.Gated).
func JoinColumnTable(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, columnTableAt)
}

// columnTableAt reads the table JoinColumnTable rewrites, starting at
// lines[i] (the label's first line): the lines as they must read and
// the index of the first line after the table; nil when there is none.
func columnTableAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	t, j, afterOneStage := tableStartAt(lines, i)
	if j == 0 {
		return nil, 0
	}
	var (
		columns [][]string
		years   []string
		linkAt  = -1
		heading []sheettext.Line // the next outcome's heading printed before the link's value
		value   *sheettext.Line  // that value
	)
	for j < len(lines) {
		l := lines[j]
		if l.Text == "--" && l.Break && afterOneStage && t.oneStage == nil && columns == nil {
			t.oneStage = &lines[j]
			j++
			continue
		}
		if j+1 < len(lines) && l.Text+lines[j+1].Text == string(label.OcNext) && !lines[j+1].Break {
			if t.link != nil {
				return nil, 0
			}
			t.link = lines[j : j+2]
			if columns != nil {
				linkAt = j
				break
			}
			j += 2
			if k := headingBeforeLinkValue(lines, j); k > 0 && len(t.header) > 0 {
				heading, value = append([]sheettext.Line(nil), lines[j:k]...), &lines[k] // put back after the table
				heading[0].Break = true
				j = k + 1
			}
			continue
		}
		if k, unit, ok := rowLabel(l.Text); ok {
			if t.units[k] != "" {
				return nil, 0
			}
			t.units[k], t.rowPos[k] = unit, l
			j++
			continue
		}
		if !l.Break || len(t.header) > 0 && len(columns) == headerYears(t.header) {
			break
		}
		first := j
		if len(t.header) == 0 {
			year := l.Text
			if rest, glued := strings.CutPrefix(year, "-"); glued && afterOneStage && t.oneStage == nil && columns == nil {
				d := sheettext.Line{Text: "--", Pos: l.Pos, Break: true}
				t.oneStage, year = &d, rest
			}
			year = strings.Replace(year, " 年度", "年度", 1) // LibreOffice's "2023 年度"
			if _, ok := num.Year(year); !ok {
				break
			}
			years = append(years, year)
			first++
		}
		k := first
		for k < len(lines) && (k == j || !lines[k].Break) && (linerules.IsFigureCell(lines[k].Text) || gluedDashCells(lines[k].Text) > 0) {
			k++
		}
		if k == first || k < len(lines) && !lines[k].Break {
			return nil, 0
		}
		col := make([]string, 0, k-first)
		for _, c := range lines[first:k] {
			for n := gluedDashCells(c.Text); n > 0; n-- {
				col = append(col, "--")
			}
			if gluedDashCells(c.Text) == 0 {
				col = append(col, c.Text)
			}
		}
		columns = append(columns, col)
		j = k
	}
	printedHeader := len(t.header) > 0 // the years are known before the columns
	rows := t.rows()
	if t.link == nil && printedHeader && j < len(lines) && startsWithPath(lines[j].Text) {
		linkAt = -1 // a path's last node prints no link (MoveCellsBeforeNumbers)
	} else if t.link == nil {
		return nil, 0
	}
	if rows == 0 || len(columns) == 0 || printedHeader && len(columns) != headerYears(t.header) ||
		!printedHeader && !consecutiveYears(years) {
		return nil, 0
	}
	for _, c := range columns {
		if len(c) != rows {
			return nil, 0
		}
	}
	if len(t.header) == 0 {
		h := lines[i+1]
		h.Text, h.Break = strings.Join(years, " "), false
		t.header = []sheettext.Line{h}
	}
	for r := 0; r < rows; r++ {
		for _, c := range columns {
			t.cells = append(t.cells, c[r])
		}
	}
	if value != nil {
		out, next := t.rebuild(lines, i, j, -1)
		if out == nil {
			return nil, 0
		}
		out = append(out, *value)
		for next < len(lines) && isColumnParagraph(lines, next) { // a column of another table: left before the heading, unread
			out = append(out, lines[next])
			for next++; next < len(lines) && !lines[next].Break; next++ {
				out = append(out, lines[next])
			}
		}
		return append(out, heading...), next
	}
	if linkAt < 0 && t.link != nil && (j == len(lines) || !isRowText(lines[j].Text) && !(printedHeader && isDashParagraph(lines, j))) {
		return nil, 0
	}
	return t.rebuild(lines, i, j, linkAt)
}

// gluedDashCells returns how many "--" cells a run of dashes holds that
// pdftotext's de-hyphenation glued (each join drops one hyphen: n cells
// print n+1 dashes, "----" for three); 0 for anything else, and for
// "--" and "-", which are cells of their own. A run that held a "-"
// cell reads as fewer cells than it held, so a column with one has too
// few cells and is not read.
func gluedDashCells(t string) int {
	if len(t) < 3 || strings.Trim(t, "-") != "" {
		return 0
	}
	return len(t) - 1
}

// isDashParagraph reports a paragraph that is one "-" or "--": after
// the last column (each a paragraph of one cell per row) it can only be
// the value of 後続アウトカムへのつながり printed before the columns.
func isDashParagraph(lines []sheettext.Line, j int) bool {
	return lines[j].Break && (lines[j].Text == "-" || lines[j].Text == "--") && (j+1 == len(lines) || lines[j+1].Break)
}

// headingBeforeLinkValue reports the next outcome's heading printed
// between the label 後続アウトカムへのつながり (ending at lines[j-1]) and
// its value: the heading (短期アウトカム, 中期アウトカム or 長期アウトカム)
// and 成果目標, each a whole line continuing the label's paragraph, then
// a paragraph of one "-" or "--" (the link's value, as no column is a
// lone dash). It returns the index of that value, or 0. LibreOffice's
// PDF prints 402's table so:
//
//	後続アウトカム / へのつながり / 長期アウトカム / 成果目標 / - / ---- / 500 559 111.8 / …
func headingBeforeLinkValue(lines []sheettext.Line, j int) int {
	if j+2 >= len(lines) || lines[j].Break || lines[j+1].Break || !isOutcomeHeading(lines[j].Text) ||
		lines[j+1].Text != string(label.OcObjective) || !isDashParagraph(lines, j+2) {
		return 0
	}
	return j + 2
}

// isColumnParagraph reports a paragraph at lines[j] that is a year
// ("2025 年度") and figure cells, a line each: a column of a table.
func isColumnParagraph(lines []sheettext.Line, j int) bool {
	if _, ok := num.Year(strings.Replace(lines[j].Text, " 年度", "年度", 1)); !ok || !lines[j].Break {
		return false
	}
	k := j + 1
	for k < len(lines) && !lines[k].Break && linerules.IsFigureCell(lines[k].Text) {
		k++
	}
	return k > j+1 && (k == len(lines) || lines[k].Break)
}
