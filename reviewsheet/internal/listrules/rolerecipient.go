package listrules

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A block's first recipient as pdftotext without -layout reads it from
// the LibreOffice PDF: the block row whole, its role, then the
// recipient's cells a label and a value each (支出先名 / 岐阜県 / 支出額 /
// 3,672 / 法人番号 / 4000020210005), which normalize.JoinHeaderRows has
// joined into the header, moving the name and the amount before it as
// if they were a row above:
//
//	B 岐阜県 ほか 16,640 18                    B 岐阜県 ほか 16,640 18
//	各都道府県が行う…交付金による国            各都道府県が行う…交付金による国
//	庫補助を実施。                       →     庫補助を実施。
//	岐阜県                                     支出先名 支出額 法人番号
//	3,672                                      岐阜県 3,672 4000020210005
//	支出先名 支出額 法人番号
//	4000020210005
//
// The block row's role then reads up to the header and takes the name
// and the amount (a conflict with the flow's role). What it ends with
// the contract header may be printed apart (LibreOffice prints the
// contract header's words among the cells of the next rows), so
// recipientAfterHeaderRow, which wants the header after the 法人番号,
// does not read it.

// FirstRecipientAfterBlockRole rewrites the shape above. What the sheet
// tells, all of which must hold: a whole block row (letter, name ending
// in ほか, 合計支出額, 支出先数); one to maxRoleLines lines of its role,
// text only (no header word, no figure); the name's line, which must be
// the block's name without ほか (the sheet names a block of several
// recipients after its first one, so the line is that recipient's whole
// name and not the end of the role); one amount (or "--"); the
// recipient header; one 13-digit 法人番号 (or "--"). The row is "name
// 支出額 法人番号" after the header; anything else is left as it is.
func FirstRecipientAfterBlockRole(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		name, ok := recipientAfterBlockRoleAt(lines, i)
		if !ok {
			return nil, 0
		}
		head := lines[name+2]
		head.Break, head.Page = lines[name].Break, lines[name].Page
		row := sheettext.Line{Text: lines[name].Text + " " + lines[name+1].Text + " " + lines[name+3].Text, Pos: lines[name].Pos}
		return append(append(lines[i:name:name], head), row), name + 4
	})
}

// recipientAfterBlockRoleAt recognises the shape at lines[i], the block
// row, and returns the index of the name's line.
func recipientAfterBlockRoleAt(lines []sheettext.Line, i int) (int, bool) {
	if !isBlockRowLine(lines[i].Text) {
		return 0, false
	}
	first := blockFirstName(lines[i].Text)
	if first == "" {
		return 0, false
	}
	for k := i + 1; k < len(lines) && k <= i+1+maxRoleLines; k++ {
		t := lines[k].Text
		if t == first && k > i+1 {
			if k+3 >= len(lines) {
				return 0, false
			}
			amount, head, id := lines[k+1].Text, lines[k+2].Text, lines[k+3].Text
			if (num.IsAmount(amount) || amount == num.Absent) && head == string(label.SpRecipientHeader) &&
				(linerules.IsCorporateNumber(id) || id == num.Absent) {
				return k, true
			}
			return 0, false
		}
		if linerules.IsListWord(t) || num.IsAmount(t) || t == num.Absent || t == string(label.SpRecipientHeader) {
			return 0, false // the role: text only
		}
	}
	return 0, false
}
