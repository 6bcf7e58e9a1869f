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
		if len(head) >= 2 && head[0].col == 0 && (i == 0 || lines[i].Break) {
			for end < len(lines) && !lines[end].Break && continues(&cont, lines[end].Text, head) {
				end++
			}
			if end < len(lines) && !lines[end].Break {
				end = i + 1 // the paragraph goes on: not one grid row
			}
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
