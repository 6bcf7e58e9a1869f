package listrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A page footer "14 / 16" is dropped by normalize.Lines only when it
// stands next to a page break. In the Chromium text the list's rows
// printed a cell a line are put in order (JoinHeaderRows moves a
// recipient's name and amount before its header), after the footer:
//
//	14 / 16                                14 / 16
//	<page break> 支出先名 支出額 法人番号   →  香川県 / 93
//	香川県 / 93                             <page break> 支出先名 支出額 法人番号
//
// and the footer then reads as a contract name of the table above.

// maxMovedBeforeBreak bounds the lines moved between a footer and the
// page break it stood before.
const maxMovedBeforeBreak = 3

// DropMovedPageNumber drops a line "N / M" (digits, at most 4 each) that
// stood right before a page break in the text: the first line after it
// that starts a page (sheettext.Line.Page) is within
// maxMovedBeforeBreak lines, and every line in between stood after that
// break in the text (a greater position: moved there by a rule). A
// footer that was not next to a page break in the text is left as it
// is.
func DropMovedPageNumber(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a footer is dropped
	for i := range lines {
		if isPageNumber(lines[i].Text) && beforeMovedBreak(lines, i) {
			if out == nil {
				out = linerules.CopyBefore(lines, i)
			}
			continue
		}
		if out != nil {
			out = append(out, lines[i])
		}
	}
	return linerules.Rewritten(out, lines)
}

// beforeMovedBreak reports whether lines[i] stood right before a page
// break that rules moved lines in front of (see DropMovedPageNumber).
func beforeMovedBreak(lines []sheettext.Line, i int) bool {
	for j := i + 2; j < len(lines) && j <= i+1+maxMovedBeforeBreak; j++ {
		if !lines[j].Page {
			continue
		}
		for k := i + 1; k < j; k++ {
			if lines[k].Pos <= lines[j].Pos || lines[k].Page {
				return false
			}
		}
		return lines[i].Pos < lines[j].Pos
	}
	return false
}

// isPageNumber reports a page number as producers print it: "3 / 16".
func isPageNumber(s string) bool {
	a, b, ok := strings.Cut(s, " / ")
	return ok && a != "" && b != "" && len(a) <= 4 && len(b) <= 4 && linerules.IsDigits(a) && linerules.IsDigits(b)
}
