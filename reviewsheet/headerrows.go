package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// Header rows printed cell by cell. A table's header row names its
// columns on one line ("支出先名 支出額 法人番号"); pdftotext without
// -layout prints each header cell, or a few, as a paragraph of its own:
//
//	支出先名        会計区分 会計
//	支出額          勘定 要望額 備考
//	法人番号
//
// The rule (joinHeaderRows): consecutive lines that together spell a
// known header row, each line one or more whole cells of it in order,
// are one line again, at the first line's position. A line that is a
// header row on its own, or that does not begin one, is left alone, so
// text in the usual layout never changes.

// headerRows are the header rows of the sheet's tables.
var headerRows = []string{
	strings.Join(accountHeader, " "), strings.Join(itemHeader, " "),
	string(lbSpBlockHeader), string(lbSpRecipientHeader), string(lbSpContractHeader),
	string(lbSpUsesHeader), string(lbSpDebtHeader),
}

// joinHeaderRows applies the rule to lines.
func joinHeaderRows(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a header joins
	for i := 0; i < len(lines); i++ {
		n := headerRowAt(lines, i)
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]sheettext.Line, 0, len(lines)), lines[:i]...)
		}
		texts := make([]string, n)
		for k := range texts {
			texts[k] = lines[i+k].Text
		}
		l := lines[i]
		l.Text = strings.Join(texts, " ")
		out = append(out, l)
		i += n - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// headerRowAt reports how many lines from lines[i] on spell a header row
// cell by cell (two or more), or 0.
func headerRowAt(lines []sheettext.Line, i int) int {
	t := lines[i].Text
	for _, h := range headerRows {
		if len(t) >= len(h) || !strings.HasPrefix(h, t) || h[len(t)] != ' ' {
			continue
		}
		got := len(t)
		for j := i + 1; j < len(lines); j++ {
			rest := h[got+1:]
			u := lines[j].Text
			if !strings.HasPrefix(rest, u) || (len(u) < len(rest) && rest[len(u)] != ' ') {
				break
			}
			got += 1 + len(u)
			if got == len(h) {
				return j - i + 1
			}
		}
	}
	return 0
}
