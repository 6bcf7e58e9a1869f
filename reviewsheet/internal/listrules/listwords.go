package listrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 支出先上位者リスト as pdftotext without -layout reads it from the
// wkhtmltopdf PDF: a header's words a line each, with the cells of the
// row under it after some of them, not paired as in the Chromium text
// (listcells.go). Each cell still stands where only one cell can: every
// position is typed (a name, an amount, a 13-digit 法人番号, a count), so
// the rules below read a row only when every line has its position's
// shape, and a recipient only when the whole contract header follows it
// word by word, as JoinListCells asks of the Chromium shapes.

// recipientWordsRow recognises, at lines[i], a recipient printed after
// two or three of its header's words:
//
//	支出先名 / 支出額 / name / amount / 法人番号 / 法人番号 value
//	支出先名 / 支出額 / 法人番号 / name / amount / 法人番号 value
//
// and returns the header and row lines that replace those six lines.
// The name is one line that is no header word, no amount and no "--";
// the amount an amount or "--"; the 法人番号 13 digits or "--".
func recipientWordsRow(lines []sheettext.Line, i int) (head, row sheettext.Line, ok bool) {
	if i+5 >= len(lines) || lines[i].Text != "支出先名" || lines[i+1].Text != "支出額" {
		return head, row, false
	}
	var name, amount, id sheettext.Line
	switch {
	case lines[i+4].Text == "法人番号":
		name, amount, id = lines[i+2], lines[i+3], lines[i+5]
	case lines[i+2].Text == "法人番号":
		name, amount, id = lines[i+3], lines[i+4], lines[i+5]
	default:
		return head, row, false
	}
	if linerules.IsListWord(name.Text) || num.IsAmount(name.Text) || name.Text == num.Absent || linerules.IsCorporateNumber(name.Text) {
		return head, row, false
	}
	if !(num.IsAmount(amount.Text) || amount.Text == num.Absent) || !(linerules.IsCorporateNumber(id.Text) || id.Text == num.Absent) {
		return head, row, false
	}
	head = sheettext.Line{Text: string(label.SpRecipientHeader), Pos: lines[i].Pos, Break: lines[i].Break, Page: lines[i].Page}
	row = sheettext.Line{Text: name.Text + " " + amount.Text + " " + id.Text, Pos: name.Pos}
	return head, row, true
}

// blockWordsRow recognises, at lines[i], the block header's words a line
// each, in order, with the block row's letter and name among them and
// its figures after the last word:
//
//	支出先ブロック名 / 合計支出額 / A / ほか / name / 支出先数 /
//	事業を行う上での役割 / 622,650 / 22
//
// or, words first, the whole row on one line after them (B 岐阜県 ほか
// 16,640 18), or words first, then the row a cell a line (mutool and
// PyMuPDF of the Chromium and wkhtmltopdf PDFs, blockCellLines):
//
//	支出先ブロック名 / 合計支出額 / 支出先数 / 事業を行う上での役割 /
//	A / name ほか / 622,650 / 22
//
// It returns the header and the row ("A name ほか 622,650
// 22"; the role follows, as in the sheet) and how many lines it read.
// The letter is one line that linerules.IsBlockLetter; the name is the other
// lines among the words, at most two: the word ほか (label.BlockOthers), which
// the sheet prints after the name and never starts one, goes last;
// 合計支出額 is an amount or "--", 支出先数 a count or "--". Anything else
// is left as it is.
func blockWordsRow(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	words := [...]string{"支出先ブロック名", "合計支出額", "支出先数", "事業を行う上での役割"}
	const maxBetween = 3 // letter and two name lines
	if i >= len(lines) || lines[i].Text != words[0] {
		return nil, 0
	}
	var letter *sheettext.Line
	var name []sheettext.Line
	k, w := i+1, 1
	for ; k < len(lines) && w < len(words); k++ {
		t := lines[k].Text
		switch {
		case t == words[w]:
			w++
		case linerules.IsListWord(t) || num.IsAmount(t) || t == num.Absent || len(name)+1 > maxBetween:
			return nil, 0
		case letter == nil && linerules.IsBlockLetter(t):
			letter = &lines[k]
		case letter != nil:
			name = append(name, lines[k])
		default:
			return nil, 0
		}
	}
	if w < len(words) {
		return nil, 0
	}
	head := sheettext.Line{Text: string(label.SpBlockHeader), Pos: lines[i].Pos, Break: lines[i].Break, Page: lines[i].Page}
	if letter == nil { // the words, then the whole row on one line
		if k < len(lines) && isBlockRowLine(lines[k].Text) {
			return []sheettext.Line{head, lines[k]}, k + 1 - i
		}
		if row, n := blockCellLines(lines, k); n > 0 { // or a cell a line
			return []sheettext.Line{head, row}, k + n - i
		}
		return nil, 0
	}
	if len(name) == 0 || k+1 >= len(lines) {
		return nil, 0
	}
	total, count := lines[k], lines[k+1]
	if !(num.IsAmount(total.Text) || total.Text == num.Absent) || !(linerules.IsCount(count.Text) || count.Text == num.Absent) {
		return nil, 0
	}
	if len(name) == 2 && name[0].Text == label.BlockOthers && name[1].Text != label.BlockOthers {
		name[0], name[1] = name[1], name[0]
	}
	text := letter.Text
	for j, l := range name {
		if l.Text == label.BlockOthers && j < len(name)-1 {
			return nil, 0 // ほか twice: not a name this rule knows
		}
		text += " " + l.Text
	}
	row := sheettext.Line{Text: text + " " + total.Text + " " + count.Text, Pos: letter.Pos}
	return []sheettext.Line{head, row}, k + 2 - i
}

