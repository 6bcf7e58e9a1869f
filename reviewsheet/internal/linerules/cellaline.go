package linerules

import "bytes"

// Text printed a cell a line. mutool (draw -F txt), PyMuPDF and pdfminer
// print the cells of a table each on a line of its own, as pdftotext's
// default mode does, but without its de-hyphenation (HasDehyphenated
// does not see them). The rules written for the default mode (tables
// column by column, header words a line each) run on them too; this is
// the second gate.
//
// The shape (HasCellALine): the header of the 支出先上位者リスト printed
// a word a line — a line that is exactly 支出先名, and the next line
// that is not blank starts with the word 支出額 (alone, or followed by
// a space and 法人番号: pdfminer prints "支出額 法人番号" as one
// paragraph). The words may be spelled with the Kangxi radical ⽀
// (U+2F40) for 支, as Chromium's and wkhtmltopdf's PDFs print them. Text in the RS layout, pdftotext -layout text and the
// rendered 2024 corpus print that header as one row ("支出先名 支出額
// 法人番号 …"), so they never show it; a sheet without a list does not
// either, and is read as before.
//
// Rules that undo the de-hyphenation itself (SplitDehyphenated, the
// parser's lost "-" cells) keep the first gate: they need its marks.
func HasCellALine(src []byte) bool {
	return cellALine(src, "支出先名\n", "支出額") || cellALine(src, "⽀出先名\n", "⽀出額")
}

func cellALine(src []byte, head, next string) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(head))
		if j < 0 {
			return false
		}
		i += j
		if i == 0 || src[i-1] == '\n' || src[i-1] == '\f' {
			rest := bytes.TrimLeft(src[i+len(head):], "\n\f \t")
			if after, ok := bytes.CutPrefix(rest, []byte(next)); ok && (len(after) == 0 || after[0] == '\n' || bytes.HasPrefix(after, []byte(" 法人番号"))) {
				return true
			}
		}
		i += len(head)
	}
}
