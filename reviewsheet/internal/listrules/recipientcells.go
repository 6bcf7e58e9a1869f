package listrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// recipientCellLines recognises, at lines[i], a recipient row printed a
// cell a line in a paragraph of its own under its header, the contract
// header right after it (mutool, PyMuPDF: text printed a cell a line,
// the header joined by JoinHeaderRows):
//
//	支出先名 支出額 法人番号              支出先名 支出額 法人番号
//	                                     →
//	株式会社野村総合研究所                株式会社野村総合研究所 142,172 4010001054032
//	142,172                               契約概要（契約名）/契約方式等 …
//	4010001054032
//	契約概要（契約名）/契約方式等 …
//
// Every position must have its shape: a name that is no list word and
// no figure, an amount (or "--"), a 13-digit 法人番号 (or "--"); the
// three lines one paragraph (a blank line or a page break before the
// name only), the contract header next. It returns the header and the
// row that replace the four lines.
func recipientCellLines(lines []sheettext.Line, i int) (head, row sheettext.Line, ok bool) {
	if i+4 >= len(lines) || lines[i].Text != string(label.SpRecipientHeader) {
		return head, row, false
	}
	name, amount, id := lines[i+1], lines[i+2], lines[i+3]
	if amount.Break || id.Break || linerules.IsListWord(name.Text) || linerules.IsFigureCell(name.Text) || name.Text == string(label.SpRecipientHeader) {
		return head, row, false
	}
	if !(num.IsAmount(amount.Text) || amount.Text == num.Absent) || !(linerules.IsCorporateNumber(id.Text) || id.Text == num.Absent) {
		return head, row, false
	}
	if lines[i+4].Text != string(label.SpContractHeader) && ContractHeaderWordsAt(lines, i+4) == 0 && splitReasonHeaderAt(lines, i+4) == 0 {
		return head, row, false
	}
	row = sheettext.Line{Text: name.Text + " " + amount.Text + " " + id.Text, Pos: name.Pos, Break: name.Break, Page: name.Page}
	return lines[i], row, true
}

// splitReasonHeaderAt reports how many lines the contract header takes
// at lines[i] when printed a word a line with its last word in two
// lines and the "∕" between them after both (LibreOffice's PDF through
// mutool and PyMuPDF):
//
//	契約概要（契約名）/契約方式等 / 支出額 / 入札者数 / 落札率(%) /
//	一者応札等の理由と改善策 / 落札率非公開の理由 / ∕
//
// and 0 when it is not there.
func splitReasonHeaderAt(lines []sheettext.Line, i int) int {
	words := linerules.ContractHeaderWords
	last := len(words) - 1
	first, second, ok := strings.Cut(words[last], " ")
	if !ok || i+len(words)+1 >= len(lines) {
		return 0
	}
	for k, w := range words[:last] {
		if lines[i+k].Text != w {
			return 0
		}
	}
	if lines[i+last].Text != first || lines[i+last+1].Text != second || lines[i+last+2].Text != "∕" {
		return 0
	}
	return len(words) + 2
}
