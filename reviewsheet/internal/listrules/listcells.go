package listrules

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 支出先上位者リスト as pdftotext without -layout reads it from the
// Chromium PDF: every header word and every cell is a paragraph of its
// own, a label then its value, and the "∕" of the contract header is
// printed on a line of its own before that header:
//
//	支出先名                     支出先名 支出額 法人番号
//	株式会社野村総合研究所        株式会社野村総合研究所 142,172 4010001054032
//	支出額                 →    契約概要（契約名）/契約方式等 支出額 … 落札率非公開の理由
//	142,172
//	法人番号
//	4010001054032
//	∕
//	契約概要（契約名）/契約方式等
//	支出額
//	入札者数
//	落札率(%)
//	一者応札等の理由と改善策 落札率非公開の理由
//
// A recipient's cells are taken together only when the whole contract
// header follows them, word by word: the mark of a reading order that
// prints a row whole before the next one (Chromium). The LibreOffice
// text prints the same labels with values of other rows (支出先名 山梨県,
// then 支出額 3,672, the amount of 岐阜県) and no such header after them;
// it is left to fail, as no figure may be guessed.
//
// The rules of this file put the header and row lines together again;
// a contract's figures printed a cell per paragraph are joined by the
// contract reader (JoinCellRows). They run on the lines of the list
// only, and only on text that shows pdftotext's de-hyphenation
// (parser.lostDash). A shape they do not recognise in full is left as
// it is, to fail as before: no cell is guessed.

// recipientLabelRow recognises, at lines[i], a recipient printed as
// label/value pairs: "支出先名", the name (one line), then "支出額" and an
// amount (or "--"), then "法人番号" and a 13-digit number (or "--"). It
// returns the header and row lines that replace those six lines.
func recipientLabelRow(lines []sheettext.Line, i int) (head, row sheettext.Line, ok bool) {
	if i+5 >= len(lines) || lines[i].Text != "支出先名" {
		return head, row, false
	}
	name, amount, id := lines[i+1], lines[i+3], lines[i+5]
	if linerules.IsListWord(name.Text) || lines[i+2].Text != "支出額" || lines[i+4].Text != "法人番号" {
		return head, row, false
	}
	if !(num.IsAmount(amount.Text) || amount.Text == num.Absent) || !(linerules.IsCorporateNumber(id.Text) || id.Text == num.Absent) {
		return head, row, false
	}
	head = sheettext.Line{Text: string(label.SpRecipientHeader), Pos: lines[i].Pos, Break: lines[i].Break, Page: lines[i].Page}
	row = sheettext.Line{Text: name.Text + " " + amount.Text + " " + id.Text, Pos: name.Pos, Break: name.Break, Page: name.Page}
	return head, row, true
}

// recipientAfterHeaderRow recognises, at lines[i], a recipient whose
// header JoinHeaderRows has put together from its cells a line each,
// moving the name and the amount printed between them before it:
//
//	株式会社野村総合研究所        支出先名 支出額 法人番号
//	142,172                 →    株式会社野村総合研究所 142,172 4010001054032
//	支出先名 支出額 法人番号
//	4010001054032
//
// The name is one line (the line before it belongs to the row above).
func recipientAfterHeaderRow(lines []sheettext.Line, i int) (head, row sheettext.Line, ok bool) {
	if i+3 >= len(lines) || lines[i+2].Text != string(label.SpRecipientHeader) {
		return head, row, false
	}
	name, amount, id := lines[i], lines[i+1], lines[i+3]
	if linerules.IsListWord(name.Text) || num.IsAmount(name.Text) || name.Text == num.Absent || name.Text == string(label.SpRecipientHeader) {
		return head, row, false
	}
	if !(num.IsAmount(amount.Text) || amount.Text == num.Absent) || !(linerules.IsCorporateNumber(id.Text) || id.Text == num.Absent) {
		return head, row, false
	}
	head = lines[i+2]
	head.Break, head.Page = name.Break, name.Page
	row = sheettext.Line{Text: name.Text + " " + amount.Text + " " + id.Text, Pos: name.Pos}
	return head, row, true
}

// ContractHeaderWordsAt reports how many lines the contract header
// printed a word a line takes at lines[i] (0 when it is not there), a
// "∕" line just before it included.
func ContractHeaderWordsAt(lines []sheettext.Line, i int) int {
	n := 0
	if i < len(lines) && lines[i].Text == "∕" {
		n = 1
	}
	for k, w := range linerules.ContractHeaderWords {
		// the last word may carry its ∕ inline (wkhtmltopdf)
		if i+n+k >= len(lines) || (lines[i+n+k].Text != w && (k < len(linerules.ContractHeaderWords)-1 || strings.Replace(lines[i+n+k].Text, "∕", " ", 1) != w)) {
			return 0
		}
	}
	return n + len(linerules.ContractHeaderWords)
}

