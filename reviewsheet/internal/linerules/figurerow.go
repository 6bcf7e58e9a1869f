package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// A row of figure cells that starts a paragraph, with another row's
// cells indented below it. wkhtmltopdf's layout text prints the 反映額
// row of 点検・評価 after a blank line, and the 詳細 pair of the row
// beside it on the next line, before a page break:
//
//	(blank)
//	--                         --                                              --
//	                           詳細                                              --
//	(page break)
//
// sheettext.Columns reads a paragraph whose first line starts at column
// 0 and whose other lines are indented, every segment under one of the
// first line's, as one grid row of wrapped cells, and returns it column
// by column ("--", "--", "詳細", "--", "--"): the row is lost.
//
// A figure cell (IsFigureCell: an amount, a count, a rate or "--") is
// never wrapped, so an indented line below a row of them cannot hold the
// rest of its cells. The rule (CollapseFigureRow), on layout text before
// sheettext.Columns: a line after a blank line or page break (or the
// first line), starting at column 0, of two or more segments (text apart
// by runs of two or more spaces), every one a figure cell, followed by an
// indented line (two or more leading spaces) of the same paragraph, has
// its runs of spaces collapsed to one space (CollapseSpaces), as the
// sheet's own layout prints a row, and Columns leaves it alone. Anything
// else is left as it is.

// CollapseFigureRow applies the rule to lines.
func CollapseFigureRow(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a row is collapsed
	for i := range lines {
		if !figureRowAt(lines, i) {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		l := lines[i]
		l.Text = CollapseSpaces(l.Text)
		out = append(out, l)
	}
	return Rewritten(out, lines)
}

// figureRowAt reports whether lines[i] is a row of figure cells under
// the rule.
func figureRowAt(lines []sheettext.Line, i int) bool {
	t := lines[i].Text
	if t == "" || t[0] == ' ' || t[0] == '\t' || (i > 0 && !lines[i].Break) || !strings.Contains(t, "  ") {
		return false
	}
	if i+1 >= len(lines) || lines[i+1].Break || !strings.HasPrefix(lines[i+1].Text, "  ") {
		return false
	}
	segs := sheettext.Segments(t)
	if len(segs) < 2 {
		return false
	}
	for _, s := range segs {
		if !IsFigureCell(s.Text) {
			return false
		}
	}
	return true
}
