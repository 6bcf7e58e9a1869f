package budgetrules

import (
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 予算額執行額表 read column by column. pdftotext without -layout
// may print the table as its producer laid the cells out: first the row
// labels, one a line (要求額 … 執行率), then each year's column — the
// year on a line of its own and the column's cells below it:
//
//	要求額            2023      2024
//	当初予算          -0        408,000
//	…                 ---0      …
//	執行率            ---       -3,953,908
//
// (shown side by side here; the text has them one after the other). Its
// de-hyphenation glues every "--" cell that ends a line to the next line
// and drops one "-" of it, so a column's "--, 0, --, --, --, 0, --, --"
// reaches us as "-0", "---0", "---": a token of k hyphens and then a
// figure X is k "--" cells and X; k hyphens alone (k ≥ 2) are k−1 "--"
// cells. A token "-X" could also be the negative figure −X (k−1 cells
// and −X); which reading holds is told by the number of rows, which the
// sheet fixes (BudgetRows): the column must give exactly that many
// cells. Only when exactly one way of reading the column's tokens gives
// that count (all tokens read as glued cells, or all as negative
// figures) is the column decoded; otherwise the block is left as it is
// and the table's parse reports it — a figure is never guessed.
//
// TransposeBudgetColumns rewrites such a block as the table the parser
// reads (the columns may come before the labels, as Chromium's PDF has
// its first one): after the unit line of 予算額執行額表, a line of the years and one
// line per row ("要求額 -- 408,000 …"); the label, year and cell lines it
// used are removed, every other line keeps its place. The columns are
// put in the order of their years (yearsInOrder), and the block is left
// as it is when the years read are not consecutive or the next year's
// column is printed after 主な増減理由 (lateColumnAt): a table read
// without one of its columns would lack a year with no error.
func TransposeBudgetColumns(lines []sheettext.Line) []sheettext.Line {
	h := labelAt(lines, 0, string(label.BudgetTable))
	if h < 0 || h+1 >= len(lines) || lines[h+1].Text != label.UnitThousandYen {
		return lines
	}
	// the row labels, one a line, in sheet order
	first := -1
	for i := h + 2; i+len(label.BudgetRows) <= len(lines) && i < h+2+budgetColumnsWindow; i++ {
		if lines[i].Text == string(label.BudgetRows[0].L) && rowLabelsAt(lines, i) {
			first = i
			break
		}
	}
	if first < 0 {
		return lines
	}
	used := map[int]bool{}
	for k := range label.BudgetRows {
		used[first+k] = true
	}
	var years []string
	var cols [][]string
	end := min(len(lines), first+budgetColumnsWindow)
	for i := h + 2; i < end; i++ {
		if used[i] {
			continue
		}
		t := lines[i].Text
		if t == string(label.ChangeReasons) || t == string(label.SpecialNotes) {
			end = i
			break
		}
		if !isYearCell(t) {
			continue
		}
		var toks []string
		j := i + 1
		for ; j < len(lines) && !lines[j].Break; j++ {
			f := strings.Fields(lines[j].Text)
			if len(f) == 0 || !allGluedFigures(f) {
				break
			}
			toks = append(toks, f...)
		}
		cells, ok := decodeGluedColumn(toks, len(label.BudgetRows))
		if !ok {
			return lines // a column that does not read for sure
		}
		years = append(years, t)
		cols = append(cols, cells)
		for k := i; k < j; k++ {
			used[k] = true
		}
		i = j - 1
	}
	if len(cols) == 0 || !yearsInOrder(years, cols) || lateColumnAt(lines, end, first+budgetColumnsWindow, years) {
		return lines
	}
	out := make([]sheettext.Line, 0, len(lines))
	for i, l := range lines {
		if used[i] {
			continue
		}
		out = append(out, l)
		if i != h+1 {
			continue
		}
		out = append(out, sheettext.Line{Text: strings.Join(years, " "), Pos: lines[first].Pos, Break: true})
		for k, r := range label.BudgetRows {
			row := []string{string(r.L)}
			for _, c := range cols {
				row = append(row, c[k])
			}
			out = append(out, sheettext.Line{Text: strings.Join(row, " "), Pos: lines[first+k].Pos, Break: true})
		}
	}
	return out
}

// budgetColumnsWindow bounds how far after 予算額執行額表 the row labels
// and the columns are looked for (the lines of the 予算内訳表 header read
// in between).
const budgetColumnsWindow = 120

// yearsInOrder sorts the columns by their year (pdftotext may print a
// column before the one left of it: Chromium's 2021 2023 2024 2022; each
// column is read under its own year, so no cell changes year) and
// reports whether the years are then consecutive, as the table prints
// them: a gap is a column that was not read, and the table is left to
// fail rather than read without it.
func yearsInOrder(years []string, cols [][]string) bool {
	for i := 1; i < len(years); i++ { // insertion sort: four columns or so
		for j := i; j > 0 && years[j] < years[j-1]; j-- {
			years[j], years[j-1] = years[j-1], years[j]
			cols[j], cols[j-1] = cols[j-1], cols[j]
		}
	}
	for i := 1; i < len(years); i++ {
		if years[i] != nextYear(years[i-1]) {
			return false
		}
	}
	return true
}

// lateColumnAt reports whether lines[from:to] hold a year column printed
// after 主な増減理由 or その他特記事項, where the columns are no longer
// looked for: a line that is the year before or after the years read,
// followed in its paragraph by a line of glued figure cells (Chromium
// prints a sheet's last column among the 予算内訳表 header words after
// 主な増減理由). Such a column cannot be read for sure, and the table
// read without it would silently lack a year: the table is left as it
// is.
func lateColumnAt(lines []sheettext.Line, from, to int, years []string) bool {
	first, _ := strconv.Atoi(years[0]) // four digits (isYearCell)
	before, after := strconv.Itoa(first-1), nextYear(years[len(years)-1])
	for i := from; i+1 < min(to, len(lines)); i++ {
		t := lines[i].Text
		if (t == before || t == after) && !lines[i+1].Break {
			if f := strings.Fields(lines[i+1].Text); len(f) > 0 && allGluedFigures(f) {
				return true
			}
		}
	}
	return false
}

// rowLabelsAt reports whether lines[i:] start with the labels of
// BudgetRows, one a line.
func rowLabelsAt(lines []sheettext.Line, i int) bool {
	for k, r := range label.BudgetRows {
		if lines[i+k].Text != string(r.L) {
			return false
		}
	}
	return true
}

// isYearCell reports a fiscal year as the table's header prints it:
// four digits, 1900–2999.
func isYearCell(s string) bool {
	return len(s) == 4 && linerules.IsDigits(s) && (s[0] == '1' && s[1] == '9' || s[0] == '2')
}

// allGluedFigures reports whether every token is a figure cell with any
// number of glued "-" before it, or hyphens only.
func allGluedFigures(toks []string) bool {
	for _, t := range toks {
		x := strings.TrimLeft(t, "-")
		if x != "" && !linerules.IsFigureCell(x) {
			return false
		}
	}
	return true
}

// decodeGluedColumn reads the tokens of one column glued by pdftotext's
// de-hyphenation (see TransposeBudgetColumns) into n cells. A token of
// k ≥ 2 hyphens alone is k−1 "--" cells; k ≥ 1 hyphens before a figure
// X is either k "--" cells and X (glued) or k−1 and −X (negative); a
// token without hyphens is itself. It succeeds only when exactly one
// choice gives n cells: every signed token glued, or every one negative.
// A lone "-" (a dropped cell or a hyphen) is never decoded.
func decodeGluedColumn(toks []string, n int) ([]string, bool) {
	base, signed := 0, 0
	for _, t := range toks {
		x := strings.TrimLeft(t, "-")
		k := len(t) - len(x)
		switch {
		case x == "" && k < 2:
			return nil, false
		case x == "":
			base += k - 1
		case k == 0:
			base++
		default:
			base += k
			signed++
		}
	}
	var glued bool
	switch {
	case base+signed == n:
		glued = true
	case base == n && signed > 0:
		glued = false
	default:
		return nil, false
	}
	cells := make([]string, 0, n)
	for _, t := range toks {
		x := strings.TrimLeft(t, "-")
		k := len(t) - len(x)
		switch {
		case x == "":
			k--
		case k > 0 && !glued:
			k--
			x = "-" + x
		}
		for ; k > 0; k-- {
			cells = append(cells, num.Absent)
		}
		if x != "" {
			cells = append(cells, x)
		}
	}
	return cells, true
}

// JoinYearParagraphs handles the 予算額執行額表 printed row by row with
// every cell a paragraph of its own (pdftotext without -layout of the
// wkhtmltopdf PDF): its header of years comes as consecutive lines of
// one year each ("2023", "2024", "2025", "2026") right after the unit
// line. Two or more such lines, each year one more than the last, are
// joined into the header line the table parser reads; the rows, a
// paragraph per cell, are joined by the table parser itself.
func JoinYearParagraphs(lines []sheettext.Line) []sheettext.Line {
	h := labelAt(lines, 0, string(label.BudgetTable))
	if h < 0 || h+2 >= len(lines) || lines[h+1].Text != label.UnitThousandYen {
		return lines
	}
	first := h + 2
	n := 0
	for first+n < len(lines) && isYearCell(lines[first+n].Text) &&
		(n == 0 || lines[first+n].Text == nextYear(lines[first+n-1].Text)) {
		n++
	}
	if n < 2 {
		return lines
	}
	years := make([]string, n)
	for k := range years {
		years[k] = lines[first+k].Text
	}
	out := make([]sheettext.Line, 0, len(lines)-n+1)
	out = append(out, lines[:first]...)
	joined := lines[first]
	joined.Text = strings.Join(years, " ")
	out = append(out, joined)
	return append(out, lines[first+n:]...)
}

// nextYear returns the year after y (four digits).
func nextYear(y string) string {
	b := []byte(y)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return ""
}