// blockLabelRow recognises, at lines[i], the block header and row
// printed a cell a line:
//
//	支出先ブロック名 / A / [（単位：千円）] / 合計支出額 / 支出先数 /
//	name / 事業を行う上での役割 / 合計支出額 value / 支出先数 value
//
// and returns the lines that replace them: the unit line (when it was
// there), the header, the row "A name 622,650 22" (its role is not in
// these lines: Chromium prints it after the first recipient's name; see
// BlockRoleAfterName) and how many lines it read.
func blockLabelRow(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i >= len(lines) || lines[i].Text != "支出先ブロック名" {
		return nil, 0
	}
	k := i + 1
	if k >= len(lines) || !linerules.IsBlockLetter(lines[k].Text) {
		return nil, 0
	}
	letter := lines[k]
	k++
	var out []sheettext.Line
	if k < len(lines) && lines[k].Text == label.UnitThousandYen {
		out = append(out, lines[k])
		k++
	}
	if k+5 >= len(lines) || lines[k].Text != "合計支出額" || lines[k+1].Text != "支出先数" || lines[k+3].Text != "事業を行う上での役割" {
		return nil, 0
	}
	name, total, count := lines[k+2], lines[k+4], lines[k+5]
	if linerules.IsListWord(name.Text) || !(num.IsAmount(total.Text) || total.Text == num.Absent) || !(linerules.IsCount(count.Text) || count.Text == num.Absent) {
		return nil, 0
	}
	out = append(out,
		sheettext.Line{Text: string(label.SpBlockHeader), Pos: lines[i].Pos, Break: lines[i].Break, Page: lines[i].Page},
		sheettext.Line{Text: letter.Text + " " + name.Text + " " + total.Text + " " + count.Text, Pos: letter.Pos, Break: letter.Break})
	return out, k + 6 - i
}

// maxBlockHeaderReach bounds the lines between a block header word
// "支出先ブロック名" and the block row it stands for.
const maxBlockHeaderReach = 8

// blockHeaderBefore recognises, at lines[i], the word "支出先ブロック名"
// on a line of its own followed, within maxBlockHeaderReach lines, by a
// whole block row ("B 岐阜県 ほか 16,640 18": letter, name, 合計支出額,
// 支出先数, nothing after) with no other header or row of the list in
// between; the other header words of the row ("-合計支出額", pdftotext's
// de-hyphenation glued to them) and lines of the row above may stand
// there. It returns the index of the block row, or -1. The lines in
// between are kept where they are, before the header, so that they
// still fail where they are read, except the header's own other words
// standing whole (合計支出額, 支出先数, 事業を行う上での役割, each once:
// otherBlockWords), which the header line stands for.
func blockHeaderBefore(lines []sheettext.Line, i int) int {
	if lines[i].Text != "支出先ブロック名" {
		return -1
	}
	for k := i + 1; k < len(lines) && k <= i+maxBlockHeaderReach; k++ {
		t := lines[k].Text
		if isBlockRowLine(t) {
			return k
		}
		if t == "支出先名" || t == "支出先ブロック名" || strings.HasPrefix(t, string(label.SpRecipientHeader)) || strings.HasPrefix(t, string(label.SpBlockHeader)) {
			return -1
		}
	}
	return -1
}

// otherBlockWords appends to out the lines between a block header's
// first word and its row (see blockHeaderBefore), without the header's
// other words standing whole, the first of each: header words carry no
// cell. A word glued to a "-" (-合計支出額) is kept, to fail: it holds a
// cell.
func otherBlockWords(out, between []sheettext.Line) []sheettext.Line {
	var seen [3]bool
	for _, l := range between {
		w := slices.Index([]string{"合計支出額", "支出先数", "事業を行う上での役割"}, l.Text)
		if w >= 0 && !seen[w] {
			seen[w] = true
			continue
		}
		out = append(out, l)
	}
	return out
}

// isBlockRowLine reports whether t is a whole block row: a block letter,
// a name, 合計支出額 and 支出先数 last.
func isBlockRowLine(t string) bool {
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], t)
	return len(toks) >= 4 && linerules.IsBlockLetter(toks[0]) && linerules.BlockFigures(toks) == len(toks)-2
}

// BlockRoleAfterName returns how many lines after a recipient's name
// (lines[i] is the name's line) and before its "支出額" label are the
// role of the block row just read: Chromium prints the role there, for
// the first recipient of a block. Only lines that are no header word
// and no figure count; 0 when the label does not follow within
// maxRoleLines.
func BlockRoleAfterName(lines []sheettext.Line, i int) int {
	const maxRoleLines = 4
	for n := 1; n <= maxRoleLines && i+n < len(lines); n++ {
		t := lines[i+n].Text
		if t == "支出額" {
			return n - 1
		}
		if linerules.IsListWord(t) || num.IsAmount(t) || t == num.Absent {
			return 0
		}
	}
	return 0
}

