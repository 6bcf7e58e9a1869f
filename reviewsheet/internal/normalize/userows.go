package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Rows of 費目・使途 printed side by side. A producer that flows the
// table into two columns on a page prints two rows beside each other,
// each wrapped over the same lines:
//
//	-- -- -- その他 …講師謝金、印刷製本        C 一般社団法人えんがお 令和 6 年度…担い手育
//	費等 134                                   成支援事業 人件費 孤独・孤立対策に係る人件費 3,630
//
// The rule (UnfoldSideBySideRows), on layout text before white space is
// collapsed and only between the table's header and the next heading: a
// run of lines of exactly two segments, the first at the left margin
// and the second at one column for the whole run, is cut into bands that
// end where both segments end in an amount (a row's 金額); each band is
// its left rows, then its right rows, which is the table's order (left
// column first, row by row). A run that does not end with a band is left
// as it is. The header and the heading are compared with look-alike code
// points folded (linerules.FoldedHasSuffix: wkhtmltopdf's "費⽬・使途 … ⾦額").

// UnfoldSideBySideRows applies the rule to lines.
func UnfoldSideBySideRows(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a run unfolds
	inTable := false
	for i := 0; i < len(lines); i++ {
		t := lines[i].Text // compared as linerules.CollapseSpaces(textnorm.Fold(t)) (collapsedaffix.go)
		switch {
		case linerules.FoldedHasSuffix(t, string(label.SpUsesHeader)):
			inTable = true
		case linerules.FoldedHasPrefix(t, "国庫債務負担行為"):
			inTable = false
		}
		n := 0
		if inTable {
			n = sideBySideRun(lines, i)
		}
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		start := i
		for k := i; k < i+n; k++ {
			_, r, _ := linerules.TwoSegments(lines[k].Text)
			l, _, _ := linerules.TwoSegments(lines[k].Text)
			if !endsWithAmount(l) || !endsWithAmount(r) {
				continue
			}
			for _, side := range []bool{false, true} { // the band: left, then right
				for j := start; j <= k; j++ {
					left, right, off := linerules.TwoSegments(lines[j].Text)
					if side {
						out = append(out, sheettext.Line{Text: right, Pos: lines[j].Pos + sheettext.Pos(off)})
					} else {
						ln := lines[j]
						ln.Text = left
						out = append(out, ln)
					}
				}
			}
			start = k + 1
		}
		i += n - 1
	}
	return linerules.Rewritten(out, lines)
}

// sideBySideRun reports how many lines from lines[i] on form a run under
// the rule that ends with a band, or 0.
func sideBySideRun(lines []sheettext.Line, i int) int {
	col := -1
	end := 0
	for k := i; k < len(lines); k++ {
		if k > i && lines[k].Break {
			break
		}
		t := lines[k].Text
		l, r, off := linerules.TwoSegments(t)
		if l == "" || r == "" || strings.Contains(r, "  ") {
			break
		}
		c := Utf8Col(t[:off])
		if col < 0 {
			col = c
		} else if c != col {
			break
		}
		if endsWithAmount(l) && endsWithAmount(r) {
			end = k + 1
		}
	}
	if end-i < 2 {
		return 0
	}
	return end - i
}

// endsWithAmount reports whether the last token of t is an amount.
func endsWithAmount(t string) bool {
	t = strings.TrimRight(t, " ")
	return num.IsAmount(t[strings.LastIndexByte(t, ' ')+1:])
}

// Utf8Col is the number of characters in s: a column of layout text.
func Utf8Col(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
