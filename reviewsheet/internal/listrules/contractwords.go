package listrules

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The contract header of the list (契約概要（契約名）/契約方式等 / 支出額 /
// 入札者数 / 落札率(%) / 一者応札等の理由と改善策∕落札率非公開の理由) as
// pdftotext without -layout reads it from the A5 fixture: a word a line,
// some of its words after cells of the table it heads. A header word
// carries no cell, and the sheet fixes the table's columns whatever
// order its words are read in, so a word may go back to its header when
// no other header stands in between: the cells keep their order and no
// figure moves. A word that could belong to another header (支出額 is
// also a word of the recipient header) is never taken across that
// header.

// contractWordsReach bounds how many lines after a contract header's
// first words the rules look for its other words.
const contractWordsReach = 16

// nWords is the number of words of the contract header.
const nWords = len(linerules.ContractHeaderWords)

// contractWord returns the index in linerules.ContractHeaderWords of t,
// a contract header word alone on its line (the last one with its ∕ or
// the space Chromium leaves of it), or −1.
func contractWord(t string) int {
	for w, word := range linerules.ContractHeaderWords {
		if t == word {
			return w
		}
	}
	if strings.Replace(t, "∕", " ", 1) == linerules.ContractHeaderWords[nWords-1] {
		return nWords - 1
	}
	return -1
}

// otherHeader reports whether t is a header of the list other than the
// contract header's words: a whole header line (a contract header
// included), or a word of the recipient or block header that no
// contract header has.
func otherHeader(t string) bool {
	switch t {
	case string(label.SpRecipientHeader), string(label.SpBlockHeader), "支出先名", "法人番号", "支出先ブロック名", "合計支出額", "支出先数", "事業を行う上での役割":
		return true
	}
	return strings.HasPrefix(t, linerules.ContractHeaderWords[0]+" ")
}

// firstWordsAt reports whether the contract header's first four words
// stand a line each, in order, at lines[i].
func firstWordsAt(lines []sheettext.Line, i int) bool {
	for k := 0; k < nWords-1; k++ {
		if i+k >= len(lines) || lines[i+k].Text != linerules.ContractHeaderWords[k] {
			return false
		}
	}
	return true
}

// MoveLastContractWord puts back the last word of a contract header
// whose four first words stand a line each, in order, when the word
// stands alone further down, within contractWordsReach lines:
//
//	契約概要（契約名）/契約方式等            契約概要（契約名）/契約方式等
//	支出額 / 入札者数 / 落札率(%)           支出額 / 入札者数 / 落札率(%)
//	「孤独・孤立対策強化月間」… / …      →  一者応札等の理由と改善策∕…
//	34,540 5 -- / 予定価格が… / しない。    「孤独・孤立対策強化月間」… / …
//	一者応札等の理由と改善策∕…             34,540 5 -- / 予定価格が… / しない。
//	「つながりサポーター養成講座」…         「つながりサポーター養成講座」…
//
// Between the fourth word and the last one there may be cells only (the
// table's own), or, right before the last word, the next recipient's
// whole header line (A5 prints the word there, before that recipient's
// row). Any other header line or word in between (another contract
// header word, 支出先名, 法人番号, a block header) leaves the lines as
// they are: the word could be that header's.
func MoveLastContractWord(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a word moves
	src := lines
	for i := 0; i+nWords-1 < len(src); i++ {
		k := i + nWords - 1 // where the last word belongs
		if !firstWordsAt(src, i) || contractWord(src[k].Text) == nWords-1 {
			continue
		}
		j := lastWordAfter(src, k)
		if j < 0 {
			continue
		}
		moved := linerules.CopyBefore(src, k)
		moved = append(moved, src[j])
		moved = append(moved, src[k:j]...)
		moved = append(moved, src[j+1:]...)
		src, out = moved, moved
		i = j
	}
	return linerules.Rewritten(out, lines)
}

// lastWordAfter returns the index of the contract header's last word
// alone at or after lines[k], within contractWordsReach lines, with
// cells only before it (or a whole recipient header right before it);
// −1 when there is none or another header stands first.
func lastWordAfter(lines []sheettext.Line, k int) int {
	for j := k; j < len(lines) && j < k+contractWordsReach; j++ {
		t := lines[j].Text
		w := contractWord(t)
		switch {
		case w == nWords-1:
			return j
		case t == string(label.SpRecipientHeader):
			if j+1 < len(lines) && contractWord(lines[j+1].Text) == nWords-1 {
				return j + 1
			}
			return -1
		case w >= 0 || otherHeader(t):
			return -1
		}
	}
	return -1
}

// GatherContractWords puts together a contract header whose first word
// stands alone right after a recipient's row printed a cell a line and
// whose four other words follow among the cells of its table, in any
// order (A5, wkhtmltopdf):
//
//	支出先名 支出額 法人番号                  支出先名 支出額 法人番号
//	ＮＰＯ法人市民ネットすいた / 4,506 /      ＮＰＯ法人市民ネットすいた / 4,506 /
//	7120905003161                             7120905003161
//	契約概要（契約名）/契約方式等        →    契約概要（契約名）/契約方式等 / 支出額 /
//	支出額                                    入札者数 / 落札率(%) / 一者応札等…
//	令和6年度孤独・… / 補助金等交付 /         令和6年度孤独・孤立担い手育成支援事業
//	4,506 / 1 / -- / --                       補助金等交付 / 4,506 / 1 / -- / --
//	入札者数 / 落札率(%) / 一者応札等…
//
// The five words take the first word's place, a line each in the
// sheet's order (JoinListCells then reads the header and the recipient
// row above it); the cells between keep their order. It applies only
// when
//
//   - the lines before the first word are a recipient's row whose every
//     position has its shape: the whole header line, the name, the
//     支出額 (an amount or "--") and the 法人番号 (13 digits or "--"), a
//     line each (A5), or the header's words with the cells after some
//     of them (recipientWordsRow, wkhtmltopdf): the table heads this
//     recipient's contracts;
//   - the line before that recipient is no contract header or word of
//     one (a table of the recipient above, still empty or not whole,
//     whose cells could be the ones read here: the contracts of the
//     recipient above would be read as this one's);
//   - each of the four words is found once, within contractWordsReach
//     lines, before any other header line or word (支出先名, 法人番号, a
//     whole header: the next recipient's cells follow) and before the
//     first word again, with a cell among them; or the last word only
//     is not, and stands alone after the next recipient's 支出先名
//     among that recipient's header words and cells, right before a
//     whole contract header (the next table's, which cannot be missing
//     it: lastWordBeyond).
//
// Anything else is left as it is (the table stays an error).
func GatherContractWords(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a header is gathered
	var words []int
	for i := 0; i < len(lines); i++ {
		var last int
		last, words = contractWordsAmongCells(lines, i, words[:0])
		if last < 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, lines[i])
		for _, w := range linerules.ContractHeaderWords[1:] {
			for _, k := range words {
				if t := lines[k].Text; t == w || contractWord(t) == nWords-1 && w == linerules.ContractHeaderWords[nWords-1] {
					out = append(out, lines[k])
					break
				}
			}
		}
		for k := i + 1; k <= last; k++ {
			if !slices.Contains(words, k) {
				out = append(out, lines[k])
			}
		}
		i = last
	}
	return linerules.Rewritten(out, lines)
}