// JoinListCells rewrites the list's label/value lines (see above) as
// header and row lines, block rows, recipient rows and contract headers
// alike. The role of a block row printed after its first recipient's
// name goes back after the block row. It returns lines as they are when
// nothing matched.
func JoinListCells(lines []sheettext.Line) []sheettext.Line {
	// a contract header's last word printed apart (A5, listwords.go)
	lines = completeContractHeaders(lines)
	lines = BlockTailAfterWords(lines)
	lines = RecipientWordsAmongCells(lines)
	lines = IDAmongContractWords(lines)
	lines = MoveLastContractWord(lines)
	lines = GatherContractWords(lines)
	lines = FirstRecipientAfterRole(lines)
	lines = FirstRecipientAfterBlockRole(lines) // LibreOffice (rolerecipient.go)
	lines = DropMovedPageNumber(lines)
	var out []sheettext.Line // nil until something joins
	blockRow := -1           // index in out of a block row read here, without its role
	i := 0
	// begin starts the copy at line i, once something joins
	begin := func() {
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
	}
	// emit puts rows for the n lines at i: a row read whole, whose role
	// (if any) follows it
	emit := func(n int, rows ...sheettext.Line) {
		begin()
		out = append(out, rows...)
		blockRow = -1
		i += n
	}
	for i < len(lines) {
		if rows, n := blockLabelRow(lines, i); n > 0 {
			begin()
			out = append(out, rows...)
			blockRow = len(out) - 1
			i += n
			continue
		}
		if k := blockHeaderBefore(lines, i); k > 0 {
			begin()
			out = otherBlockWords(out, lines[i+1:k])
			out = append(out, sheettext.Line{Text: string(label.SpBlockHeader), Pos: lines[i].Pos, Break: lines[i].Break, Page: lines[i].Page}, lines[k])
			blockRow = -1 // its role follows it
			i = k + 1
			continue
		}
		if lines[i].Text == "支出先名" && blockRow >= 0 && i+1 < len(lines) {
			if r := BlockRoleAfterName(lines, i+1); r > 0 && i+6+r <= len(lines) {
				view := append([]sheettext.Line{lines[i], lines[i+1]}, lines[i+2+r:i+6+r]...)
				if head, row, ok := recipientLabelRow(view, 0); ok && ContractHeaderWordsAt(lines, i+6+r) > 0 {
					begin()
					role := lines[i+2 : i+2+r]
					out = append(out[:blockRow+1], append(append([]sheettext.Line{}, role...), out[blockRow+1:]...)...)
					out = append(out, head, row)
					blockRow = -1
					i += 6 + r
					continue
				}
			}
		}
		if head, row, ok := letterBeforeHeader(lines, i); ok { // A5 (listwords.go)
			emit(3, head, row)
			continue
		}
		if rows, n := blockWordsRow(lines, i); n > 0 { // wkhtmltopdf (listwords.go)
			emit(n, rows...) // its role follows it
			continue
		}
		if head, row, ok := recipientWordsRow(lines, i); ok && ContractHeaderWordsAt(lines, i+6) > 0 {
			emit(6, head, row)
			continue
		}
		if head, row, ok := recipientLabelRow(lines, i); ok && ContractHeaderWordsAt(lines, i+6) > 0 {
			emit(6, head, row)
			continue
		}
		if head, row, ok := recipientAfterHeaderRow(lines, i); ok && ContractHeaderWordsAt(lines, i+4) > 0 {
			emit(4, head, row)
			continue
		}
		if head, row, ok := recipientCellLines(lines, i); ok { // mutool, PyMuPDF (recipientcells.go)
			emit(4, head, row)
			continue
		}
		if n := splitReasonHeaderAt(lines, i); n > 0 { // LibreOffice through mutool, PyMuPDF (recipientcells.go)
			begin()
			out = append(out, sheettext.Line{Text: string(label.SpContractHeader), Pos: lines[i].Pos, Break: lines[i].Break, Page: lines[i].Page})
			i += n
			continue
		}
		n := ContractHeaderWordsAt(lines, i)
		if n == 0 && contractHeaderAnyOrder(lines, i) { // A5 (listwords.go)
			n = len(linerules.ContractHeaderWords)
		}
		if n > 0 {
			begin()
			first := lines[i+n-len(linerules.ContractHeaderWords)]
			out = append(out, sheettext.Line{Text: string(label.SpContractHeader), Pos: first.Pos, Break: lines[i].Break, Page: lines[i].Page})
			i += n
			continue
		}
		if out != nil {
			out = append(out, lines[i])
		}
		i++
	}
	return linerules.Rewritten(out, lines)
}

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
		if linerules.IsPageNumber(lines[i].Text) && beforeMovedBreak(lines, i) {
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
