package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
)

// Labels of the table 活動・成果目標と実績. Row labels carry the unit in
// parentheses: 当初見込み∕目標値(件).
const (
	lbOcRowTarget label = "当初見込み∕目標値"
	lbOcRowActual label = "活動実績∕成果実績"
	lbOcRowRate   label = "達成率"
	lbOcTargetYr  label = "目標年度"
)

// Their spellings with / or ／ are matched by cutLabel.

// ocRow is a row of the table, in sheet order.
type ocRow int

const (
	ocRowTarget ocRow = iota // 当初見込み∕目標値
	ocRowActual              // 活動実績∕成果実績
	ocRowRate                // 達成率 (outcomes only)
	ocRowCount
)

// ocRows are the table's row labels, indexed by ocRow.
var ocRows = [ocRowCount]label{ocRowTarget: lbOcRowTarget, ocRowActual: lbOcRowActual, ocRowRate: lbOcRowRate}

// ocRowPos records the line of each row of a table, for Source.
type ocRowPos [ocRowCount]sheettext.Pos

// mark records target, actual and achievement_rate of n values of the
// indicator of node (a path such as "outcome.nodes[3]").
func (r *ocRowPos) mark(p *parser, node jpath, n int) {
	leaves := [ocRowCount]string{ocRowTarget: ".target", ocRowActual: ".actual", ocRowRate: ".achievement_rate"}
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
		if _, _, ok := ocRowLabel(lines[h:]); ok {
			break
		}
		h++
	}
	if h == 0 {
		p.errorAt(f.pos, lbOcTable, ErrMissing, "year header not found")
	}
	target := false
	for _, ln := range lines[:h] {
		var tokBuf [16]string
		for _, tok := range sheettext.AppendFields(tokBuf[:0], ln.Text) {
			if tok == string(lbOcTargetYr) {
				if target {
					p.errorAt(ln.Pos, lbOcTargetYr, ErrLayout, "目標年度 twice without a year")
				}
				target = true
				continue
			}
			y, err := num.ParseYear(tok)
			if err != nil {
				p.errorAt(ln.Pos, lbOcTable, ErrSyntax, "year header: %v", err)
				continue
			}
			ind.Values = append(ind.Values, outcome.Value{Year: y, IsTargetYear: target})
			target = false
		}
	}
	if target {
		p.errorAt(lines[h-1].Pos, lbOcTargetYr, ErrLayout, "目標年度 without the year it marks")
	}
	// the rows as printed: a row's label, then any lines of figure cells
	// that continue it (tablerows.go)
	var (
		arena  [32]string
		ends   [8]int
		kinds  [8]ocRow // the row of each printed row; -1: printed twice
		poss   [8]sheettext.Pos
		cellsB [8][]string
	)
	fr := figureRows{arena: arena[:0], ends: ends[:0]}
	rowK, rowP := kinds[:0], poss[:0]
	seen := [ocRowCount]bool{}
	units := [ocRowCount]string{}
	for i := h; i < len(lines); {
		k, n, ok := ocRowLabel(lines[i:])
		if !ok {
			var ext bool
			if fr, ext = fr.extend(lines[i].Text); ext {
				i++
				continue
			}
			p.errorAt(lines[i].Pos, lbOcTable, ErrLayout, "unknown row %q", lines[i].Text)
			i++
			continue
		}
		row := sheettext.JoinWrapped(lines[i : i+n])
		rowPos := lines[i].Pos
		i += n
		rl := ocRows[k]
		var cellsBuf [16]string
		if seen[k] {
			p.errorAt(rowPos, rl, ErrConflict, "row printed twice")
			if len(rowK) < len(kinds) {
				fr = fr.add(nil)
				rowK, rowP = append(rowK, -1), append(rowP, rowPos)
			}
			continue
		}
		seen[k] = true
		pos[k] = rowPos
		unit, rest := ocSplitUnit(row, rl)
		units[k] = unit
		fr = fr.add(sheettext.AppendFields(cellsBuf[:0], rest))
		rowK, rowP = append(rowK, k), append(rowP, rowPos)
	}
	// rows as slices of the arena, stored in the array itself: an append
	// or a store through a slice would move the arrays off the stack
	for i, e := range fr.ends {
		start := 0
		if i > 0 {
			start = fr.ends[i-1]
		}
		cellsB[i] = fr.arena[start:e:e] // into the array: it stays on the stack
	}
	printed := cellsB[:len(fr.ends)]
	cellRows := balanced(printed, len(ind.Values))
	for i, k := range rowK {
		rowPos, cells := rowP[i], cellRows[i]
		if k < 0 {
			continue
		}
		rl := ocRows[k]
		if len(cells) != len(ind.Values) {
			p.errorAt(rowPos, rl, ErrLayout, "%d values for %d years", len(cells), len(ind.Values))
		}
		for j := range ind.Values {
			if j >= len(cells) {
				break
			}
			v := &ind.Values[j]
			c := cells[j]
			switch k {
			case ocRowTarget:
				v.TargetRaw = c
				v.Target = p.ocNumber(c, rowPos, rl, v.Year)
			case ocRowActual:
				v.ActualRaw = c
				v.Actual = p.ocNumber(c, rowPos, rl, v.Year)
			case ocRowRate:
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
	for _, k := range []ocRow{ocRowTarget, ocRowActual} {
		if !seen[k] {
			p.errorAt(f.pos, ocRows[k], ErrMissing, "row not found in %s", lbOcTable)
		}
	}
	if !seen[ocRowRate] && kind.IsOutcome() {
		p.errorAt(f.pos, lbOcRowRate, ErrMissing, "row not found in the table of an outcome")
	}
	if seen[ocRowTarget] && seen[ocRowActual] && units[ocRowTarget] != units[ocRowActual] {
		p.errorAt(pos[ocRowActual], lbOcRowActual, ErrConflict, "unit (%s) differs from 当初見込み∕目標値 (%s)", units[ocRowActual], units[ocRowTarget])
	}
	ind.Unit = units[ocRowTarget]
	if !seen[ocRowTarget] {
		ind.Unit = units[ocRowActual]
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
		if _, _, ok := ocRowLabel(lines[i:]); ok {
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
		if _, _, ok := ocRowLabel(lines[i:]); ok {
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
			if tok != string(lbOcTargetYr) && !num.IsYearStart(tok) {
				return -1
			}
		}
		if _, _, ok := ocRowLabel([]sheettext.Line{{Text: t[i+1:]}}); ok {
			return i + 1
		}
	}
	return -1
}

// ocNumber reads a target or actual cell: "--" or "-" is nil; anything
// else must be a decimal ("1,234", "99.99", "△3").
func (p *parser) ocNumber(c string, pos sheettext.Pos, l label, year int) *float64 {
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

// maxRowLabelLines bounds how many lines a row label with a long unit
// may wrap over.
const maxRowLabelLines = 3

// ocRowLabel reports which row starts at lines[0] and how many lines its
// label (with the unit's closing parenthesis) spans.
func ocRowLabel(lines []sheettext.Line) (k ocRow, n int, ok bool) {
	for i, rl := range ocRows {
		k := ocRow(i)
		for _, sp := range ocSpellings(rl) {
			t := lines[0].Text
			rest, found := cutLabel(t, sp)
			if !found || !(strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（")) {
				continue
			}
			// the unit may wrap: find the closing parenthesis
			for n = 1; n <= maxRowLabelLines && n <= len(lines); n++ {
				if strings.ContainsAny(rest, ")）") {
					return k, n, true
				}
				if n < len(lines) {
					rest += lines[n].Text
				}
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// ocSplitUnit splits "当初見込み∕目標値(件) 1 1 1" into the unit "件" and
// the cells "1 1 1".
func ocSplitUnit(row string, rl label) (unit, rest string) {
	for _, sp := range ocSpellings(rl) {
		if r, ok := cutLabel(row, sp); ok {
			row = r
			break
		}
	}
	open := "("
	if strings.HasPrefix(row, "（") {
		open = "（"
	}
	row = strings.TrimPrefix(row, open)
	end := strings.IndexAny(row, ")）")
	if end < 0 {
		return sheettext.TrimSpace(row), ""
	}
	closeLen := 1
	if strings.HasPrefix(row[end:], "）") {
		closeLen = len("）")
	}
	return sheettext.TrimSpace(row[:end]), sheettext.TrimSpace(row[end+closeLen:])
}

// ocRowSpellings holds every spelling of the row labels.
var ocRowSpellings = func() map[label][]string {
	m := make(map[label][]string, len(ocRows))
	for _, rl := range ocRows {
		m[rl] = append([]string{string(rl)}, altSpellings(rl)...)
	}
	return m
}()

// ocSpellings returns the canonical and alternate spellings of a row label.
func ocSpellings(rl label) []string {
	if sp, ok := ocRowSpellings[rl]; ok {
		return sp
	}
	return append([]string{string(rl)}, altSpellings(rl)...)
}
