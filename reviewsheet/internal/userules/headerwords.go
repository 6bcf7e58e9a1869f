package userules

// Header words printed a line each: the rules for the header rows of the
// 費目・使途 table (JoinUsesHeader) and of the 国庫債務負担行為等による
// 契約先リスト with its cells (JoinDebtHeader).

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
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
	return linerules.RewriteBlocks(lines, usesHeaderAt)
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
		for j < len(lines) && linerules.IsPageNumber(lines[j].Text) {
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

// The 国庫債務負担行為等による契約先リスト of a sheet without such contracts
// is its header and one row of "--" cells:
//
//	国庫債務負担行為等による契約先リスト
//	（単位：千円）
//	契約先名 契約額 法人番号
//	-- -- --
//	その他備考
//	--
//
// pdftotext's default mode prints the header words a line each, each
// with its "--" after it (LibreOffice, Chromium) or the three "--" after
// the last word (wkhtmltopdf), may print the next label その他備考 and its
// "--" before them (Chromium, wkhtmltopdf) and a page number among them
// (Chromium: "16 / 16"); Chromium also prints a 費目・使途 row's 金額 ("38")
// after them.
//
// The rule (JoinDebtHeader), right after the list's label and unit: an
// optional その他備考 line with a "--" line after it, then the three
// header words in the sheet's order (look-alike code points folded),
// each followed by "--" lines or not, then "--" lines up to three in
// all, page numbers anywhere among them. Exactly three "--" cells (no
// figure, no text) must be there: then the header is one line, the row
// "-- -- --" the next, and その他備考 with its "--" comes after them;
// every cell is "--", so which "--" was printed after which word does not
// matter. The page numbers are dropped (page furniture). Amount lines
// right after the block (the stray 金額) are put before the list's
// label, at the end of 費目・使途, where the table reports them as a row
// without its cells: they are a 費目・使途 row's figure, never the
// list's (its three cells are "--") nor その他備考's (its "--" is there).
// Anything else (a name, an amount among the cells, a fourth "--") leaves
// the lines as they are.

// debtHeaderWords are the words of label.SpDebtHeader, in its order.
var debtHeaderWords = [...]string{"契約先名", "契約額", "法人番号"}

// JoinDebtHeader applies the rule to lines.
func JoinDebtHeader(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, debtBlockAt)
}

// debtBlockAt returns the list's lines from lines[k] (the label's first
// line) on as the rule puts them, and the index after them, or nil.
func debtBlockAt(lines []sheettext.Line, k int) ([]sheettext.Line, int) {
	u := k + 1 // the unit line, looked for first: a string compare
	for u < len(lines) && u <= k+3 && lines[u].Text != label.UnitThousandYen {
		u++
	}
	if u >= len(lines) || u > k+3 || !linerules.FoldedHasPrefix(lines[k].Text, "国庫債務負担") || !isUnitAfter(lines, u, label.SpDebtList) {
		return nil, 0
	}
	j := u + 1
	var remark []sheettext.Line
	if j+1 < len(lines) && linerules.FoldedEqual(lines[j].Text, string(label.SecOtherRemarks)) && lines[j+1].Text == num.Absent {
		remark, j = lines[j:j+2], j+2
	}
	var words, dashes []sheettext.Line
	skipPages := func() {
		for j < len(lines) && linerules.IsPageNumber(lines[j].Text) {
			j++
		}
	}
	for _, w := range debtHeaderWords {
		if skipPages(); j >= len(lines) || !linerules.FoldedEqual(lines[j].Text, w) {
			return nil, 0
		}
		words = append(words, lines[j])
		for j++; j < len(lines) && lines[j].Text == num.Absent; j++ {
			dashes = append(dashes, lines[j])
		}
	}
	for len(dashes) < len(debtHeaderWords) {
		if skipPages(); j >= len(lines) || lines[j].Text != num.Absent {
			return nil, 0
		}
		dashes = append(dashes, lines[j])
		j++
	}
	if len(dashes) != len(debtHeaderWords) {
		return nil, 0
	}
	var strays []sheettext.Line
	for skipPages(); j < len(lines) && isAmountLine(lines[j].Text); skipPages() {
		strays = append(strays, lines[j])
		j++
	}
	out := make([]sheettext.Line, 0, len(strays)+u-k+5)
	out = append(out, strays...)
	out = append(out, lines[k:u+1]...)
	out = append(out,
		sheettext.Line{Text: string(label.SpDebtHeader), Pos: words[0].Pos, Break: words[0].Break},
		sheettext.Line{Text: num.Absent + " " + num.Absent + " " + num.Absent, Pos: dashes[0].Pos, Break: true})
	out = append(out, remark...)
	return out, j
}
