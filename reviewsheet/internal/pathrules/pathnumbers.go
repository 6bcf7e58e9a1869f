package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The numbers of a path block printed on the line after their label.
// pdftotext's default mode of the wkhtmltopdf and A5 PDFs prints the
// label アクティビティからの発現経路 and the path (101-201-301-401-503) as
// two paragraphs:
//
//	アクティビティからの発現経路        アクティビティからの発現経路 101-201-301-401-503
//	101-201-301-401-503           →     アクティビティ
//	アクティビティ
//
// JoinPathNumbers joins them when the label is a whole line and the next
// line is nothing but node numbers (IsPathNumbers). The Chromium and
// LibreOffice texts print the numbers after the block's first labels
// (アクティビティ, アウトプット, 活動目標), their cells interleaved with
// the labels: those are left as they are (no node numbers, an error),
// so that no block is read from cells of other labels. Called only on
// text that shows pdftotext's de-hyphenation (normalize.Gated).
func JoinPathNumbers(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a path joins
	for i := 0; i < len(lines); i++ {
		if lines[i].Text != string(label.OcPath) || i+1 == len(lines) || !IsPathNumbers(lines[i+1].Text) {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		l := lines[i]
		l.Text += " " + lines[i+1].Text
		out = append(out, l)
		i++
	}
	return linerules.Rewritten(out, lines)
}

// IsPathNumbers reports a path as the sheet prints it: node numbers of
// three digits joined by "-", at least two of them ("101-201",
// "102-202-302-402-501").
func IsPathNumbers(t string) bool {
	if len(t) < 7 {
		return false
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
			if digits > 3 {
				return false
			}
		case c == '-' && digits == 3:
			digits = 0
		default:
			return false
		}
	}
	return digits == 3
}
