package main

import (
	"strings"
	"unicode/utf8"
)

// cell is one table cell: its lines, and how many rows and columns it
// spans.
type cell struct {
	lines            []string
	rowspan, colspan int
	col              int // first column
	label            bool
	bold             int  // how many of the first lines are bold
	box              bool // a box of the 効果発現経路 overview (or its empty place)
}

// table is a bordered table; a heading is an item without one.
type table struct {
	rows [][]*cell
	cols int
}

type item struct {
	heading string
	table   *table
}

// gridHeader starts the one table whose rows hold side-by-side wrapped
// cells (補助対象, 補助率, 補助上限等, 補助率URL).
const gridHeader = "補助率等 "

const gridCols = 4

// fields splits a row at spaces; a lone "|" joins its neighbours into
// one cell (事業所管課室's 内閣府 | 政策統括官 | …).
func fields(l string) []string {
	var out []string
	parts := strings.Split(l, " ")
	for i := 0; i < len(parts); i++ {
		if parts[i] == "|" && len(out) > 0 && i+1 < len(parts) {
			out[len(out)-1] += " | " + parts[i+1]
			i++
			continue
		}
		out = append(out, parts[i])
	}
	return out
}

func isHeading(p []string, i int) bool {
	return len(p) == 1 && (i < 2 || (!strings.Contains(p[0], " ") && utf8.RuneCountInString(p[0]) <= 12))
}

// isLabel: a multi-line paragraph of short lines without spaces.
func isLabel(p []string) bool {
	if len(p) < 2 {
		return false
	}
	for _, l := range p {
		if strings.Contains(l, " ") || utf8.RuneCountInString(l) > 13 {
			return false
		}
	}
	return true
}

func rowOf(l string) []*cell {
	var r []*cell
	for _, f := range fields(l) {
		r = append(r, &cell{lines: []string{f}, rowspan: 1, colspan: 1})
	}
	return r
}

// rowRun returns the one-line paragraphs from i on that form one table:
// rows with the same number of cells, or a header one cell shorter than
// the two or more rows after it (it gets an empty first cell).
func rowRun(paras [][]string, i int) [][]*cell {
	oneLine := func(k int) bool { return k < len(paras) && len(paras[k]) == 1 }
	if !oneLine(i) {
		return nil
	}
	first := rowOf(paras[i][0])
	n := len(first)
	var rows [][]*cell
	k := i + 1
	if oneLine(k) && oneLine(k+1) && len(fields(paras[k][0])) == n+1 && len(fields(paras[k+1][0])) == n+1 && n > 1 {
		first = append([]*cell{{lines: []string{""}, rowspan: 1, colspan: 1}}, first...)
		n++
	}
	rows = append(rows, first)
	if n > 2 && oneLine(k) && len(fields(paras[k][0])) == n-1 {
		// A row one cell longer than the rows after it starts with
		// their label: its first cell spans them.
		for ; oneLine(k) && len(fields(paras[k][0])) == n-1; k++ {
			rows = append(rows, rowOf(paras[k][0]))
		}
		first[0].rowspan, first[0].label = len(rows), true
		return rows
	}
	for ; oneLine(k) && len(fields(paras[k][0])) == n && n > 1; k++ {
		rows = append(rows, rowOf(paras[k][0]))
	}
	return rows
}

