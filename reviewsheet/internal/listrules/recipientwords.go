package listrules

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A recipient's header words printed among the last cells of the
// contract table above it, and its 法人番号 among the words of its own
// contract header, as pdftotext without -layout reads the A5 fixture
// across a page break:
//
//	6,000 / 1                              6,000 / 1
//	支出先名                                 --
//	--                                       --
//	-支出額                                  一者応札等の理由と改善策∕…
//	法人番号                          →      支出先名 支出額 法人番号
//	一者応札等の理由と改善策∕…               公益財団法人ひょうごコミュニティ財団
//	公益財団法人ひょうごコミュニティ財団     6,000
//	6,000                                    7140005021310
//	契約概要（契約名）/契約方式等            契約概要（契約名）/契約方式等
//	入札者数 / 支出額 / 7140005021310 /      入札者数 / 支出額 / 落札率(%) / …
//	落札率(%) / …
//
// "-支出額" is the cell "--" that ended its line, glued to the next by
// pdftotext's de-hyphenation (linerules: dehyphen.go), and the word.

// glued is the de-hyphenated form of a "--" cell followed by the
// recipient header's word 支出額.
const glued = "-支出額"

// RecipientWordsAmongCells moves a recipient's header words, printed a
// line each with cells of the table above between them ("支出先名", then
// "支出額" or glued "-支出額" and up to three "--" or figure cells: a
// contract row's 入札者数, 落札率 and 理由, then "法人番号"), to a header
// line before the recipient's name: the cells
// stay where they are, after the table's cells, and "-支出額" gives its
// "--". It applies only when every cell of the recipient is found
// elsewhere, so the cells between the words cannot be its: after the
// words (and contract header words, which stay) come the name (text),
// the 支出額 (an amount) and then a 13-digit 法人番号, before the next
// contract header (whole, or its first word) or within its words
// (IDAmongContractWords puts it in place);
// and the line before "支出先名" is a figure or "--" (a table's row
// above). Anything else is left as it is.
func RecipientWordsAmongCells(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		cells, name, ok := recipientWordsAt(lines, i)
		if !ok {
			return nil, 0
		}
		k := i + 1
		for lines[k].Text != "法人番号" {
			k++
		}
		out := append(cells[:len(cells):len(cells)], lines[k+1:name]...) // contract header words
		out = append(out, sheettext.Line{Text: string(label.SpRecipientHeader), Pos: lines[i].Pos, Break: lines[name].Break, Page: lines[name].Page})
		l := lines[name]
		l.Break, l.Page = false, false
		return append(out, l), name + 1
	})
}

// recipientWordsAt recognises the shape of RecipientWordsAmongCells at
// lines[i]: it returns the cells between the words (the "--" of
// "-支出額" included) and the index of the name.
func recipientWordsAt(lines []sheettext.Line, i int) ([]sheettext.Line, int, bool) {
	if lines[i].Text != "支出先名" || i == 0 || !isFigureCell(lines[i-1].Text) {
		return nil, 0, false
	}
	var cells []sheettext.Line
	amountWord := false
	k := i + 1
	for ; k < len(lines) && k <= i+4 && lines[k].Text != "法人番号"; k++ {
		l := lines[k]
		switch {
		case !amountWord && (l.Text == "支出額" || l.Text == glued && len(cells) < 3):
			amountWord = true
			if l.Text == glued {
				cells = append(cells, sheettext.Line{Text: num.Absent, Pos: l.Pos, Break: l.Break, Page: l.Page})
			}
		case isFigureCell(l.Text) && len(cells) < 3:
			cells = append(cells, l)
		default:
			return nil, 0, false
		}
	}
	if k >= len(lines) || lines[k].Text != "法人番号" || !amountWord || len(cells) == 0 {
		return nil, 0, false
	}
	name := k + 1
	for name < len(lines) && contractWord(lines[name].Text) > 0 {
		name++
	}
	if name+3 >= len(lines) || !isNameCell(lines[name].Text) || !num.IsAmount(lines[name+1].Text) {
		return nil, 0, false
	}
	if id := lines[name+2].Text; linerules.IsCorporateNumber(id) { // the row whole, then its contract header
		next := lines[name+3].Text
		return cells, name, next == string(label.SpContractHeader) || next == linerules.ContractHeaderWords[0]
	}
	return cells, name, idAmongWords(lines, name+2) >= 0
}

// IDAmongContractWords moves a recipient's 法人番号 printed among the
// words of its contract header (see above) back before the header: the
// recipient header line, the name, the 支出額, then the header's first
// word and its other words a line each with the 13-digit number the
// one line among them that is no word. The number is the row's only
// missing cell and header words carry none, so it is the row's.
func IDAmongContractWords(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a number moves
	for i := 0; i < len(lines); i++ {
		var id int
		if i >= 3 && lines[i-3].Text == string(label.SpRecipientHeader) && isNameCell(lines[i-2].Text) && num.IsAmount(lines[i-1].Text) {
			id = idAmongWords(lines, i)
		}
		if id <= 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, lines[id])
		out = append(out, lines[i:id]...)
		out = append(out, lines[id+1:i+nWords+1]...)
		i += nWords
	}
	return linerules.Rewritten(out, lines)
}

// idAmongWords returns the index of the 13-digit number standing among
// the contract header's words a line each whose first word is lines[i]
// (the five words and the number, in the header's first six lines, the
// number not first), or −1.
func idAmongWords(lines []sheettext.Line, i int) int {
	if i+nWords >= len(lines) || lines[i].Text != linerules.ContractHeaderWords[0] {
		return -1
	}
	id := -1
	var seen [nWords]bool
	seen[0] = true
	for k := i + 1; k <= i+nWords; k++ {
		t := lines[k].Text
		if w := contractWord(t); w > 0 && !seen[w] {
			seen[w] = true
			continue
		}
		if id >= 0 || !linerules.IsCorporateNumber(t) {
			return -1
		}
		id = k
	}
	return id
}

// isFigureCell reports whether t is one figure cell of a contract row:
// "--", a number, an amount or a rate.
func isFigureCell(t string) bool {
	if t == num.Absent || num.IsAmount(t) {
		return true
	}
	_, err := num.ParseDecimal(t)
	return err == nil
}

// isNameCell reports whether t can be a recipient's name: no header
// word, no figure, no 法人番号.
func isNameCell(t string) bool {
	return t != "" && !linerules.IsListWord(t) && contractWord(t) < 0 && !isFigureCell(t) && !linerules.IsCorporateNumber(t) && !otherHeader(t)
}
