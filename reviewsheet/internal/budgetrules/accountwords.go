package budgetrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 予算内訳表's two header rows and the account row read word by
// word. pdftotext without -layout may print the header of the account
// table (会計区分 会計 勘定 要望額 備考), its one row of values and the
// item header (予算種別/歳出予算項目 備考 予算額 翌年度要求額) a word or
// cell a line, in an order that follows neither header: the A5 fixture
// prints the account header, then the account row, then the item header;
// the wkhtmltopdf PDF interleaves all three, and its de-hyphenation glues
// a "--" that ended a line to the header word after it (-要望額):
//
//	会計区分 / 一般会計 / 予算種別/歳出予算項目 / 会計 / 勘定 / 一般会計 /
//	備考 / -- / 予算額 / -要望額 / 備考 / -- / -- / 翌年度要求額
//
// The header words are known, so they are told from the values whatever
// their order; what the text cannot tell is which column each value was
// printed in. The row is read by the shapes of its cells instead: 会計区分
// and 会計 are never absent (会計区分 is 一般会計 or 特別会計; 会計 is
// 一般会計 for the one, the special account's name for the other), 勘定
// and 備考 are text or "--", 要望額 an amount or "--". The values are
// decided (decideAccountRow) only when exactly two of them are text and
// the other three "--" or one amount and two "--": 勘定 and 備考 are then
// "--", the amount is 要望額, and the two texts are 会計区分 and 会計 —
// equal, or one of them 一般会計/特別会計 and the other not. Any other
// mix (a third text: 勘定 or 備考?) is left as it is.

// accountBlock is the 予算内訳表 header block read word by word: the
// lines from start (the line 会計区分) to end (the first 予算種別 line),
// the values in their printed order, and where a "--" was glued to a
// header word (the line index, or −1).
type accountBlock struct {
	start, end int
	values     []string
	valuePos   sheettext.Pos // where the first value is printed
	accPos     sheettext.Pos // the line 会計区分
	itemPos    sheettext.Pos // the word 予算種別/歳出予算項目
	glued      int           // a line "-W" (W a header word), or −1
	items      bool          // the item header's words are in the block
}

// blockWindow bounds the header block: the nine header words, the five
// values and a stray cell or two.
const blockWindow = 24

// readAccountBlock reads a header block from lines[start]: it starts
// with 会計区分 alone on its line — in the first block, the one right after
// the 予算内訳表 label and its unit line (firstBlock), after nothing but
// "--" lines (a cell of the table above printed there, which MoveRateCell
// takes) — and ends before the first 予算種別 line, or before
// 主な増減理由 or the next 会計区分 when the block has no item header (an
// account with no items under it). Every line is one header word, one
// header word with one "-" glued before it (a "--" cell), or one value
// (the whole line). The header words must be exactly those of the
// account header, each once, and either all of the item header's or none
// (備考 is in both).
func readAccountBlock(lines []sheettext.Line, start int, firstBlock bool) (accountBlock, bool) {
	blk := accountBlock{start: start, glued: -1}
	first := start // 会計区分
	for firstBlock && first < len(lines) && isAbsent(lines[first].Text) {
		first++
	}
	if first >= len(lines) || !isText(lines[first].Text, label.AccountHeader[0]) {
		return blk, false
	}
	count := map[string]int{}
	i := start
	for ; i < len(lines) && i < start+blockWindow && !itemTypeAt(lines, i); i++ {
		t := lines[i].Text
		if i > first && (isText(t, string(label.ChangeReasons)) || isText(t, label.AccountHeader[0])) {
			break
		}
		if w, ok := headerWord(t); ok {
			count[w]++
			switch {
			case w == label.AccountHeader[0]:
				blk.accPos = lines[i].Pos
			case w == label.ItemHeader[0]:
				blk.itemPos = lines[i].Pos
			}
			continue
		}
		if w, ok := strings.CutPrefix(t, "-"); ok {
			if hw, ok := headerWord(w); ok && blk.glued < 0 {
				count[hw]++
				blk.glued = i
				blk.addValue(num.Absent, lines[i].Pos)
				continue
			}
		}
		if strings.HasPrefix(t, "-") && !isAbsent(t) || hasHeaderWord(t) {
			return blk, false // "---", "-X", or a value beside a header word
		}
		blk.addValue(t, lines[i].Pos)
	}
	blk.end = i
	blk.items = count[label.ItemHeader[0]] == 1
	k := count[label.ItemHeader[0]]
	for _, w := range label.AccountHeader[:len(label.AccountHeader)-1] {
		if count[w] != 1 {
			return blk, false
		}
	}
	for _, w := range label.ItemHeader[1:] {
		if w != label.AccountHeader[len(label.AccountHeader)-1] && count[w] != k {
			return blk, false
		}
	}
	if k > 1 || count[label.AccountHeader[len(label.AccountHeader)-1]] != 1+k {
		return blk, false // 備考: once per header
	}
	if i >= len(lines) || itemTypeAt(lines, i) {
		return blk, i < len(lines)
	}
	t := lines[i].Text // a block with no items: 主な増減理由 or the next 会計区分
	return blk, !blk.items && (isText(t, string(label.ChangeReasons)) || isText(t, label.AccountHeader[0]))
}

