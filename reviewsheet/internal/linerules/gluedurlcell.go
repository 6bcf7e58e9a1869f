package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// The 政策体系・評価書URL cell glued to the value of 主要経費. pdftotext's
// default mode of the Chromium PDF reads the 政策・施策 table column by
// column; the last column's cell ("--") stands right above the value of
// 主要経費 in the row below, and the de-hyphenation glues the two:
//
//	主要経費                        主要経費 その他の事項経費
//	政策体系・評価書URL       →     政策体系・評価書URL
//	-その他の事項経費               --
//
// SplitGluedURLCell splits the line into the "--" of the header word and
// the text, which goes beside 主要経費, when 主要経費 stands whole right
// before the header word (the label whose value the next cell down is)
// and the text after the "-" is no figure, dash or label. Anything else
// is left as it is; before it, tablePairs read "-その他の事項経費" as the
// URL (with no error) and 主要経費 as a lost "-". Called only on text
// that shows pdftotext's de-hyphenation (normalize.Gated).
func SplitGluedURLCell(lines []sheettext.Line) []sheettext.Line {
	urlHeader := label.PolicyHeader[len(label.PolicyHeader)-1]
	for i := 1; i+1 < len(lines); i++ {
		if len(lines[i].Text) > len(urlHeader)+8 || LabelLine(lines[i].Text) != urlHeader || !LabelIs(lines[i-1].Text, label.MajorExpense) {
			continue
		}
		rest, ok := strings.CutPrefix(lines[i+1].Text, "-")
		if !ok || !IsPlainText(rest) {
			return lines
		}
		out := CopyBefore(lines, i-1)
		major := lines[i-1]
		major.Text += " " + rest
		cell := lines[i+1]
		cell.Text = num.Absent
		out = append(out, major, lines[i], cell)
		return append(out, lines[i+2:]...)
	}
	return lines
}
