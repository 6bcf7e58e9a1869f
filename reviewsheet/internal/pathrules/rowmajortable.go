package pathrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The table 活動・成果目標と実績 with its row labels apart from its cells
// and its cells a paragraph each, row after row. pdftotext's default
// mode of the Chromium PDF prints the table's label, the year header
// (when it is printed beside the label), the row labels in another order
// (the ∕ of 当初見込み∕目標値 raised to a line of its own), then the
// cells of the target row, of the actual row and of 達成率, each cell a
// paragraph; an output's header is printed with the cells instead, each
// year a paragraph with the target row's cell under it:
//
//	活動・成果目標                      活動・成果目標
//	と実績                              と実績
//	2024年度 目標年度                   2024年度 目標年度
//	2025年度                            2025年度
//	∕                             →     当初見込み∕目標値(団体) 50 50
//	活動実績∕成果実績(団体)             活動実績∕成果実績(団体) -- 71
//	当初見込み 目標値(団体)             達成率(%) 142 --
//	達成率(%)
//
//	50            (then 50, --, 71, 142, --, each a paragraph)
//
// JoinRowMajorTable rebuilds the rows in the sheet's order when
// everything from the table's label up to its cells' end is one of: the
// year header (lines of years and 目標年度 right after the label), a row
// label standing whole with its unit (∕ or a space between its words),
// a line of nothing but ∕, a year paragraph with one cell under it, a
// cell paragraph, the label 後続アウトカムへのつながり, and a "--"
// printed before all of them when the label アウトカムを複数段階で設定
// できない理由 stands right before the table with no value (its value,
// put back under it). The target and actual rows must both be labelled
// with one unit; the cells must be exactly the rows times the years
// (with year paragraphs: the target row's cells are the ones under the
// years, the other rows' follow, and the years must follow one another:
// consecutiveYears). The cells end at the label 後続アウトカムへのつながり,
// or at the next path's label for a path's last node (it prints no link;
// MoveCellsBeforeNumbers); when that label comes before the cells, they
// end at the count and the next line must be text (no figure or label),
// the label's value. Anything else (a cell glued to a row label, a cell
// missing) is left as it is, for the table to report. Called only on
// text that shows pdftotext's de-hyphenation (normalize.Gated).
//
// It also returns the positions of the link values "-" it put back
// (tableTailAt), for the parser to report as lost cells, and a Note
// (linerules.NotePlacedByRate) for each target cell it placed because
// the table's 達成率 confirmed it.
func JoinRowMajorTable(lines []sheettext.Line) ([]sheettext.Line, []sheettext.Pos, []linerules.Note) {
	var lost []sheettext.Pos
	var notes []linerules.Note
	out := linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		out, next, dash, placed := rowMajorTableAt(lines, i)
		if dash.IsValid() {
			lost = append(lost, dash)
		}
		if placed.IsValid() {
			notes = append(notes, linerules.Note{Pos: placed, Label: label.OcRowTarget, Path: "outcome.nodes", Code: linerules.NotePlacedByRate,
				Msg: "a target cell printed after the next outcome's 成果指標 was placed as the table's first target, because its 達成率 agrees with it: the 達成率 check of that year is not independent"})
		}
		return out, next
	})
	return out, lost, notes
}

// rowMajorTable is a table being read by rowMajorTableAt.
type rowMajorTable struct {
	header   []sheettext.Line // the year header as printed
	years    []sheettext.Line // year paragraphs (with the target cells)
	targets  []string         // the cells under the years
	cells    []string         // the cell paragraphs, row after row
	units    [label.OcRowCount]string
	rowPos   [label.OcRowCount]sheettext.Line
	link     []sheettext.Line // 後続アウトカム / へのつながり, when read
	oneStage *sheettext.Line  // the "--" of アウトカムを複数段階…
}

