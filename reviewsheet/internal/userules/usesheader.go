package userules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 費目・使途 table's header is one row of five words:
//
//	費目・使途
//	（単位：千円）
//	支出先名 契約概要（契約名） 費目 使途 金額
//
// pdftotext's default mode prints the words a line each. The header
// joiner of normalize (JoinHeaderRows) puts them together when they are
// printed as the sheet spells them, but wkhtmltopdf's PDF prints some
// kanji as Kangxi radicals (⽀出先名, 費⽬, ⾦額), and Chromium's prints the
// page number ("15 / 16") after the second word, the page's last line.
//
// The rule (JoinUsesHeader), right after the table's label and unit:
// the five words in the sheet's order, a line each, compared with
// look-alike code points folded, page numbers among them: the words
// become the header line, at the first word's position, and the page
// numbers follow it (a page number before the next page's first line is
// dropped as page furniture by normalize). Anything else among the
// words, or a word missing, leaves the lines as they are.

// usesHeaderWords are the words of label.SpUsesHeader, in its order.
var usesHeaderWords = strings.Fields(string(label.SpUsesHeader))

// JoinUsesHeader applies the rule to lines.
func JoinUsesHeader(lines []sheettext.Line) []sheettext.Line {
	return rewriteBlocks(lines, usesHeaderAt)
}

// usesHeaderAt returns the unit line lines[k] and the header after it as
// the rule puts them, and the index after them, or nil.
func usesHeaderAt(lines []sheettext.Line, k int) ([]sheettext.Line, int) {
	if !isUnitAfter(lines, k, label.SpUses) {
		return nil, 0
	}
	var words, pages []sheettext.Line
	j := k + 1
	for _, w := range usesHeaderWords {
		for j < len(lines) && isPageNumber(lines[j].Text) {
			pages = append(pages, lines[j])
			j++
		}
		if j >= len(lines) || !linerules.FoldedEqual(lines[j].Text, w) {
			return nil, 0
		}
		words = append(words, lines[j])
		j++
	}
	out := make([]sheettext.Line, 0, 2+len(pages))
	out = append(out, lines[k], sheettext.Line{Text: string(label.SpUsesHeader), Pos: words[0].Pos, Break: words[0].Break, Page: words[0].Page})
	return append(out, pages...), j
}
