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
//
// One vectorised search (bytes.Index of "出先名\n", common to both
// spellings) finds the candidates; input without the list costs that pass.
func HasCellALine(src []byte) bool {
	const tail = "出先名\n"
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(tail))
		if j < 0 {
			return false
		}
		i += j
		if head := i - len("支"); head >= 0 && isShi(src[head:i]) && (head == 0 || src[head-1] == '\n' || src[head-1] == '\f') {
			rest := bytes.TrimLeft(src[i+len(tail):], "\n\f \t")
			if len(rest) >= len("支出額") && isShi(rest[:len("支")]) && bytes.HasPrefix(rest[len("支"):], []byte("出額")) {
				after := rest[len("支出額"):]
				if len(after) == 0 || after[0] == '\n' || bytes.HasPrefix(after, []byte(" 法人番号")) || bytes.HasPrefix(after, []byte(" 法⼈番号")) {
					return true
				}
			}
		}
		i += len(tail)
	}
}

// isShi reports 支 or its Kangxi radical ⽀ (U+2F40).
func isShi(b []byte) bool { return string(b) == "支" || string(b) == "⽀" }
