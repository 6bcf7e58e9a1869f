package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

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
// It is asked of the scanned lines, not the bytes: a line of exactly
// the header word's length is rare, so the gate costs a length compare
// per line (a search of the bytes for "出先名\n" cost 400 M instructions
// a pass over the rendered 2024 corpus, whose first byte E5 begins
// every other kanji). Scan trims a line's trailing blanks and drops blank
// lines, so "the next line that is not blank" is lines[i+1].
func HasCellALine(lines []sheettext.Line) bool {
	for i := 0; i+1 < len(lines); i++ {
		if t := lines[i].Text; len(t) != len("支出先名") || !isShi(t[:len("支")]) || t[len("支"):] != "出先名" {
			continue
		}
		next := strings.TrimLeft(lines[i+1].Text, " \t")
		if len(next) < len("支出額") || !isShi(next[:len("支")]) || !strings.HasPrefix(next[len("支"):], "出額") {
			continue
		}
		switch after := next[len("支出額"):]; {
		case after == "", strings.HasPrefix(after, " 法人番号"), strings.HasPrefix(after, " 法⼈番号"):
			return true
		}
	}
	return false
}

// isShi reports 支 or its Kangxi radical ⽀ (U+2F40).
func isShi(s string) bool { return s == "支" || s == "⽀" }
