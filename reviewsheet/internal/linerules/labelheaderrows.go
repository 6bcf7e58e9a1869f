package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// A 基本情報 table whose label, column header and one-line rows make a
// paragraph of their own. wkhtmltopdf's layout text prints the 根拠法令
// table as its label with the header beside it, then the row, each cell
// right under its header cell, then a blank line:
//
//	根拠法令      法令名                法令番号                  条       項    号・号の細分
//	              孤独・孤⽴対策推進法  令和五年法律第四⼗五号    第三条   --    --
//	(blank)
//
// sheettext.Columns reads a paragraph whose first line starts at column 0
// and whose other lines are indented, every segment under one of the
// first line's, as one grid row of wrapped cells, and returns it column
// by column ("法令名", "孤独・孤⽴対策推進法", "法令番号", …): the header
// and the row are lost. (Chromium and LibreOffice print the next label
// right under the row, so the paragraph goes on and is no grid row.)
//
// The rule (CollapseLabelHeaderRows), on layout text before
// sheettext.Columns: a line that starts a paragraph (the first line, or
// one after a blank line or page break) whose segments (text apart by
// runs of two or more spaces) are a label of labelTables at column 0,
// then its header cells, compared with look-alike code points folded,
// followed by lines that are whole rows — exactly one segment under each
// header cell, at the same rune column — up to the paragraph's end (so
// no row has a wrapped cell below it): the header line and those rows
// have their runs of spaces collapsed to one space (CollapseSpaces), as
// the sheet's own layout prints them, and Columns leaves them alone. A
// row line keeps the position of its first character. Anything else
// (a paragraph that goes on, which Columns reads line by line anyway)
// is left as it is.

// labelTables are the 基本情報 tables whose label may stand beside their
// header.
var labelTables = []struct {
	label  label.Label
	header []string
}{
	{label.Laws, label.LawHeader},
	{label.Plans, label.PlanHeader},
	{label.Policies, label.PolicyHeader},
	{label.Subsidies, label.SubsidyHeader},
}

// CollapseLabelHeaderRows applies the rule to lines.
func CollapseLabelHeaderRows(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a table is collapsed
	for i := 0; i < len(lines); i++ {
		var cols []int
		if i == 0 || lines[i].Break {
			cols = labelHeaderAt(lines[i].Text)
		}
		n := 0
		for cols != nil && i+1+n < len(lines) && isWholeRow(lines, i+1+n, cols) {
			n++
		}
		if e := i + 1 + n; n > 0 && e < len(lines) && !lines[e].Break {
			n = 0 // the paragraph goes on
		}
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		for k := i; k <= i+n; k++ {
			l := lines[k]
			lead := len(l.Text) - len(strings.TrimLeft(l.Text, " "))
			l.Text = CollapseSpaces(l.Text)
			l.Pos += sheettext.Pos(lead)
			out = append(out, l)
		}
		i += n
	}
	return Rewritten(out, lines)
}

// labelHeaderAt returns the rune columns of the header cells of a line
// that is a label of labelTables and its header, or nil.
func labelHeaderAt(t string) []int {
	for _, lt := range labelTables {
		if !strings.HasPrefix(t, string(lt.label)) {
			continue
		}
		segs := sheettext.Segments(textnorm.Fold(t))
		if len(segs) != 1+len(lt.header) || segs[0].Col != 0 || segs[0].Text != string(lt.label) {
			return nil
		}
		cols := make([]int, len(lt.header))
		for k, h := range lt.header {
			if segs[k+1].Text != h {
				return nil
			}
			cols[k] = segs[k+1].Col
		}
		return cols
	}
	return nil
}

// isWholeRow reports whether lines[j] is a row of a table whose header
// cells start at cols: not after a blank line, one segment at each of
// cols and no other.
func isWholeRow(lines []sheettext.Line, j int, cols []int) bool {
	if lines[j].Break {
		return false
	}
	segs := sheettext.Segments(lines[j].Text)
	if len(segs) != len(cols) {
		return false
	}
	for k, s := range segs {
		if s.Col != cols[k] {
			return false
		}
	}
	return true
}
