package userules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A block letter's 費目・使途 rows printed column by column. The sheet
// prints a recipient's rows as its first row, with the block letter, the
// 支出先名 and the 契約概要, and continuation rows whose first three cells
// are "--":
//
//	A 株式会社エヌ・ティ・ティ・データ経営研究所 地域における…業務 事業費 調査研究の実施に係る事業費 130,658
//	-- -- -- 人件費 調査研究に係る人件費 21,832
//	-- -- -- 一般管理費 一般管理費 17,552
//
// pdftotext's default mode prints the first row's block letter, 支出先名,
// 契約概要 and 費目 as one paragraph, and the continuation rows column by
// column: the "--" cells (glued by its de-hyphenation into "---", two
// cells), the first row's 使途, the 費目 column (one line a row), the
// first row's 金額, the 使途 column, the 金額 column (Chromium,
// LibreOffice):
//
//	A 株式会社エヌ・ティ・ティ・データ経営研 / 究所 / 地域における… / … / 査研究業務 / 事業費 / ---
//	---
//	調査研究の実施に係る事業費 / ---
//	人件費 / 一般管理費
//	130,658
//	調査研究に係る人件費 / 一般管理費
//	21,832 / 17,552
//
// (" / " a line break, a new line a blank line between paragraphs.)
//
// The rule (UntransposeUseRows), inside the table (after its label and
// unit, before the 国庫債務負担行為等による契約先リスト): a paragraph whose
// first line starts with a block letter and a space, its other lines
// text, then "--" lines; then lines of one cell each (no space) up to a
// blank line before a line of several cells or the table's end. They are
// read by shape: "--" runs (d dashes are d-1 cells), amounts, text. With
// N amounts (N ≥ 3: with two rows a column is one line and the columns
// cannot be told from the cells after them), the rows are N, and the
// rule applies only when everything fits:
//
//   - exactly 3(N-1) "--" cells, the continuation rows' first three;
//   - exactly 2N-1 text lines: the first row's 使途 at a paragraph's
//     start, then the 費目 column (N-1 lines, one paragraph of their own),
//     then the 使途 column (N-1 lines in a row, no blank line among them):
//     a cell wrapped over two lines would make the count differ;
//   - the first amount (the first row's 金額) after the first row's 使途,
//     and the other N-1 amounts one paragraph after the 使途 column.
//
// The first row's 使途 and 金額 go to the end of its paragraph's last text
// line (the 費目; the 支出先名 and 契約概要 stay as printed, for the parser
// to tell apart), each continuation row becomes "-- -- -- 費目 使途 金額"
// on a line after a blank line. Which "--" was printed where does not
// matter (they are all "--"). A group that does not fit is left as it is.

// UntransposeUseRows applies the rule to lines.
func UntransposeUseRows(lines []sheettext.Line) []sheettext.Line {
	in := false
	return linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		t := lines[i].Text
		switch {
		case isUnitAfter(lines, i, label.SpUses):
			in = true
		case !in:
		case linerules.FoldedHasPrefix(t, "国庫債務負担"):
			in = false
		case lines[i].Break:
			return transposedAt(lines, i)
		}
		return nil, 0
	})
}

// useCell is one line of a transposed group read by shape.
type useCell struct {
	at    int // index in lines
	money bool
}

// transposedAt returns the rows of the group starting at lines[i] as the
// rule puts them, and the index after the group, or nil.
func transposedAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	lead, _, ok := strings.Cut(lines[i].Text, " ")
	if !ok || !linerules.IsBlockLetter(lead) {
		return nil, 0
	}
	// the first row's paragraph: text lines, then "--" lines
	dashes := 0
	p := i + 1
	for ; p < len(lines) && !lines[p].Break; p++ {
		d, isDash := linerules.DashRunCells(lines[p].Text)
		switch {
		case isDash:
			dashes += d
		case dashes > 0 || isAmountLine(lines[p].Text):
			return nil, 0
		}
	}
	lastText := p - 1 - dashesLines(lines[i+1:p])
	if lastText <= i {
		return nil, 0 // the 費目 is not on a line of its own
	}
	var texts, money []useCell
	end := p
	for ; end < len(lines) && !strings.Contains(lines[end].Text, " "); end++ {
		t := lines[end].Text
		if d, isDash := linerules.DashRunCells(t); isDash {
			dashes += d
			continue
		}
		c := useCell{at: end, money: isAmountLine(t)}
		if c.money {
			money = append(money, c)
		} else {
			texts = append(texts, c)
		}
	}
	n := len(money)
	if n < 3 || dashes != 3*(n-1) || len(texts) != 2*n-1 || (end < len(lines) && !lines[end].Break) {
		return nil, 0
	}
	fee, use := texts[1:n], texts[n:]
	if !lines[texts[0].at].Break || money[0].at < texts[0].at ||
		!oneParagraph(lines, fee) || !inARow(lines, use) || !oneParagraph(lines, money[1:]) ||
		money[1].at < use[len(use)-1].at {
		return nil, 0
	}
	out := make([]sheettext.Line, 0, lastText-i+n)
	out = append(out, lines[i:lastText+1]...)
	out[len(out)-1].Text += " " + lines[texts[0].at].Text + " " + lines[money[0].at].Text
	const lead3 = num.Absent + " " + num.Absent + " " + num.Absent + " "
	for k := 1; k < n; k++ {
		f := lines[fee[k-1].at]
		out = append(out, sheettext.Line{
			Text:  lead3 + f.Text + " " + lines[use[k-1].at].Text + " " + lines[money[k].at].Text,
			Pos:   f.Pos,
			Break: true,
		})
	}
	return out, end
}

// dashesLines counts the "--" lines at the end of lines.
func dashesLines(lines []sheettext.Line) int {
	n := 0
	for k := len(lines) - 1; k >= 0; k-- {
		if _, ok := linerules.DashRunCells(lines[k].Text); !ok {
			break
		}
		n++
	}
	return n
}

// oneParagraph reports whether cells are consecutive lines forming a
// paragraph's start: the first after a blank line, the others right
// after it.
func oneParagraph(lines []sheettext.Line, cells []useCell) bool {
	return lines[cells[0].at].Break && inARow(lines, cells)
}

// inARow reports whether cells are consecutive lines with no blank line
// between them.
func inARow(lines []sheettext.Line, cells []useCell) bool {
	for k := 1; k < len(cells); k++ {
		if cells[k].at != cells[k-1].at+1 || lines[cells[k].at].Break {
			return false
		}
	}
	return true
}
