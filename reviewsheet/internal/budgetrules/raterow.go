package budgetrules

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 執行率 row one "--" short. pdftotext's default mode of the
// wkhtmltopdf PDF prints the 予算額執行額表 row by row, a cell a
// paragraph, but the last cell of its last row (執行率 of the last year,
// "--") among the words of the 予算内訳表 header below it, glued by the
// de-hyphenation to a header word ("-要望額"):
//
//	執⾏率 / -- / 17.3% / --        three cells for four years
//	予算内訳表 … 備考 / -- / 予算額 / -要望額 / 備考 / -- / -- / 翌年度要求額
//	                                   four "--" for the account row's three
//
// Which year's cell is missing the printed order alone cannot tell
// ("-- 17.3% --" reads as 2023–2025 or as any three of the four). The
// sheet's own figures can: 執行率 is 執行額 ÷ 計, so a year has a rate
// where its 執行額 and 計 are both figures (計 not 0), and "--" where
// either is "--" (a year with 執行額 but 計 0 leaves the rule unsure, and
// it stops). That fixes the row's shape, a figure or "--" per year
// (rateShape); the printed figures fill its figure slots in their order,
// and the row is taken only when the printed cells are that row with
// exactly one "--" left out:
//
//	計      0   3,953,908  3,236,488  --
//	執行額  --  684,784    --         --
//	shape   --  rate       --         --     →  執行率 -- 17.3% -- --
//
// MoveRateCell does so only when, besides, the 予算内訳表 header block
// right below the table (readAccountBlock) holds exactly one value more
// than the account row's five and one of them is "--": that "--" is the
// missing cell. It takes it out of the block (the glued one when there
// is one: "-要望額" becomes "要望額"; else the block's last "--" line —
// the "--" cells are all alike, so which one does not change a value) and
// writes the 執行率 row on its label's line. Anything else is left as it
// is: the table's parse reports the short row.
func MoveRateCell(lines []sheettext.Line) []sheettext.Line {
	h := labelAt(lines, 0, string(label.BudgetTable))
	if h < 0 || h+2 >= len(lines) || lines[h+1].Text != label.UnitThousandYen {
		return lines
	}
	n := yearCount(lines[h+2].Text)
	if n < 2 {
		return lines
	}
	rows, next := budgetRows(lines, h+3)
	total, executed, rate := rows[label.RowTotal], rows[label.RowExecuted], rows[label.RowRate]
	if len(total.cells) != n || len(executed.cells) != n || len(rate.cells) != n-1 || rate.end != next ||
		next >= len(lines) || !isText(lines[next].Text, string(label.Breakdown)) {
		return lines
	}
	shape, ok := rateShape(total.cells, executed.cells)
	if !ok {
		return lines
	}
	row, ok := fillRateRow(shape, rate.cells)
	if !ok {
		return lines
	}
	start := next + 1 // the 予算内訳表 header block, after the unit line
	if start < len(lines) && lines[start].Text == label.UnitThousandYen {
		start++
	}
	blk, ok := readAccountBlock(lines, start, true)
	if !ok || len(blk.values) != len(label.AccountHeader)+1 || !slices.Contains(blk.values, num.Absent) {
		return lines
	}
	take := blk.glued
	if take < 0 {
		for i := blk.end - 1; i >= blk.start; i-- {
			if isAbsent(lines[i].Text) {
				take = i
				break
			}
		}
	}
	out := linerules.CopyBefore(lines, rate.label)
	l := lines[rate.label]
	l.Text = strings.Fields(l.Text)[0] + " " + strings.Join(row, " ")
	out = append(out, l)
	for i := rate.end; i < len(lines); i++ {
		l := lines[i]
		if i == take {
			if take != blk.glued {
				continue // the "--" line
			}
			l.Text, l.Pos = l.Text[1:], l.Pos+1 // "-要望額": the word after the "-"
		}
		out = append(out, l)
	}
	return out
}

// budgetRow is one row of the 予算額執行額表 as printed: its label's line,
// its cells (on that line after the label and on the lines of figure
// cells after it) and the index of the line after them.
type budgetRow struct {
	label, end int
	cells      []string
}

// budgetRows reads the rows of the 予算額執行額表 from lines[i]: a line
// that starts with a row label (label.BudgetRows, folded), then any lines
// made of figure cells only. It stops at the first other line, whose
// index it returns with the rows by label.
func budgetRows(lines []sheettext.Line, i int) (map[label.Label]budgetRow, int) {
	rows := map[label.Label]budgetRow{}
	for i < len(lines) {
		f := strings.Fields(lines[i].Text)
		if len(f) == 0 {
			break
		}
		var l label.Label
		for _, r := range label.BudgetRows {
			if isText(f[0], string(r.L)) {
				l = r.L
			}
		}
		if l == "" {
			break
		}
		if _, twice := rows[l]; twice {
			break
		}
		row := budgetRow{label: i}
		for _, c := range f[1:] {
			if !linerules.IsFigureCell(c) {
				return rows, i
			}
			row.cells = append(row.cells, c)
		}
		i++
		for i < len(lines) {
			cells := figureCells(lines[i].Text)
			if cells == nil {
				break
			}
			row.cells = append(row.cells, cells...)
			i++
		}
		row.end = i
		rows[l] = row
	}
	return rows, i
}

// rateShape returns, for each year, whether its 執行率 is a figure
// (true: 執行額 and 計 are figures, 計 not 0) or "--" (false: either is
// "--"); ok is false when a year has 執行額 but 計 is 0 or not a figure
// cell.
func rateShape(total, executed []string) ([]bool, bool) {
	shape := make([]bool, len(total))
	for j := range total {
		switch {
		case isAbsent(executed[j]) || isAbsent(total[j]):
		case num.IsAmount(executed[j]) && num.IsAmount(total[j]) && strings.Trim(total[j], "0,") != "":
			shape[j] = true
		default:
			return nil, false
		}
	}
	return shape, true
}

// fillRateRow fills the shape with the printed cells: the figures, in
// their order, where the shape has a figure, "--" elsewhere. It succeeds
// only when the printed cells are the row so made with exactly one "--"
// left out.
func fillRateRow(shape []bool, printed []string) ([]string, bool) {
	var figures []string
	for _, c := range printed {
		if !isAbsent(c) {
			figures = append(figures, c)
		}
	}
	row := make([]string, len(shape))
	k := 0
	for j, fig := range shape {
		row[j] = num.Absent
		if fig {
			if k == len(figures) {
				return nil, false
			}
			row[j] = figures[k]
			k++
		}
	}
	if k != len(figures) {
		return nil, false
	}
	for j := range row {
		if isAbsent(row[j]) && slices.Equal(printed, slices.Concat(row[:j], row[j+1:])) {
			return row, true
		}
	}
	return nil, false
}
