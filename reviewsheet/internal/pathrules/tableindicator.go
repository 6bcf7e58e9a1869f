package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// An output's 活動指標 printed inside a later table of its block.
// pdftotext's default mode of the LibreOffice PDF prints, in a path
// block whose output group lacks it, the label 活動指標 and its value
// between the year header and the row labels of an outcome's table:
//
//	活動目標                            活動目標
//	…                                   …
//	地方自治体の…に対し補助を行う。     地方自治体の…に対し補助を行う。
//	定性的なアウトカムに                活動指標
//	…                             →     補助件数
//	活動・成果目標                      定性的なアウトカムに
//	と実績                              …
//	2023年度 2024年度 目標年度          活動・成果目標
//	2025年度                            と実績
//	活動指標                            2023年度 2024年度 目標年度
//	補助件数                            2025年度
//	当初見込み∕目標値(地域)             当初見込み∕目標値(地域)
//
// MoveTableIndicator puts the label and its value (one line, a
// paragraph of its own) back before the output group's first
// 定性的なアウトカムに関する成果実績 when they stand whole between a
// table's year header and a row label, and the block (from its path
// label) has one output group (アウトプット) and no 活動指標 before that
// table: 活動指標 is an output's label, which an outcome's table never
// holds, and the block has one output. Anything else is left as it is.
// Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func MoveTableIndicator(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a label moves
	done := 0                // lines[:done] are in out
	for t := 1; t+2 < len(lines); t++ {
		q := tableIndicatorAt(lines, t)
		if q < 0 {
			continue
		}
		if out == nil {
			out = make([]sheettext.Line, 0, len(lines))
		}
		out = append(out, lines[done:q]...)
		out = append(out, lines[t], lines[t+1])
		out = append(out, lines[q:t]...)
		done = t + 2
	}
	if out == nil {
		return lines
	}
	return append(out, lines[done:]...)
}

// tableIndicatorAt returns where the 活動指標 at lines[t] goes (the index
// of the output group's 定性的なアウトカムに), or -1 when it stays.
func tableIndicatorAt(lines []sheettext.Line, t int) int {
	if lines[t].Text != string(label.OcIndicator) || !lines[t].Break || !lines[t+1].Break || !isRowText(lines[t+1].Text) ||
		!lines[t+2].Break || !isYearHeader(lines[t-1].Text) {
		return -1
	}
	if _, _, ok := rowLabel(lines[t+2].Text); !ok {
		return -1
	}
	output, q := -1, -1
	for k := t - 1; k >= 0; k-- {
		switch l := lines[k].Text; {
		case l == string(label.OcIndicator):
			return -1
		case startsWithOutput(l):
			if output >= 0 {
				return -1
			}
			output = k
		case l == "定性的なアウトカムに" && k+1 < t && lines[k+1].Text == "関する成果実績":
			if output < 0 {
				q = k // the first after the output, as k goes back
			}
		case startsWithPath(l):
			if output < 0 || q < 0 {
				return -1
			}
			return q
		}
	}
	return -1
}
