package budgetrules

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 予算内訳表's two header rows read cell by cell. pdftotext without
// -layout may print the account table (会計区分 会計 勘定 要望額 備考, one
// row of values) as pairs — a column's header on one line, its value on
// the next — and the words of the item header (予算種別/歳出予算項目 備考
// 予算額 翌年度要求額) one a line in between, in the order the producer
// laid the cells out:
//
//	会計区分 / 一般会計 / 予算種別/歳出予算項目 / 会計 / 一般会計 / 備考 /
//	勘定 / -- / 予算額 / 要望額 / -- / 備考 / -- / 翌年度要求額
//
// Each header is read in its own column order, so the next line is the
// next account header (with its value on the line after it) or the next
// item header word; when both headers expect the same word (備考) and the
// line after it is not a header word, the block is left as it is. A line
// that is neither (the first cell of an item row read early, as
// Chromium's PDF has 当初予算) is kept, after the headers, in its order.
//
// JoinBreakdownHeader rewrites the block, once every header word is
// found before 主な増減理由, as the rows the parser reads: the account
// header, its values, the item header, then the kept lines.
func JoinBreakdownHeader(lines []sheettext.Line) []sheettext.Line {
	h := -1
	for i, l := range lines {
		if l.Text == string(label.Breakdown) {
			h = i
			break
		}
	}
	start := h + 1
	if h < 0 || start >= len(lines) {
		return lines
	}
	if lines[start].Text == label.UnitThousandYen {
		start++
	}
	if start >= len(lines) || linerules.NormalizeLine(lines[start].Text) != label.AccountHeader[0] {
		return lines
	}
	isHeaderWord := func(s string) bool {
		return slices.Contains(label.AccountHeader, s) || slices.Contains(label.ItemHeader, s)
	}
	ai, ii := 0, 0
	var values []string
	var kept []sheettext.Line
	var accPos, valPos, itemPos sheettext.Pos
	i := start
	for ; i < len(lines) && (ai < len(label.AccountHeader) || ii < len(label.ItemHeader)); i++ {
		t := linerules.NormalizeLine(lines[i].Text) // (compatibility forms: 項⽬)
		if t == string(label.ChangeReasons) || t == string(label.SpecialNotes) {
			return lines
		}
		accNext := ai < len(label.AccountHeader) && t == label.AccountHeader[ai]
		itemNext := ii < len(label.ItemHeader) && t == label.ItemHeader[ii]
		hasValue := i+1 < len(lines) && !isHeaderWord(linerules.NormalizeLine(lines[i+1].Text)) && !lines[i+1].Page
		switch {
		case accNext && itemNext && hasValue:
			return lines // 備考 with a line after it that either could own
		case accNext && hasValue:
			if ai == 0 {
				accPos, valPos = lines[i].Pos, lines[i+1].Pos
			}
			values = append(values, lines[i+1].Text)
			ai++
			i++
		case itemNext:
			if ii == 0 {
				itemPos = lines[i].Pos
			}
			ii++
		default:
			kept = append(kept, lines[i])
		}
	}
	if ai < len(label.AccountHeader) || ii < len(label.ItemHeader) {
		return lines
	}
	out := make([]sheettext.Line, 0, len(lines))
	out = append(out, lines[:start]...)
	out = append(out,
		sheettext.Line{Text: strings.Join(label.AccountHeader, " "), Pos: accPos, Break: true},
		sheettext.Line{Text: strings.Join(values, " "), Pos: valPos, Break: true},
		sheettext.Line{Text: strings.Join(label.ItemHeader, " "), Pos: itemPos, Break: true})
	for k, l := range kept {
		if k == 0 {
			l.Break = true
		}
		out = append(out, l)
	}
	return append(out, lines[i:]...)
}
