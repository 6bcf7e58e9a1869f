package linerules

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
)

// Rows of figure tables printed cell by cell. The figure tables of a
// sheet (予算額執行額表, 活動・成果目標と実績) print each row as its label
// and one cell per year on one line. pdftotext without -layout prints a
// row's cells as separate paragraphs instead, and its reading order may
// put a cell after the next row's label:
//
//	要求額                      当初予算          活動実績∕成果実績(団体数) -- 559
//	-- 408,000                  0 203,368         --
//	1,351,442 --                210,338           --
//	                            補正予算          -- 111.8 --
//	                            -- 3,050,000 --   --
//	                            ---               達成率(%)
//
// Two rules read them (one function each, applied by the table parsers):
//
//   - continuation (FigureCells): a line made only of figure cells — "--",
//     amounts, counts, rates — continues the row above it. A token "---"
//     is two "--" cells that pdftotext's de-hyphenation glued together
//     (see dehyphen.go).
//   - balance (balanceCells): when the table's rows hold exactly rows ×
//     columns cells but a row holds too few, the cells printed out of
//     place are moved: a short row takes the trailing "--" cells of the
//     nearest later row that has too many (only "--" moves that way: the
//     only cells seen printed after a later row are the blank last
//     column's), and a row with too many cells gives its trailing cells
//     to the short rows right after it (a row label printed after its
//     own cells: the 達成率 row above). Anything else stays as read, and
//     the table reports the row whose count is wrong.

// JoinCellRows is the continuation rule for rows that end in figure
// cells (a recipient's "name 支出額 法人番号", a contract's "支出額 入札者数
// 落札率 理由"): a line that is not a row (isRow false), followed by up to
// max lines that each hold one figure cell after a blank line, is joined
// with them when the result is a row. Lines are returned as they are
// when nothing joins.
func JoinCellRows(lines []sheettext.Line, max int, isRow func(string) bool) []sheettext.Line {
	var out []sheettext.Line // nil until a row joins
	for j := 0; j < len(lines); j++ {
		l := lines[j]
		if n := cellRowAt(lines, j, max, isRow); n > 0 {
			if out == nil {
				out = CopyBefore(lines, j)
			}
			for _, m := range lines[j+1 : j+1+n] {
				l.Text += " " + m.Text
			}
			j += n
		}
		if out != nil {
			out = append(out, l)
		}
	}
	return Rewritten(out, lines)
}

// cellRowAt reports how many one-cell lines after lines[j] complete it
// into a row under JoinCellRows, or 0.
func cellRowAt(lines []sheettext.Line, j, max int, isRow func(string) bool) int {
	// the cheap test first: a one-cell line after a break follows
	if j+1 >= len(lines) || !lines[j+1].Break {
		return 0
	}
	if n, ok := figureCellCount(lines[j+1].Text); !ok || n != 1 || isRow(lines[j].Text) {
		return 0
	}
	text := lines[j].Text
	for k := j + 1; k < len(lines) && k-j <= max && lines[k].Break; k++ {
		if n, ok := figureCellCount(lines[k].Text); !ok || n != 1 {
			return 0
		}
		text += " " + lines[k].Text
		if isRow(text) {
			return k - j
		}
	}
	return 0
}

// FigureCells appends the cells of t to dst if every token of t is a
// figure cell ("---" counting as two "--"; "-", which an indicator
// table prints for a rate it does not compute, counting as one), and
// reports whether it did.
func FigureCells(dst []string, t string) ([]string, bool) {
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], t)
	if len(toks) == 0 {
		return dst, false
	}
	for _, tok := range toks {
		if tok != "---" && tok != "-" && !IsFigureCell(tok) {
			return dst, false
		}
	}
	return AppendSplitTriple(dst, toks), true
}

// figureCellCount is FigureCells without the cells: how many, and
// whether the line is made of them. It allocates nothing.
func figureCellCount(t string) (int, bool) {
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], t)
	n := 0
	for _, tok := range toks {
		switch {
		case tok == "---":
			n += 2
		case tok == "-" || IsFigureCell(tok):
			n++
		default:
			return 0, false
		}
	}
	return n, n > 0
}

// AppendSplitTriple appends toks to dst, each "---" as two "--" cells.
func AppendSplitTriple(dst, toks []string) []string {
	for _, tok := range toks {
		if tok == "---" {
			dst = append(dst, num.Absent, num.Absent)
			continue
		}
		dst = append(dst, tok)
	}
	return dst
}

// FigureRows collects the rows of a figure table as printed, the cells
// of all rows in one backing array (a table parser passes arrays on its
// stack: reading a table allocates nothing in the usual case). Its
// methods return the updated value, which keeps those arrays on the
// stack.
type FigureRows struct {
	Arena []string
	Ends  []int // ends[i]: where row i ends in arena; it starts at ends[i-1]
}

