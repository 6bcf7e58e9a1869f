package reviewsheet

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Their spellings with / or ／ are matched by cutLabel.

// ocRowPos records the line of each row of a table, for Source.
type ocRowPos [label.OcRowCount]sheettext.Pos

// mark records target, actual and achievement_rate of n values of the
// indicator of node (a path such as "outcome.nodes[3]").
func (r *ocRowPos) mark(p *parser, node jpath, n int) {
	leaves := [label.OcRowCount]string{label.OcTargetRow: ".target", label.OcActualRow: ".actual", label.OcRateRow: ".achievement_rate"}
	for j := 0; j < n; j++ {
		v := node.at(".indicator.values", j)
		for k, leaf := range leaves {
			p.markAt(v, leaf, r[k])
		}
	}
}

// parseOcTable reads 活動・成果目標と実績: a year header (possibly wrapped;
// 目標年度 marks the year after it), then 当初見込み∕目標値(unit),
// 活動実績∕成果実績(unit) and, for outcomes, 達成率(%), one cell per year.
func (p *parser) parseOcTable(f *field, kind outcome.Kind, pos *ocRowPos) *outcome.Indicator {
	ind := &outcome.Indicator{Values: []outcome.Value{}}
	lines := splitHeaderBeside(f.content())
	// the header runs up to the first row label
	h := 0
	for h < len(lines) {
		if _, _, ok := label.OcRowLabel(lines[h:]); ok {
			break
		}
		h++
	}
	if h == 0 {
		p.errorAt(f.pos, label.OcTable, ErrMissing, "year header not found")
	}
	target := false
	for _, ln := range lines[:h] {
		var tokBuf [16]string
		for _, tok := range sheettext.AppendFields(tokBuf[:0], ln.Text) {
			if tok == string(label.OcTargetYr) {
				if target {
					p.errorAt(ln.Pos, label.OcTargetYr, ErrLayout, "目標年度 twice without a year")
				}
				target = true
				continue
			}
			y, err := num.ParseYear(tok)
			if err != nil {
				p.errorAt(ln.Pos, label.OcTable, ErrSyntax, "year header: %v", err)
				continue
			}
			ind.Values = append(ind.Values, outcome.Value{Year: y, IsTargetYear: target})
			target = false
		}
	}
	if target {
		p.errorAt(lines[h-1].Pos, label.OcTargetYr, ErrLayout, "目標年度 without the year it marks")
	}
	// the rows as printed: a row's label, then any lines of figure cells
	// that continue it (tablerows.go)
	var (
		arena  [32]string
		ends   [8]int
		kinds  [8]label.OcRow // the row of each printed row; -1: printed twice
		poss   [8]sheettext.Pos
		cellsB [8][]string
	)
	fr := linerules.FigureRows{Arena: arena[:0], Ends: ends[:0]}
	rowK, rowP := kinds[:0], poss[:0]
	seen := [label.OcRowCount]bool{}
	units := [label.OcRowCount]string{}
	for i := h; i < len(lines); {
		k, n, ok := label.OcRowLabel(lines[i:])
		if !ok {
			var ext bool
			if fr, ext = fr.Extend(lines[i].Text); ext {
				i++
				continue
			}
			p.errorAt(lines[i].Pos, label.OcTable, ErrLayout, "unknown row %q", lines[i].Text)
			i++
			continue
		}
		row := p.text.JoinWrapped(lines[i : i+n])
		rowPos := lines[i].Pos
		i += n
		rl := label.OcRows[k]
		var cellsBuf [16]string
		if seen[k] {
			p.errorAt(rowPos, rl, ErrConflict, "row printed twice")
			if len(rowK) < len(kinds) {
				fr = fr.Add(nil)
				rowK, rowP = append(rowK, -1), append(rowP, rowPos)
			}
			continue
		}
		seen[k] = true
		pos[k] = rowPos
		unit, rest := label.OcSplitUnit(row, rl)
		units[k] = unit
		fr = fr.Add(sheettext.AppendFields(cellsBuf[:0], rest))
		rowK, rowP = append(rowK, k), append(rowP, rowPos)
	}
	// rows as slices of the arena, stored in the array itself: an append
	// or a store through a slice would move the arrays off the stack
	for i, e := range fr.Ends {
		start := 0
		if i > 0 {
			start = fr.Ends[i-1]
		}
		cellsB[i] = fr.Arena[start:e:e] // into the array: it stays on the stack
	}
	printed := cellsB[:len(fr.Ends)]
	cellRows := linerules.Balanced(printed, len(ind.Values))
	for i, k := range rowK {
		rowPos, cells := rowP[i], cellRows[i]
		if k < 0 {
			continue
		}
		rl := label.OcRows[k]
		if len(cells) != len(ind.Values) {
			// which year a cell is printed for is not known: none is read
			p.errorAt(rowPos, rl, ErrLayout, "%d values for %d years", len(cells), len(ind.Values))
			continue
		}
		for j := range ind.Values {
			v := &ind.Values[j]
			c := cells[j]
			switch k {
			case label.OcTargetRow:
				v.TargetRaw = c
				v.Target = p.ocNumber(c, rowPos, rl, v.Year)
			case label.OcActualRow:
				v.ActualRaw = c
				v.Actual = p.ocNumber(c, rowPos, rl, v.Year)
			case label.OcRateRow:
				v.AchievementRateRaw = c
				if c != "-" {
					r, err := num.ParsePercent(c)
					if err != nil {
						p.errorAt(rowPos, rl, ErrSyntax, "%d: %v", v.Year, err)
					}
					v.AchievementRate = r
				}
			}
		}
	}
	for _, k := range []label.OcRow{label.OcTargetRow, label.OcActualRow} {
		if !seen[k] {
			p.errorAt(f.pos, label.OcRows[k], ErrMissing, "row not found in %s", label.OcTable)
		}
	}
	if !seen[label.OcRateRow] && kind.IsOutcome() {
		p.errorAt(f.pos, label.OcRowRate, ErrMissing, "row not found in the table of an outcome")
	}
	if seen[label.OcTargetRow] && seen[label.OcActualRow] && units[label.OcTargetRow] != units[label.OcActualRow] {
		p.errorAt(pos[label.OcActualRow], label.OcRowActual, ErrConflict, "unit (%s) differs from 当初見込み∕目標値 (%s)", units[label.OcActualRow], units[label.OcTargetRow])
	}
	ind.Unit = units[label.OcTargetRow]
	if !seen[label.OcTargetRow] {
		ind.Unit = units[label.OcActualRow]
	}
	return ind
}