// rowMajorTableAt reads the table JoinRowMajorTable rewrites, starting
// at lines[i] (the label's first line; lines[i-1] may be the previous
// label's last): the lines as they must read and the index of the
// first line after the table, and the position of the link's value
// "-" when it was put back (tableTailAt); nil when there is none.
func rowMajorTableAt(lines []sheettext.Line, i int) (out []sheettext.Line, next int, dash, placed sheettext.Pos) {
	t, j, afterOneStage := tableStartAt(lines, i)
	if j == 0 {
		return nil, 0, sheettext.NoPos, sheettext.NoPos
	}
	started := false // a row label, slash or cell was read
	for j < len(lines) {
		l := lines[j]
		switch {
		case l.Text == "--" && !started && afterOneStage && t.oneStage == nil && l.Break:
			t.oneStage = &lines[j]
			j++
			continue
		case isSlashLine(l.Text):
			started = true
			j++
			continue
		case j+1 < len(lines) && l.Text+lines[j+1].Text == string(label.OcNext) && !lines[j+1].Break:
			if t.link != nil {
				return nil, 0, sheettext.NoPos, sheettext.NoPos
			}
			t.link = lines[j : j+2]
			j += 2
			if len(t.cells) > 0 || len(t.years) > 0 {
				out, next := t.rebuild(lines, i, j-2, j-2)
				return out, next, sheettext.NoPos, sheettext.NoPos
			}
			continue
		}
		if k, unit, ok := rowLabel(l.Text); ok {
			if t.units[k] != "" || len(t.cells) > 0 && t.link != nil {
				return nil, 0, sheettext.NoPos, sheettext.NoPos
			}
			t.units[k], t.rowPos[k] = unit, l
			started = true
			j++
			continue
		}
		if !l.Break {
			break
		}
		if _, ok := num.Year(l.Text); ok && len(t.header) == 0 && len(t.cells) == 0 && j+1 < len(lines) && !lines[j+1].Break &&
			linerules.IsFigureCell(lines[j+1].Text) && (j+2 == len(lines) || lines[j+2].Break) {
			t.years = append(t.years, l)
			t.targets = append(t.targets, lines[j+1].Text)
			started = true
			j += 2
			continue
		}
		if !isCellParagraph(lines, j) {
			break
		}
		if t.link != nil && t.complete() {
			break
		}
		t.cells = append(t.cells, l.Text)
		started = true
		j++
	}
	if t.link == nil && j < len(lines) && startsWithPath(lines[j].Text) && t.complete() {
		out, next := t.rebuild(lines, i, j, -1) // a path's last node (MoveCellsBeforeNumbers)
		return out, next, sheettext.NoPos, sheettext.NoPos
	}
	if out, next, dash, placed := t.tableTailAt(lines, i, j); out != nil {
		return out, next, dash, placed // the link's "-" glued to the last cell, a target cell after 成果指標 (rowmajortail.go)
	}
	if t.link == nil || j == len(lines) || !t.complete() || !isRowText(lines[j].Text) || linerules.IsFigureCell(lines[j].Text) {
		return nil, 0, sheettext.NoPos, sheettext.NoPos
	}
	out, next = t.rebuild(lines, i, j, -1)
	return out, next, sheettext.NoPos, sheettext.NoPos
}

// tableStartAt reads the start both table rules share at lines[i]: the
// label 活動・成果目標 / と実績 (one paragraph) and the year header lines
// after it. It returns the table with its header, the index after them
// (0 when lines[i] does not start the label) and whether the label
// アウトカムを複数段階で設定できない理由 stands right before it (its "--"
// may be printed among the table's lines).
func tableStartAt(lines []sheettext.Line, i int) (rowMajorTable, int, bool) {
	var t rowMajorTable
	if i+2 >= len(lines) || lines[i].Text != "活動・成果目標" || lines[i+1].Text != "と実績" || lines[i+1].Break {
		return t, 0, false
	}
	j := i + 2
	for j < len(lines) && !lines[j].Break && isYearHeader(lines[j].Text) {
		t.header = append(t.header, lines[j])
		j++
	}
	return t, j, i >= 2 && lines[i-2].Text+lines[i-1].Text == string(label.OcOneStage)
}

// complete reports whether the cells read are as many as the rows times
// the years.
func (t *rowMajorTable) complete() bool {
	rows := t.rows()
	if rows == 0 {
		return false
	}
	if len(t.years) > 0 {
		texts := make([]string, len(t.years))
		for k, y := range t.years {
			texts[k] = y.Text
		}
		return len(t.cells) == (rows-1)*len(t.years) && consecutiveYears(texts)
	}
	years := headerYears(t.header)
	return years > 0 && len(t.cells) == rows*years
}

// rows is how many rows the labels read say the table has: 2, 3 with
// 達成率, 0 when the target or actual row is not labelled or their units
// differ.
func (t *rowMajorTable) rows() int {
	if t.units[label.OcTargetRow] == "" || t.units[label.OcTargetRow] != t.units[label.OcActualRow] {
		return 0
	}
	if t.units[label.OcRateRow] != "" {
		return 3
	}
	return 2
}