// blockCellLines recognises, at lines[k], a block row printed a cell a
// line: the letter (one line that linerules.IsBlockLetter), the name
// (one or two lines, none a header word, a figure, a 法人番号 or a block
// letter; the word ほか printed on a line of its own goes last, as in
// blockWordsRow), 合計支出額 (an amount or "--") and 支出先数 (a count or
// "--"). It returns the row on one line and how many lines it read (0
// when the shape is not there in full: nothing is guessed).
func blockCellLines(lines []sheettext.Line, k int) (sheettext.Line, int) {
	const maxName = 2
	if k >= len(lines) || !linerules.IsBlockLetter(lines[k].Text) {
		return sheettext.Line{}, 0
	}
	isName := func(t string) bool {
		return t != "" && !linerules.IsListWord(t) && !num.IsAmount(t) && t != num.Absent &&
			!linerules.IsCorporateNumber(t) && !linerules.IsBlockLetter(t) && !linerules.IsCount(t)
	}
	var name []string
	j := k + 1
	for ; j < len(lines) && len(name) < maxName && isName(lines[j].Text); j++ {
		name = append(name, lines[j].Text)
	}
	if len(name) == 0 || j+1 >= len(lines) {
		return sheettext.Line{}, 0
	}
	total, count := lines[j].Text, lines[j+1].Text
	if !(num.IsAmount(total) || total == num.Absent) || !(linerules.IsCount(count) || count == num.Absent) {
		return sheettext.Line{}, 0
	}
	if len(name) == 2 && name[0] == label.BlockOthers && name[1] != label.BlockOthers {
		name[0], name[1] = name[1], name[0]
	}
	if name[0] == label.BlockOthers {
		return sheettext.Line{}, 0 // ほか alone or twice: not a name
	}
	text := lines[k].Text + " " + strings.Join(name, " ") + " " + total + " " + count
	return sheettext.Line{Text: text, Pos: lines[k].Pos, Break: lines[k].Break, Page: lines[k].Page}, j + 2 - k
}

// letterBeforeHeader recognises, at lines[i], a block row's letter
// printed on a line of its own just before the block header line (A5:
// the letter cell is centred on a row taller than the header's):
//
//	A                                   支出先ブロック名 合計支出額 …
//	支出先ブロック名 合計支出額 …   →    A 株式会社エヌ・ティ・ティ・…
//	株式会社エヌ・ティ・ティ・…
//
// and returns the header and the row's first line with the letter put
// back before it. The letter is one line that linerules.IsBlockLetter; the line
// after the header must be no header word, no figure and no block row
// of its own (which would have its letter already).
func letterBeforeHeader(lines []sheettext.Line, i int) (head, row sheettext.Line, ok bool) {
	if i+2 >= len(lines) || !linerules.IsBlockLetter(lines[i].Text) || lines[i+1].Text != string(label.SpBlockHeader) {
		return head, row, false
	}
	first := lines[i+2]
	if linerules.IsListWord(first.Text) || num.IsAmount(first.Text) || first.Text == num.Absent || isBlockRowLine(first.Text) || first.Text == string(label.SpRecipientHeader) {
		return head, row, false
	}
	head = lines[i+1]
	head.Break, head.Page = lines[i].Break, lines[i].Page
	row = sheettext.Line{Text: lines[i].Text + " " + first.Text, Pos: lines[i].Pos, Break: first.Break}
	return head, row, true
}