// addValue appends a value of the account row printed at pos.
func (blk *accountBlock) addValue(v string, pos sheettext.Pos) {
	if len(blk.values) == 0 {
		blk.valuePos = pos
	}
	blk.values = append(blk.values, v)
}

// headerWord returns the header word t is (folded: 項⽬), if it is one.
func headerWord(t string) (string, bool) {
	for _, h := range [][]string{label.AccountHeader, label.ItemHeader} {
		for _, w := range h {
			if isText(t, w) {
				return w, true
			}
		}
	}
	return "", false
}

// hasHeaderWord reports whether some token of t is a header word.
func hasHeaderWord(t string) bool {
	for _, f := range strings.Fields(t) {
		if _, ok := headerWord(f); ok {
			return true
		}
	}
	return false
}

// accountCategories are the values of 会計区分.
var accountCategories = []string{"一般会計", "特別会計"}

// isCategory reports whether v is a 会計区分 value.
func isCategory(v string) bool {
	for _, c := range accountCategories {
		if v == c {
			return true
		}
	}
	return false
}

// decideAccountRow reads the account row's five cells (会計区分 会計 勘定
// 要望額 備考) from its values in any order, by their shapes (see the
// comment at the top of the file), or reports that the values leave more
// than one row possible.
func decideAccountRow(values []string) ([]string, bool) {
	if len(values) != len(label.AccountHeader) {
		return nil, false
	}
	var texts, amounts []string
	for _, v := range values {
		switch {
		case isAbsent(v):
		case num.IsAmount(v):
			amounts = append(amounts, v)
		default:
			texts = append(texts, linerules.NormalizeLine(v))
		}
	}
	if len(texts) != 2 || len(amounts) > 1 {
		return nil, false
	}
	cat, acct := texts[0], texts[1]
	switch {
	case cat == acct:
	case isCategory(cat) && !isCategory(acct):
	case isCategory(acct) && !isCategory(cat):
		cat, acct = acct, cat
	default:
		return nil, false
	}
	demand := num.Absent
	if len(amounts) == 1 {
		demand = amounts[0]
	}
	return []string{cat, acct, num.Absent, demand, num.Absent}, true
}

// JoinAccountWords rewrites each 予算内訳表 header block read word by
// word (see the comment at the top of the file) as the rows the parser
// reads: the account header, the account row, and the item header when
// the block has its words; the lines after the block keep their place.
// A block whose values decideAccountRow cannot read for sure is left as
// it is.
func JoinAccountWords(lines []sheettext.Line) []sheettext.Line {
	b := labelAt(lines, 0, string(label.Breakdown))
	if b < 0 {
		return lines
	}
	start := b + 1
	if start < len(lines) && lines[start].Text == label.UnitThousandYen {
		start++
	}
	lead := start // the first block's "--" lines: read with it or not at all
	for lead < len(lines) && isAbsent(lines[lead].Text) {
		lead++
	}
	var out []sheettext.Line // nil until a block is rewritten
	for i := start; i < len(lines); i++ {
		if isText(lines[i].Text, string(label.ChangeReasons)) {
			if out != nil {
				out = append(out, lines[i:]...)
			}
			break
		}
		blk, ok := accountBlock{}, false
		if i == start || i > lead {
			blk, ok = readAccountBlock(lines, i, i == start)
		}
		var row []string
		if ok {
			row, ok = decideAccountRow(blk.values)
		}
		if !ok {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out,
			sheettext.Line{Text: strings.Join(label.AccountHeader, " "), Pos: blk.accPos, Break: true},
			sheettext.Line{Text: strings.Join(row, " "), Pos: blk.valuePos, Break: true})
		if blk.items {
			out = append(out, sheettext.Line{Text: strings.Join(label.ItemHeader, " "), Pos: blk.itemPos, Break: true})
		}
		i = blk.end - 1
	}
	return linerules.Rewritten(out, lines)
}