// contractWordsAmongCells returns, for GatherContractWords, the index of
// the last line the header whose first word is lines[i] takes and the
// indices of its other words (appended to words); −1 when the rule does
// not apply.
func contractWordsAmongCells(lines []sheettext.Line, i int, words []int) (int, []int) {
	if lines[i].Text != linerules.ContractHeaderWords[0] || !afterRecipientRow(lines, i) {
		return -1, words
	}
	var seen [nWords]bool
	cells := 0
	for j := i + 1; j < len(lines) && j <= i+contractWordsReach; j++ {
		t := lines[j].Text
		w := contractWord(t)
		switch {
		case w == 0 || w > 0 && seen[w]:
			return -1, words
		case otherHeader(t):
			if len(words) != nWords-2 || seen[nWords-1] || cells == 0 {
				return -1, words
			}
			k := lastWordBeyond(lines, j)
			if k < 0 {
				return -1, words
			}
			return k, append(words, k)
		case w > 0:
			seen[w] = true
			if words = append(words, j); len(words) == nWords-1 {
				if cells == 0 { // the words in a row: not this rule's shape
					return -1, words
				}
				return j, words
			}
		default:
			cells++
		}
	}
	return -1, words
}

// lastWordBeyond returns the index of the contract header's last word
// standing alone after the next recipient's first header word
// lines[j] ("支出先名"), among that recipient's header words (支出額,
// 法人番号) and cells, within maxRecipientWords lines, when the next
// line after it that is a contract header word or line is a whole
// contract header, on one line or a word a line in order (the word
// cannot be that header's); −1 otherwise.
func lastWordBeyond(lines []sheettext.Line, j int) int {
	const maxRecipientWords = 6 // 支出先名 / 支出額 / name / amount / the word / 法人番号
	if lines[j].Text != "支出先名" {
		return -1
	}
	k := -1
	for m := j + 1; m < len(lines) && m <= j+maxRecipientWords+2; m++ {
		t := lines[m].Text
		switch w := contractWord(t); {
		case w == nWords-1 && k < 0 && m <= j+maxRecipientWords:
			k = m
		case t == string(label.SpContractHeader) || ContractHeaderWordsAt(lines, m) > 0:
			return k
		case t == "支出額" || t == "法人番号":
		case w >= 0 || otherHeader(t):
			return -1
		}
	}
	return -1
}

// afterRecipientRow reports whether the lines before lines[i] are a
// recipient's row whose every position has its shape, with no contract
// header or word of one right before it (see GatherContractWords).
func afterRecipientRow(lines []sheettext.Line, i int) bool {
	n := 0
	switch {
	case recipientCellsBefore(lines, i):
		n = 4
	case i >= 6:
		if _, _, ok := recipientWordsRow(lines, i-6); ok {
			n = 6
		}
	}
	if n == 0 {
		return false
	}
	if i == n {
		return true
	}
	before := lines[i-n-1].Text
	return contractWord(before) < 0 && !strings.HasPrefix(before, linerules.ContractHeaderWords[0])
}

// recipientCellsBefore reports whether the four lines before lines[i]
// are a recipient's whole header line and its row a cell a line.
func recipientCellsBefore(lines []sheettext.Line, i int) bool {
	if i < 4 || lines[i-4].Text != string(label.SpRecipientHeader) {
		return false
	}
	name, amount, id := lines[i-3].Text, lines[i-2].Text, lines[i-1].Text
	if linerules.IsListWord(name) || num.IsAmount(name) || name == num.Absent || linerules.IsCorporateNumber(name) {
		return false
	}
	return (num.IsAmount(amount) || amount == num.Absent) && (linerules.IsCorporateNumber(id) || id == num.Absent)
}