// contractHeaderReach bounds how far after a contract header missing its
// last word that word may stand.
const contractHeaderReach = 12

// completeContractHeaders puts back the last word of a contract header
// printed a word a line (A5): pdftotext prints its four first words in
// place, the last one (一者応札等の理由と改善策∕落札率非公開の理由) after
// the next recipient's row, right before that recipient's own header:
//
//	契約概要（契約名）/契約方式等          契約概要（契約名）/契約方式等
//	支出額 / 入札者数 / 落札率(%)          支出額 / 入札者数 / 落札率(%)
//	令和6年度 … / 1,430 / 1 / -- / --  →   一者応札等の理由と改善策∕…
//	支出先名 / … / 7000020310000           令和6年度 … / 1,430 / 1 / -- / --
//	一者応札等の理由と改善策∕…             支出先名 / … / 7000020310000
//	契約概要（契約名）/契約方式等          契約概要（契約名）/契約方式等
//
// The word moves back only when it stands alone within
// contractHeaderReach lines, right before the next contract or
// recipient header (or its first word), with no contract header word in
// between: a header word carries no cell, so no figure moves with it.
// Anything else is left as it is (the table stays an error).
func completeContractHeaders(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a word moves
	src := lines
	for i := 0; i+4 < len(src); i++ {
		if !firstContractWords(src, i) || isLastContractWord(src[i+4].Text) {
			continue
		}
		j := i + 4
		for ; j < len(src) && j <= i+4+contractHeaderReach; j++ {
			if isLastContractWord(src[j].Text) || src[j].Text == linerules.ContractHeaderWords[0] || src[j].Text == string(label.SpContractHeader) {
				break
			}
		}
		if j+1 >= len(src) || j > i+4+contractHeaderReach || !isLastContractWord(src[j].Text) || !startsListHeader(src[j+1].Text) {
			continue
		}
		moved := make([]sheettext.Line, 0, len(src))
		moved = append(moved, src[:i+4]...)
		moved = append(moved, src[j])
		moved = append(moved, src[i+4:j]...)
		moved = append(moved, src[j+1:]...)
		src, out = moved, moved
		i = j
	}
	return linerules.Rewritten(out, lines)
}

// firstContractWords reports whether the four first words of the
// contract header stand a line each at lines[i].
func firstContractWords(lines []sheettext.Line, i int) bool {
	for k := 0; k < 4; k++ {
		if i+k >= len(lines) || lines[i+k].Text != linerules.ContractHeaderWords[k] {
			return false
		}
	}
	return true
}

// isLastContractWord reports whether t is the contract header's last
// word, with its ∕ or the space Chromium leaves of it.
func isLastContractWord(t string) bool {
	w := linerules.ContractHeaderWords[len(linerules.ContractHeaderWords)-1]
	return t == w || strings.Replace(t, "∕", " ", 1) == w
}

// startsListHeader reports whether t is a contract or recipient header
// of the list, whole or its first word alone.
func startsListHeader(t string) bool {
	return t == linerules.ContractHeaderWords[0] || t == string(label.SpContractHeader) || t == "支出先名" || t == string(label.SpRecipientHeader)
}

// contractHeaderAnyOrder reports whether the five words of the contract
// header stand a line each at lines[i], in any order (A5 prints
// 契約概要 / 入札者数 / 落札率(%) / 支出額 / 一者応札等…): header words carry
// no cell, and the sheet fixes its columns whatever order they are read
// in.
func contractHeaderAnyOrder(lines []sheettext.Line, i int) bool {
	if i+len(linerules.ContractHeaderWords) > len(lines) || lines[i].Text != linerules.ContractHeaderWords[0] {
		return false
	}
	var seen [len(linerules.ContractHeaderWords)]bool
	for k := range linerules.ContractHeaderWords {
		t := lines[i+k].Text
		found := false
		for w, word := range linerules.ContractHeaderWords {
			if !seen[w] && (t == word || (w == len(linerules.ContractHeaderWords)-1 && isLastContractWord(t))) {
				seen[w], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
