package sheettext

import (
	"strings"
	"unicode/utf8"
)

// Side-by-side cells in layout text. `pdftotext -layout` and other
// extractors that keep the page geometry print a table row whose cells
// wrap as one physical line per wrapped line, the cells side by side and
// apart by runs of spaces:
//
//	都道府県      地方版孤独・孤立対策官民連携プラ   地方版孤独・孤立対策官民連携プラ   https://www.cao.go.jp/kodoku_kori
//	              ットフォーム構築事業及び基盤整備   ットフォーム構築事業及び基盤整備   tsu/torikumi/kouhukin/r07/pdf/kou
//	              事業：1/2                          事業：1都道府県につき4,000千円     huyoukou.pdf
//	              …                                  …
//
// Reading such lines one after the other interleaves the cells. Columns
// recovers them from character positions: a paragraph (lines between
// blank lines or page breaks) whose first line has two or more segments
// (text apart by two or more spaces or a tab) and whose other lines are
// indented, every segment starting exactly at a segment start of the
// first line, is a grid row. (A table whose rows follow each other
// without blank lines, a label spanning rows on the left, is not: its
// lines are rows of their own.) Its cells are
// returned column by column, each cell's lines in order, every cell after
// the first starting with a Break, as an extraction that prints one cell
// after the other writes them. Positions are those of the segments.
//
// A grid of boxes is read the same way: a line of three or more
// segments that all stand indented (boxes side by side, such as the
// 効果発現経路 diagram as LibreOffice lays it out), then lines whose
// segments all start at its columns, up to a blank line or page break:
//
//	                   101: アクティビティ     201: アウトプット     305: 短期アウトカム
//	                   孤独・孤立の実態把握に  孤独・孤立の実態の把  地方版孤独・孤立対策
//	                   全国調査                                      プラットフォームが整
//	                   104: アクティビティ     203: アウトプット     302: 短期アウトカム
//	                   …
//
// Each column is returned as one cell, top to bottom. Such a grid may
// start right under a line of text (no blank line before it), and its
// boxes may be staggered (each box of a row a line lower than the one
// to its left): the run of indented lines is a grid when one of its
// lines is a row of three or more boxes and every segment of the run
// starts at one of that line's columns.
//
// Right under its table's column header — a line whose first segment
// starts the line and whose other segments start exactly at the row's
// columns, as in "補助率等  補助対象  補助率  補助上限等  補助率 URL" — such
// a line is one row of the table, not a grid of boxes: the row ends
// before the next line that fills its first column (the next row, read
// the same way when its segments start at the same columns), or at a
// line of another shape; the rows follow one another without blank
// lines.
//
// Positions are counted in characters (runes), as such extractors lay
// out their grid. Lines that do not form a grid row are returned as they
// are; so is the whole input when no line has a run of two spaces.

// segment is a run of text of a line between gutters.
type segment struct {
	col  int // rune column of its first character
	off  int // byte offset in the line
	text string
}

// segments splits t at runs of two or more spaces or at tabs.
func segments(dst []segment, t string) []segment {
	col, start, startCol := 0, -1, 0
	spaces := 0
	for i := 0; i < len(t); {
		c := t[i]
		if c == ' ' || c == '\t' {
			spaces++
			if c == '\t' {
				spaces += 2
			}
			i++
			col++
			continue
		}
		if start >= 0 && spaces >= 2 {
			dst = append(dst, segment{col: startCol, off: start, text: trimRightString(t[start:i])})
			start = -1
		}
		if start < 0 {
			start, startCol = i, col
		}
		spaces = 0
		_, n := utf8.DecodeRuneInString(t[i:])
		i += n
		col++
	}
	if start >= 0 {
		dst = append(dst, segment{col: startCol, off: start, text: trimRightString(t[start:])})
	}
	return dst
}

// hasGutter reports whether t has a gutter as segments sees one: a run
// of two or more spaces, or a tab.
func hasGutter(t string) bool {
	return strings.IndexByte(t, '\t') >= 0 || strings.Contains(t, "  ")
}

// Segment is a run of a line's text between gutters (runs of two or
// more spaces, or a tab), with the rune column it starts at.
type Segment struct {
	Col  int
	Text string
}

// Segments splits t at its gutters as Columns does.
func Segments(t string) []Segment {
	segs := segments(nil, t)
	out := make([]Segment, len(segs))
	for i, s := range segs {
		out[i] = Segment{Col: s.col, Text: s.text}
	}
	return out
}

