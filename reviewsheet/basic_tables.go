package reviewsheet

import (
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// row is one table row read from lines: its cells and where it starts.
type row struct {
	pos   sheettext.Pos
	cells []string
}

// tableRows reads rows of n space-separated cells. A row whose cells wrap
// onto the next line is rejoined: the first token of the next line
// continues the last cell (the sheet wraps cells by width, so no space is
// inserted). A row with too few cells followed, after a blank line, by a
// line holding exactly the missing cells is one row printed a paragraph
// per cell (pdftotext without -layout): "内閣府", blank, "１２孤独・孤立対策
// １７… --". A row with more cells than the header is a layout error.
//
// The rows are appended to rows (a caller's array: they are read, not
// kept).
func (p *parser) tableRows(rows []row, lines []sheettext.Line, n int, l label.Label) []row {
	for i := 0; i < len(lines); i++ {
		cells := p.keepFields(lines[i].Text) // kept in the row
		start := lines[i].Pos
		for len(cells) < n && i+1 < len(lines) && !lines[i+1].Break {
			var nextBuf [16]string
			next := sheettext.AppendFields(nextBuf[:0], lines[i+1].Text)
			cells[len(cells)-1] = p.text.Concat(cells[len(cells)-1], next[0])
			cells = append(cells, next[1:]...)
			i++
		}
		for len(cells) < n && i+1 < len(lines) && lines[i+1].Break {
			next := sheettext.Fields(lines[i+1].Text)
			if len(cells)+len(next) != n {
				break
			}
			cells = append(cells, next...)
			i++
		}
		if len(cells) != n {
			p.errorAt(start, l, ErrLayout, "row has %d cells, the table has %d columns", len(cells), n)
			if len(cells) < n && p.lostDash() {
				// default-mode text: the row's cells are not known to be
				// its own and in its columns' order (pdfminer read 2025 and
				// 事業区分 as rows of 政策・施策); not read
				continue
			}
			if len(cells) > n { // keep everything: the surplus goes to the last cell
				cells = append(cells[:n-1], p.text.Join(cells[n-1:], " "))
			}
			for len(cells) < n {
				cells = append(cells, absent)
			}
		}
		rows = append(rows, row{pos: start, cells: cells})
	}
	return rows
}

// tableBody checks that a table field starts with its column header
// (inline, on the first line, or a word a line: headerWordLines) and
// returns the lines after it. A header not found is an error; when its
// words stand among the lines (headerWordAmong) no row is read, else the
// lines are read as rows.
func (p *parser) tableBody(f *field, header []string) []sheettext.Line {
	// the header inline (the usual case) or on the first line: the
	// lines after it are the field's own, no copy
	if f.inline != "" && isJoined(f.inline, header, " ") {
		return f.lines
	}
	if f.inline == "" && len(f.lines) > 0 && isJoined(f.lines[0].Text, header, " ") {
		return f.lines[1:]
	}
	lines := f.content()
	if headerWordLines(lines, header) {
		return lines[len(header):]
	}
	if at, ok := headerWordAmong(lines, header); ok {
		p.errorAt(at, f.spec.L, ErrLayout, "table header %q not found, its words among the lines: rows not read", strings.Join(header, " "))
		return nil
	}
	p.errorAt(f.pos, f.spec.L, ErrLayout, "table header %q not found", strings.Join(header, " "))
	return lines
}

// headerWordLines reports a table header printed a word a line (mutool,
// PyMuPDF: 補助対象 / 補助率 / 補助上限等 / 補助率URL): the first lines are
// the header's words, in order, one each.
func headerWordLines(lines []sheettext.Line, header []string) bool {
	if len(lines) < len(header) {
		return false
	}
	for i, w := range header {
		if lines[i].Text != w {
			return false
		}
	}
	return true
}

// headerWordAmong returns the first line, of a table whose header was not
// found, made of the header's words only ("法令名", "計画・通知名 計画・通知等URL",
// "政策体系・評価書"): the header printed among the rows, out of its order
// or column by column (pdfminer), so the lines are not rows in the
// header's column order and none is read (before, "法令名" was read as a
// law and "政策所管" as a policy's 政策所管).
func headerWordAmong(lines []sheettext.Line, header []string) (sheettext.Pos, bool) {
	for _, l := range lines {
		var buf [16]string
		words := sheettext.AppendFields(buf[:0], l.Text)
		if len(words) == 0 {
			continue
		}
		all := true
		for _, w := range words {
			if !isHeaderWord(w, header) {
				all = false
				break
			}
		}
		if all {
			return l.Pos, true
		}
	}
	return sheettext.NoPos, false
}

// isHeaderWord reports whether w is one of header's words, or a part of
// one wrapped at a line end ("政策体系・評価書" of 政策体系・評価書URL) of
// at least two characters that no cell is: a header word's start.
func isHeaderWord(w string, header []string) bool {
	for _, h := range header {
		if w == h || (len(w) >= 6 && strings.HasPrefix(h, w)) {
			return true
		}
	}
	return false
}

// isJoined reports whether s is strings.Join(parts, sep), without
// building the joined string.
func isJoined(s string, parts []string, sep string) bool {
	for i, x := range parts {
		if i > 0 {
			if !strings.HasPrefix(s, sep) {
				return false
			}
			s = s[len(sep):]
		}
		if !strings.HasPrefix(s, x) {
			return false
		}
		s = s[len(x):]
	}
	return s == ""
}

// isAbsentRow reports whether every cell of a line is "--": the sheet's
// way of printing an empty table.
func isAbsentRow(lines []sheettext.Line) bool {
	if len(lines) != 1 {
		return false
	}
	var tokBuf [16]string
	for _, c := range sheettext.AppendFields(tokBuf[:0], lines[0].Text) {
		if c != absent {
			return false
		}
	}
	return true
}

func (p *parser) parsePolicies(f *field) []Policy {
	body := p.tableBody(f, label.PolicyHeader)
	if len(body) == 0 || isAbsentRow(body) {
		return nil
	}
	var rowBuf [8]row
	rows := p.tableRows(rowBuf[:0], body, len(label.PolicyHeader), label.Policies)
	var out []Policy // nil without rows, as before
	if len(rows) > 0 {
		out = make([]Policy, 0, len(rows))
	}
	for i, r := range rows {
		out = append(out, Policy{Owner: r.cells[0], Policy: p.optText(r.cells[1]), Measure: p.optText(r.cells[2]), URL: p.optText(r.cells[3])})
		p.markAt(jp("policies", i), "", r.pos)
	}
	return out
}

func (p *parser) parseLaws(f *field) []Law {
	body := p.tableBody(f, label.LawHeader)
	if len(body) == 0 || isAbsentRow(body) {
		return nil
	}
	var rowBuf [8]row
	rows := p.tableRows(rowBuf[:0], body, len(label.LawHeader), label.Laws)
	var out []Law // nil without rows, as before
	if len(rows) > 0 {
		out = make([]Law, 0, len(rows))
	}
	for i, r := range rows {
		out = append(out, Law{Name: r.cells[0], Number: p.optText(r.cells[1]), Article: p.optText(r.cells[2]), Paragraph: p.optText(r.cells[3]), Item: p.optText(r.cells[4])})
		p.markAt(jp("laws", i), "", r.pos)
	}
	return out
}

// parsePlans reads 関係する計画・通知等: each row is a name (possibly
// wrapped) followed by its URL (possibly wrapped) or "--".
func (p *parser) parsePlans(f *field) []Plan {
	body := p.tableBody(f, label.PlanHeader)
	if len(body) == 0 || isAbsentRow(body) {
		return nil
	}
	var out []Plan
	for i := 0; i < len(body); {
		start := i
		for i < len(body) && !sheettext.IsURLStart(body[i].Text) && body[i].Text != absent && !strings.HasSuffix(body[i].Text, " "+absent) {
			i++
		}
		var name string
		var url *string
		switch {
		case i == len(body):
			p.errorAt(body[start].Pos, label.Plans, ErrLayout, "計画・通知名 without a URL or --")
			name = p.text.JoinWrapped(body[start:])
		case strings.HasSuffix(body[i].Text, " "+absent): // "name --" on one line
			name = p.text.JoinWrapped(append(append([]sheettext.Line(nil), body[start:i]...), sheettext.Line{Text: strings.TrimSuffix(body[i].Text, " "+absent)}))
			i++
		case body[i].Text == absent:
			name = p.text.JoinWrapped(body[start:i])
			i++
		default:
			u, n := p.text.TakeURL(body[i:])
			url = p.keepString(u)
			if i == start { // a URL cannot stand without its name
				p.errorAt(body[i].Pos, label.Plans, ErrLayout, "URL without a 計画・通知名")
			}
			name = p.text.JoinWrapped(body[start:i])
			i += n
		}
		if w, ok := label.StrayHeaderWord(name); ok { // cells of another row or table in its lines
			p.errorAt(body[start].Pos, label.Plans, ErrLayout, "計画・通知名 %q holds the header word %s: cells out of place, row not read", name, w)
			continue // (before, the name was kept with the header word in it)
		}
		p.warnURLHyphen(url, body[start].Pos, label.Plans, "plans", len(out))
		p.markAt(jp("plans", len(out)), "", body[start].Pos)
		out = append(out, Plan{Name: name, URL: url})
	}
	return out
}

// parseSubsidies reads 補助率等. Each row is 補助対象, 補助率, 補助上限等 and a
// URL (or --). When the cells wrap, the extraction prints each cell as a
// block of lines separated by a blank line; the row ends with its URL. A
// row whose cells stand on one line is split on spaces (by the shape of
// values when that gives more than three: splitSubsidyTokens), and its
// URL may stand below it (oneLineRowBeforeURL). A row whose 補助対象 wraps
// and whose other cells stand on one line after it is split there
// (splitWrappedTargetRow). A row that can be
// split neither way is a layout error (its text is kept in Rate).
func (p *parser) parseSubsidies(f *field) []Subsidy {
	body := p.tableBody(f, label.SubsidyHeader)
	if len(body) == 0 || isAbsentRow(body) || (p.lostDash() && linerules.OnlyDashes(body)) { // ("--" cells a paragraph each)
		return nil
	}
	var out []Subsidy
	outOfOrder := 0 // the cells of the row that showed the table out of row order
	for i := 0; i < len(body); {
		start := i
		// the row runs up to and including its URL; a lone "--" standing
		// as its own cell (after a blank line) before the row has its
		// three cells is an absent 補助率 or 補助上限等, not the URL
		if oneLineRowBeforeURL(body, start) {
			i++
		} else {
			for i < len(body) && ((!sheettext.IsURLStart(body[i].Text) && !endsWithAbsentURL(body[i].Text)) || absentCell(body[start:i+1])) {
				i++
			}
		}
		var url *string
		cellLines := body[start:i]
		if i < len(body) {
			if sheettext.IsURLStart(body[i].Text) {
				u, n := p.text.TakeURL(body[i:])
				url = p.keepString(u)
				i += n
			} else { // "... --": the URL cell is absent
				last := body[i]
				last.Text = strings.TrimSuffix(strings.TrimSuffix(last.Text, absent), " ")
				cellLines = append(append([]sheettext.Line(nil), body[start:i]...), last)
				if last.Text == "" {
					cellLines = cellLines[:len(cellLines)-1]
				}
				i++
			}
		} else {
			p.errorAt(body[start].Pos, label.Subsidies, ErrLayout, "row does not end with a 補助率URL or --")
		}
		cells := splitCells(cellLines)
		if len(cells) == 0 {
			p.errorAt(body[start].Pos, label.Subsidies, ErrLayout, "row without 補助対象")
			continue
		}
		if len(cells) != 3 {
			if wrapped, ok := splitWrappedTargetRow(cellLines); ok {
				cells = wrapped
			} else if byShape, ok := splitSubsidyByShape(cellLines); ok {
				cells = byShape
			} else if byShape, ok := splitSubsidyTokens(cellLines); ok {
				cells = byShape
			} else if len(cells) == 1 && len(cellLines) > 1 && !cellLines[1].Break {
				// no boundary at all: 補助対象 is the first line
				cells = []cell{newCell(cellLines[:1]), newCell(cellLines[1:])}
			}
		}
		// a row of more than three cells apart (blank lines between):
		// cells of other rows printed among its own, the table printed
		// column by column (pdfminer, mutool). Of that row only 補助対象
		// (its first cell) is read; the rows after it would read another
		// column's text as their 補助対象, so they are not read at all.
		if outOfOrder > 0 {
			p.errorAt(body[start].Pos, label.Subsidies, ErrLayout, "row after a row of %d cells: the table's cells are printed out of row order", outOfOrder)
			continue
		}
		if g := cellGroups(cellLines); g > 3 {
			outOfOrder = g
			p.errorAt(body[start].Pos, label.Subsidies, ErrLayout, "row of %d cells where 3 are expected: cells of other rows among its own; 補助率 and 補助上限等 not read", g)
			if len(cells[0].lines) == 1 { // a 補助対象 of several lines may hold the 補助率 (below)
				p.warnURLHyphen(url, body[start].Pos, label.Subsidies, "subsidy_rates", len(out))
				p.markAt(jp("subsidy_rates", len(out)), "", body[start].Pos)
				out = append(out, Subsidy{Target: cells[0].text(), URL: url})
			}
			continue
		}
		// cells set apart by blank lines, but not three, the first of
		// several lines: 補助対象 printed with the 補助率 below it, no
		// blank line between (mutool), and no shape said where it ends.
		// Its lines joined would read another column's text as the
		// 補助対象, and the next cell as the 補助率: the row is not read.
		// (Without any blank line in the row the first line is the
		// 補助対象, above.)
		if len(cells) != 3 && len(cells[0].lines) > 1 && cellGroups(cellLines) > 1 {
			p.errorAt(body[start].Pos, label.Subsidies, ErrLayout, "補助対象 of %d lines printed with the next cell: cannot tell where it ends", len(cells[0].lines))
			continue
		}
		s := Subsidy{Target: cells[0].text(), URL: url}
		switch len(cells) {
		case 3:
			s.Rate, s.Cap = p.optText(cells[1].text()), p.optText(cells[2].text())
			s.RateLines, s.CapLines = cells[1].lines, cells[2].lines
		default:
			// Text, not a figure: keep it joined in 補助率, leave 補助上限等
			// absent and say so.
			p.warnAt(body[start].Pos, label.Subsidies, "subsidy_rates["+strconv.Itoa(len(out))+"].rate", WarnUnsplitCell,
				"cannot tell 補助率 from 補助上限等 (%d cells where 3 are expected): the text is kept in 補助率", len(cells))
			var all cell
			for _, c := range cells[1:] {
				all.lines = append(all.lines, c.lines...)
			}
			s.Rate, s.RateLines = p.optText(all.text()), all.lines
		}
		p.warnURLHyphen(url, body[start].Pos, label.Subsidies, "subsidy_rates", len(out))
		p.markAt(jp("subsidy_rates", len(out)), "", body[start].Pos)
		out = append(out, s)
	}
	return out
}

// oneLineRowBeforeURL reports a row printed on one line — its line holds
// three or more cells, split on spaces — whose URL stands below it, after
// a break (a PDF's extraction prints a wrapped URL cell as a block of its
// own). The URL is that row's: no row begins with a URL (補助対象 never is
// one), so neither a last "--" on the line ("-- -- --": absent 補助率 and
// 補助上限等, not an absent URL) nor the count of cells by blank lines
// makes the URL a cell or the start of the next row.
func oneLineRowBeforeURL(body []sheettext.Line, start int) bool {
	return start+1 < len(body) && body[start+1].Break && sheettext.IsURLStart(body[start+1].Text) &&
		!sheettext.IsURLStart(body[start].Text) && linerules.CountFields(body[start].Text) >= 3
}

// cellGroups counts the cells of a 補助率等 row's lines that blank lines
// set apart.
func cellGroups(lines []sheettext.Line) int {
	n := 0
	for i, l := range lines {
		if i == 0 || l.Break {
			n++
		}
	}
	return n
}

func endsWithAbsentURL(s string) bool { return s == absent || strings.HasSuffix(s, " "+absent) }

// absentCell reports whether the last of lines is a lone "--" cell, or
// a cell starting with a URL, of a 補助率等 row whose cells stand apart
// (blank lines between them) and which has fewer than three cells before
// it: 補助対象, 補助率 or 補助上限等 printed as "--" or holding a URL, with
// the row's own URL still to come.
func absentCell(lines []sheettext.Line) bool {
	n := len(lines) - 1
	url := sheettext.IsURLStart(lines[n].Text)
	if (lines[n].Text != absent && !url) || (n > 0 && !lines[n].Break) {
		return false
	}
	if n == 0 { // the row starts with it: 補助対象 "--"
		return !url
	}
	cells := 1
	for _, l := range lines[1:n] {
		if l.Break {
			cells++
		}
	}
	if cells == 2 {
		// 補助対象 and 補助率 on one line, then a wrapped 補助上限等, or
		// (before a URL) a wrapped 補助対象, then 補助率 and 補助上限等 on
		// one line: three cells, as the PDF path prints a row whose
		// one-line cells share a line, so the "--" or URL is the row's.
		// Not for a "--" after a wrapped 補助対象 and a one-line cell: a
		// 補助率 with a space printed cell by cell ("1/2 、2/3、10/10",
		// then 補助上限等 "--": 2024-002162) is that shape too; the URL
		// of such a row would start the next row, which is an error there.
		if _, ok := splitWrappedTargetRow(lines[:n]); (ok && url) || twoCellsFirst(lines[:n]) {
			return false
		}
	}
	return cells < 3
}

// twoCellsFirst reports a 補助率等 row whose first line, a group of its
// own, holds two tokens, the second a rate: 補助対象 and 補助率 printed
// on one line ("自治体情報システムの標準化・共通化 国費10/10"; a 補助対象
// with a space, "民間 団体", has no rate after it).
func twoCellsFirst(lines []sheettext.Line) bool {
	if len(lines) < 2 || !lines[1].Break {
		return false
	}
	first, rest, ok := strings.Cut(lines[0].Text, " ")
	return ok && first != "" && rest != "" && !strings.Contains(rest, " ") && linerules.HasRate(rest) && !linerules.HasRate(first)
}

// splitCells groups lines into cells at blank-line breaks; when that gives
// fewer than three cells, the first line's space-separated tokens are
// cells of their own ("民間団体 2/3 1交付事業者につき6,000千円"); on a row of
// one line whose second token is a rate and the third not, the tokens
// after the rate are one cell. The groups are found on the stack and the
// lines of all cells share one array.
func splitCells(lines []sheettext.Line) []cell {
	var startBuf [8]int
	starts := startBuf[:0] // the first line of each group
	for i, l := range lines {
		if i == 0 || l.Break {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 {
		return nil
	}
	group := func(k int) []sheettext.Line {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		return lines[starts[k]:end]
	}
	if len(starts) >= 3 {
		texts := make([]string, 0, len(lines))
		cells := make([]cell, len(starts))
		for k := range starts {
			cells[k] = cellIn(&texts, group(k))
		}
		return cells
	}
	// split the first line on spaces
	var tokBuf [16]string
	toks := sheettext.AppendFields(tokBuf[:0], lines[0].Text)
	if len(toks) > 3 && len(starts) == 1 && linerules.HasRate(toks[1]) && !linerules.HasRate(toks[2]) {
		// a one-line row whose 補助上限等 holds spaces (a producer that
		// spaces digits from kana: "2/3 1 交付事業者につき 6,000 千円"):
		// 補助対象, the 補助率 of one token, then the rest
		toks = append(toks[:2], strings.Join(toks[2:], " "))
	}
	texts := make([]string, 0, len(lines)+len(toks))
	cells := make([]cell, 0, len(toks)+len(starts)-1)
	first := group(0)
	for i, tok := range toks {
		t := len(texts)
		texts = append(texts, tok)
		if i == len(toks)-1 { // the last token's cell goes on with the group's other lines
			for _, l := range first[1:] {
				texts = append(texts, l.Text)
			}
		}
		cells = append(cells, cell{lines: texts[t:len(texts):len(texts)]})
	}
	for k := 1; k < len(starts); k++ {
		cells = append(cells, cellIn(&texts, group(k)))
	}
	return cells
}

// cellIn appends the texts of g to *texts and returns them as a cell.
func cellIn(texts *[]string, g []sheettext.Line) cell {
	t := len(*texts)
	for _, l := range g {
		*texts = append(*texts, l.Text)
	}
	return cell{lines: (*texts)[t:len(*texts):len(*texts)]}
}

// cell is a grid cell: its lines as printed.
type cell struct{ lines []string }

func newCell(g []sheettext.Line) cell {
	c := cell{lines: make([]string, len(g))}
	for i, l := range g {
		c.lines[i] = l.Text
	}
	return c
}

// text joins the wrapped lines without separator.
func (c cell) text() string { return strings.Join(c.lines, "") }