// Add appends a row with the cells toks ("---" as two "--").
func (t FigureRows) Add(toks []string) FigureRows {
	t.Arena = AppendSplitTriple(t.Arena, toks)
	t.Ends = append(t.Ends, len(t.Arena))
	return t
}

// Extend appends the cells of a line of figure cells to the last row
// (the continuation rule) and reports whether the line was one.
func (t FigureRows) Extend(line string) (FigureRows, bool) {
	if len(t.Ends) == 0 {
		return t, false
	}
	more, ok := FigureCells(t.Arena, line)
	if !ok {
		return t, false
	}
	t.Arena = more
	t.Ends[len(t.Ends)-1] = len(t.Arena)
	return t, true
}

// balanced returns rows when each has n cells, else a copy of them
// balanced (balanceCells). The caller builds rows from a FigureRows
// itself (rows[i] = arena[ends[i-1]:ends[i]], capacity ending with the
// row): passed through a function, the arrays of the usual case would
// leave the caller's stack.
func Balanced(rows [][]string, n int) [][]string {
	even := true
	for _, r := range rows {
		even = even && len(r) == n
	}
	if even {
		return rows
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string(nil), r...)
	}
	balanceCells(out, n)
	return out
}

// balanceCells applies the balance rule to rows of a table of n columns.
func balanceCells(rows [][]string, n int) {
	total := 0
	for _, r := range rows {
		total += len(r)
	}
	if total != len(rows)*n {
		return
	}
	for i := 0; i < len(rows); i++ {
		for len(rows[i]) != n {
			if !balanceRow(rows, i, n) {
				return
			}
		}
	}
}

// balanceRow moves cells between rows[i] (whose count is wrong) and a
// later row, and reports whether it moved any.
func balanceRow(rows [][]string, i, n int) bool {
	if len(rows[i]) < n { // take trailing "--" from a later row with too many
		for k := i + 1; k < len(rows); k++ {
			if len(rows[k]) <= n {
				continue
			}
			last := rows[k][len(rows[k])-1]
			if last != num.Absent {
				return false
			}
			rows[k] = rows[k][:len(rows[k])-1]
			rows[i] = append(rows[i], last)
			return true
		}
		return false
	}
	// too many: the trailing cells belong to the short rows that follow
	k := i + 1
	if k >= len(rows) || len(rows[k]) >= n {
		return false
	}
	m := min(len(rows[i])-n, n-len(rows[k]))
	moved := rows[i][len(rows[i])-m:]
	rows[k] = append(append(make([]string, 0, n), moved...), rows[k]...)
	rows[i] = rows[i][:len(rows[i])-m]
	return true
}

// OnlyDashes reports whether lines hold nothing but "--" cells. An empty
// table ("-- -- --") or an absent cell printed by pdftotext without
// -layout may have some of its "--" cells moved past the next heading
// (its reading order): where the input shows pdftotext's marks
// (parser.lostDash), a table body or a free-text cell of "--" cells only
// is read as empty, whatever their count; no figure is at stake.
func OnlyDashes(lines []sheettext.Line) bool {
	if len(lines) == 0 {
		return false
	}
	for _, l := range lines {
		var buf [16]string
		for _, c := range sheettext.AppendFields(buf[:0], l.Text) {
			if c != num.Absent {
				return false
			}
		}
	}
	return true
}

// CopyBefore starts the rewritten copy of lines at line i: the lines
// before i, with room to grow. Rules that rewrite lines copy only once
// they change something (see rewritten).
func CopyBefore(lines []sheettext.Line, i int) []sheettext.Line {
	return append(make([]sheettext.Line, 0, len(lines)+16), lines[:i]...)
}

// Rewritten returns out, the copy a rule made, or lines when it changed
// nothing (out is nil).
func Rewritten(out, lines []sheettext.Line) []sheettext.Line {
	if out == nil {
		return lines
	}
	return out
}

// RewriteBlocks is the loop of the rules that rewrite whole blocks of
// lines: at(lines, i) returns the block starting at lines[i] as it must
// read and the index of the first line after it, or nil where no block
// starts. Lines outside the blocks are kept; lines is returned itself
// when nothing was rewritten (Rewritten).
func RewriteBlocks(lines []sheettext.Line, at func([]sheettext.Line, int) ([]sheettext.Line, int)) []sheettext.Line {
	var out []sheettext.Line // nil until a block is rewritten
	for i := 0; i < len(lines); i++ {
		moved, next := at(lines, i)
		if moved == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		out = append(out, moved...)
		i = next - 1
	}
	return Rewritten(out, lines)
}