// splitHeaderBeside splits lines that hold a piece of the year header
// and, beside it, a row ("目標年度 当初見込み∕目標値(地域) 47", "2025年度
// 活動実績∕成果実績(地域) --": layout text of a table whose header column
// stands to the left of its rows) into the header piece and the row, the
// header pieces first. Lines are returned as they are when none does.
func splitHeaderBeside(lines []sheettext.Line) []sheettext.Line {
	// the usual case, checked first without allocating: the rows start
	// their lines
	some := false
	for i, ln := range lines {
		if _, _, ok := label.OcRowLabel(lines[i:]); ok {
			break
		}
		if rowLabelInside(ln.Text) >= 0 {
			some = true
			break
		}
	}
	if !some {
		return lines
	}
	var heads, rows []sheettext.Line
	split := false
	for i, ln := range lines {
		if _, _, ok := label.OcRowLabel(lines[i:]); ok {
			rows = append(rows, ln)
			continue
		}
		k := rowLabelInside(ln.Text)
		if k < 0 {
			if len(rows) > 0 { // after the rows: leave the rest as it is
				rows = append(rows, lines[i:]...)
				break
			}
			heads = append(heads, ln)
			continue
		}
		split = true
		heads = append(heads, sheettext.Line{Text: sheettext.TrimSpace(ln.Text[:k]), Pos: ln.Pos, Break: ln.Break, Page: ln.Page})
		rows = append(rows, sheettext.Line{Text: ln.Text[k:], Pos: ln.Pos + sheettext.Pos(k)})
	}
	if !split {
		return lines
	}
	return append(heads, rows...)
}

// rowLabelInside returns the byte offset of a row label that starts a
// token after the first one of t, when every token before it is a year
// or 目標年度; else -1.
func rowLabelInside(t string) int {
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		var buf [16]string
		for _, tok := range sheettext.AppendFields(buf[:0], t[:i]) {
			if tok != string(label.OcTargetYr) && !num.IsYearStart(tok) {
				return -1
			}
		}
		if _, _, ok := label.OcRowLabel([]sheettext.Line{{Text: t[i+1:]}}); ok {
			return i + 1
		}
	}
	return -1
}

// ocNumber reads a target or actual cell: "--" or "-" is nil; anything
// else must be a decimal ("1,234", "99.99", "△3").
func (p *parser) ocNumber(c string, pos sheettext.Pos, l label.Label, year int) *float64 {
	if c == absent || c == "-" {
		return nil
	}
	f, err := num.ParseDecimal(c)
	if err != nil {
		p.errorAt(pos, l, ErrSyntax, "%d: %q is not a number", year, c)
		return nil
	}
	return &f
}