// rebuild returns the table as the sheet prints it (the label, the
// header, one line per row, the link label) and next, the index of the
// first line after it; linkAt is where the link label stands in lines
// when it follows the cells (-1: it came before them).
func (t *rowMajorTable) rebuild(lines []sheettext.Line, i, next, linkAt int) ([]sheettext.Line, int) {
	if !t.complete() {
		return nil, 0
	}
	out := make([]sheettext.Line, 0, 10)
	if t.oneStage != nil {
		out = append(out, *t.oneStage)
	}
	out = append(out, lines[i], lines[i+1])
	out = append(out, t.header...)
	cells := t.cells
	if len(t.years) > 0 {
		h := t.years[0]
		for _, y := range t.years[1:] {
			h.Text += " " + y.Text
		}
		out = append(out, h)
		cells = append(append([]string(nil), t.targets...), cells...)
	}
	n := len(cells) / t.rows()
	for k := label.OcRow(0); int(k) < t.rows(); k++ {
		row := t.rowPos[k]
		row.Text = string(label.OcRows[k]) + "(" + t.units[k] + ") " + strings.Join(cells[int(k)*n:int(k+1)*n], " ")
		out = append(out, row)
	}
	out = append(out, t.link...)
	if linkAt >= 0 {
		return out, linkAt + 2
	}
	return out, next
}

// rowLabel reads a row label standing whole with its unit: 当初見込み∕目標値(件),
// 当初見込み 目標値(件) (the ∕ printed apart), 活動実績∕成果実績(件),
// 達成率(%).
func rowLabel(t string) (label.OcRow, string, bool) {
	for k, rl := range label.OcRows {
		for _, sp := range []string{string(rl), strings.ReplaceAll(string(rl), "∕", " ")} {
			rest, ok := strings.CutPrefix(t, sp+"(")
			if !ok {
				continue
			}
			unit, ok := strings.CutSuffix(rest, ")")
			if ok && unit != "" && !strings.ContainsAny(unit, "() ") {
				return label.OcRow(k), unit, true
			}
		}
	}
	return 0, "", false
}

// isYearHeader reports a line of the table's year header: years and
// 目標年度, at least one (a year may be spaced as LibreOffice prints it,
// "2023 年度").
func isYearHeader(t string) bool {
	fs := strings.Fields(strings.ReplaceAll(t, " 年度", "年度"))
	for _, f := range fs {
		if _, ok := num.Year(f); !ok && f != string(label.OcTargetYr) {
			return false
		}
	}
	return len(fs) > 0
}

// headerYears counts the years of the header lines (0 when there are
// none).
func headerYears(header []sheettext.Line) int {
	n := 0
	for _, h := range header {
		for _, f := range strings.Fields(strings.ReplaceAll(h.Text, " 年度", "年度")) {
			if f != string(label.OcTargetYr) {
				n++
			}
		}
	}
	return n
}

// isSlashLine reports a line of nothing but ∕ (and spaces).
func isSlashLine(t string) bool {
	return t != "" && strings.Trim(t, "∕ ") == ""
}

// isCellParagraph reports a paragraph of one line that is a figure cell
// ("6", "148.4", "--", "-").
func isCellParagraph(lines []sheettext.Line, j int) bool {
	return lines[j].Break && linerules.IsFigureCell(lines[j].Text) && (j+1 == len(lines) || lines[j+1].Break)
}

// startsWithPath reports the path label, alone or with its numbers.
func startsWithPath(t string) bool {
	rest, ok := strings.CutPrefix(t, string(label.OcPath))
	return ok && (rest == "" || rest[0] == ' ')
}

// consecutiveYears reports years that follow one another (2023年度
// 2024年度 2025年度): a table whose years are printed with its cells,
// not in a header, is read only so, as a column printed elsewhere would
// leave a gap. (A first or last column printed elsewhere leaves none;
// the text cannot tell.)
func consecutiveYears(years []string) bool {
	prev := 0
	for _, t := range years {
		y, ok := num.Year(strings.ReplaceAll(t, " 年度", "年度"))
		if !ok || prev != 0 && y != prev+1 {
			return false
		}
		prev = y
	}
	return prev != 0
}