// group turns paragraphs into headings and tables (see the package doc).
func group(paras [][]string) []item {
	var out []item
	last := func() *table {
		if len(out) == 0 {
			return nil
		}
		return out[len(out)-1].table
	}
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		next := func(k int) []string {
			if i+k < len(paras) {
				return paras[i+k]
			}
			return nil
		}
		switch {
		case isHeading(p, i):
			out = append(out, item{heading: p[0]})
		case len(p) == 1 && strings.HasPrefix(p[0], gridHeader):
			t := &table{rows: [][]*cell{rowOf(p[0])}}
			t.rows[0][0].label = true
			// A row's first cell (補助対象) may wrap: any paragraph whose
			// first line has no space starts a row (備考 -- ends them).
			for i+gridCols < len(paras) && !strings.Contains(paras[i+1][0], " ") {
				var row []*cell
				for k := 1; k <= gridCols; k++ {
					row = append(row, &cell{lines: paras[i+k], rowspan: 1, colspan: 1})
				}
				t.rows = append(t.rows, row)
				i += gridCols
			}
			if n := next(1); len(n) > 1 && strings.Contains(n[0], " ") {
				t.rows = append(t.rows, []*cell{{lines: n, rowspan: 1, colspan: gridCols}})
				i++
			}
			t.rows[0][0].rowspan = len(t.rows)
			out = append(out, item{table: t})
		case isLabel(p) && len(next(1)) == 1 && next(1)[0] == diagramHeader:
			t, n := diagram(p, paras[i+1:])
			out = append(out, item{table: t})
			i += n
		case isLabel(p) && len(next(1)) == 1:
			rows := rowRun(paras, i+1)
			lab := &cell{lines: p, rowspan: len(rows), colspan: 1, label: true}
			rows[0] = append([]*cell{lab}, rows[0]...)
			out = append(out, item{table: &table{rows: rows}})
			i += len(rows)
		case len(p) > 1 && last() != nil && wrapsFirst(last(), next(1)):
			t := last()
			n := next(1)
			row := []*cell{{lines: p, rowspan: 1, colspan: 1}}
			if len(n) == 1 {
				row = append(row, rowOf(n[0])...)
			} else {
				row = append(row, &cell{lines: n, rowspan: 1, colspan: width(t) - 1})
			}
			t.rows = append(t.rows, row)
			i++
		case len(p) == 1:
			rows := rowRun(paras, i)
			out = append(out, item{table: &table{rows: rows}})
			i += len(rows) - 1
		default:
			out = append(out, item{table: &table{rows: [][]*cell{{{lines: p, rowspan: 1, colspan: 1}}}}})
		}
	}
	for _, it := range out {
		if it.table != nil {
			place(it.table)
		}
	}
	return out
}

// wrapsFirst reports whether paragraph n holds the other cells of a row
// of t whose first cell wraps: one line of width(t)-1 cells, or several
// lines whose first has spaces (one cell spanning the other columns).
func wrapsFirst(t *table, n []string) bool {
	w := width(t)
	if w < 3 || len(n) == 0 {
		return false
	}
	if len(n) == 1 {
		return len(fields(n[0])) == w-1
	}
	return strings.Contains(n[0], " ")
}

// width is the number of columns of the first row of t.
func width(t *table) int {
	w := 0
	for _, c := range t.rows[0] {
		w += c.colspan
	}
	return w
}

// place gives every cell its first column, skipping columns taken by
// cells spanning rows from above, and sets t.cols.
func place(t *table) {
	taken := map[[2]int]bool{}
	for r, row := range t.rows {
		col := 0
		for _, c := range row {
			for taken[[2]int{r, col}] {
				col++
			}
			c.col = col
			for dr := 0; dr < c.rowspan; dr++ {
				for dc := 0; dc < c.colspan; dc++ {
					taken[[2]int{r + dr, col + dc}] = true
				}
			}
			col += c.colspan
			t.cols = max(t.cols, col)
		}
	}
}

// diagramHeader heads the overview of the 効果発現経路 boxes.
const diagramHeader = "アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム"

// diagram lays out the overview of the 効果発現経路 the way the sheet
// draws it: one column per kind of box (the header's five), the boxes of
// a kind stacked in its column, so that boxes of different kinds stand
// side by side. A box is a paragraph "NNN: <kind>" and the paragraph
// after it (its text). paras starts at the header; the label becomes a
// first column spanning the table. It returns the table and how many
// paragraphs it used.
func diagram(label []string, paras [][]string) (*table, int) {
	kinds := fields(diagramHeader)
	cols := make([][]*cell, len(kinds))
	n := 1
	for n+1 < len(paras) && len(paras[n]) == 1 {
		num, kind, ok := strings.Cut(paras[n][0], ": ")
		k := index(kinds, kind)
		if !ok || k < 0 || len(num) != 3 {
			break
		}
		lines := append([]string{paras[n][0]}, paras[n+1]...)
		cols[k] = append(cols[k], &cell{lines: lines, rowspan: 1, colspan: 1, bold: 1, box: true})
		n += 2
	}
	t := &table{rows: [][]*cell{append([]*cell{{lines: label, colspan: 1, label: true}}, rowOf(diagramHeader)...)}}
	for r := 0; ; r++ {
		var row []*cell
		any := false
		for k := range kinds {
			if r < len(cols[k]) {
				row = append(row, cols[k][r])
				any = true
			} else {
				row = append(row, &cell{rowspan: 1, colspan: 1, box: true})
			}
		}
		if !any {
			break
		}
		t.rows = append(t.rows, row)
	}
	t.rows[0][0].rowspan = len(t.rows)
	return t, n
}

func index(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