func trimRightString(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// Columns rewrites the grid rows of lines (see above) and returns the
// result; lines itself is returned when there is none.
func Columns(lines []Line) []Line {
	var out []Line // nil until the first grid row
	var head, cont []segment
	// the columns of the table row just read and the line after it: the
	// next row of the same table may start there
	var rowCols []segment
	nextRow := -1
	for i := 0; i < len(lines); i++ {
		if !hasGutter(lines[i].Text) {
			// one segment at most: not the first line of a grid row
			// (most lines; segments would read them rune by rune)
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		head = segments(head[:0], lines[i].Text)
		end := i + 1
		tableRow := isBoxRow(head) && i > 0 && !lines[i].Break &&
			(i == nextRow && sameColumns(head, rowCols) || underHeader(&cont, lines[i-1].Text, head))
		switch {
		case tableRow:
			// a table row under its column header: it ends where the next
			// row fills the first column, or at a line of another shape
			for end < len(lines) && !lines[end].Break && continues(&cont, lines[end].Text, head) && cont[0].col != head[0].col {
				end++
			}
		case len(head) >= 2 && head[0].col == 0 && (i == 0 || lines[i].Break):
			for end < len(lines) && !lines[end].Break && continues(&cont, lines[end].Text, head) {
				end++
			}
			if end < len(lines) && !lines[end].Break {
				end = i + 1 // the paragraph goes on: not one grid row
			}
		case len(head) > 0 && head[0].col > 1 && (i == 0 || lines[i].Break || !indented(lines[i-1].Text)):
			if cols, n := boxRun(lines, i, &cont); n > 0 {
				head = append(head[:0], cols...)
				end = i + n
			}
		}
		if tableRow {
			rowCols = append(rowCols[:0], head...)
			nextRow = end
		}
		if end == i+1 { // not a grid row
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]Line, 0, len(lines)+16), lines[:i]...)
		}
		out = appendGridRow(out, lines[i:end], head)
		i = end - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// isBoxRow reports whether head, the segments of a line, is a row of
// boxes side by side: three or more, the first indented (by two columns
// or more: some producers start every line at column 1).
func isBoxRow(head []segment) bool {
	return len(head) >= 3 && head[0].col > 1
}

// indented reports whether t starts with two or more spaces (or a tab).
func indented(t string) bool {
	return strings.HasPrefix(t, "  ") || strings.HasPrefix(t, "\t")
}

// boxRun finds a grid of boxes starting at lines[i]: a run of indented
// lines up to a blank line (or the end), one of which is a box row
// (isBoxRow) whose columns hold every segment of the run. Boxes of one
// row may be staggered, each a line lower than the one to its left
// (Chromium's diagram), so the first line may hold a single segment. It
// returns the columns and the run's length, or 0.
func boxRun(lines []Line, i int, buf *[]segment) ([]segment, int) {
	end := i
	var cols []segment
	for end < len(lines) && (end == i || !lines[end].Break) && indented(lines[end].Text) {
		*buf = segments((*buf)[:0], lines[end].Text)
		if len(*buf) > len(cols) {
			cols = append(cols[:0], (*buf)...)
		}
		end++
	}
	if end < len(lines) && !lines[end].Break || !isBoxRow(cols) {
		return nil, 0
	}
	for k := i; k < end; k++ {
		*buf = segments((*buf)[:0], lines[k].Text)
		for _, s := range *buf {
			if columnOf(cols, s.col) < 0 {
				return nil, 0
			}
		}
	}
	return cols, end - i
}

// sameColumns reports whether a and b start at the same columns.
func sameColumns(a, b []segment) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].col != b[k].col {
			return false
		}
	}
	return true
}

// underHeader reports whether t, the line above a box row with the
// segments head, is its column header: a segment at column 0, then one
// at each of head's columns.
func underHeader(buf *[]segment, t string, head []segment) bool {
	*buf = segments((*buf)[:0], t)
	h := *buf
	if len(h) != len(head)+1 || h[0].col != 0 {
		return false
	}
	for k, s := range head {
		if h[k+1].col != s.col {
			return false
		}
	}
	return true
}

// continues reports whether t is an indented line of the grid row whose
// first line has the segments head: every segment of t starts where one
// of head does.
func continues(buf *[]segment, t string, head []segment) bool {
	if t == "" || (t[0] != ' ' && t[0] != '\t') {
		return false
	}
	*buf = segments((*buf)[:0], t)
	if len(*buf) == 0 {
		return false
	}
	for _, s := range *buf {
		if columnOf(head, s.col) < 0 {
			return false
		}
	}
	return true
}

func columnOf(head []segment, col int) int {
	for k, h := range head {
		if h.col == col {
			return k
		}
	}
	return -1
}

// appendGridRow appends the cells of a grid row, column by column.
func appendGridRow(out []Line, row []Line, head []segment) []Line {
	var segs []segment
	for k := range head {
		first := true
		for _, l := range row {
			segs = segments(segs[:0], l.Text)
			for _, s := range segs {
				if columnOf(head, s.col) != k {
					continue
				}
				nl := Line{Text: s.text, Pos: l.Pos + Pos(s.off)}
				if first {
					if k == 0 {
						nl.Break, nl.Page = row[0].Break, row[0].Page
					} else {
						nl.Break = true
					}
					first = false
				}
				out = append(out, nl)
			}
		}
	}
	return out
}
