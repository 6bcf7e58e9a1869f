package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// A wrapped label cut by another label and its "--". pdftotext's default
// mode of the wkhtmltopdf PDF prints the label 詳細 (of the row beside)
// between the lines of the wrapped label below it, and the "--" of 詳細
// glued by the de-hyphenation to the wrapped label's last line:
//
//	所見を踏まえた                      詳細
//	改善点∕概算要                       --
//	求における反映              →       所見を踏まえた
//	詳細                                改善点∕概算要
//	-状況                               求における反映
//	                                    状況
//
// JoinInterruptedLabel rewrites the lines when a whole line is a label of
// the sheet, the line after it is "-" glued to text, and the n lines
// before it with that text spell a label of the sheet over exactly n+1
// lines (nothing after it), while those n lines alone spell none: the
// "--" can then only be the cut-in label's value. Anything else is left
// as it is. Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func JoinInterruptedLabel(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a label is joined
	for i := 0; i < len(lines); i++ {
		n := interruptedAt(lines, i)
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		cut := out[len(out)-n:]
		held := append([]sheettext.Line(nil), cut...)
		out = out[:len(out)-n]
		x, v, last := lines[i], lines[i+1], lines[i+1]
		x.Break, x.Page = held[0].Break, held[0].Page
		v.Text, v.Break, v.Page = num.Absent, false, false
		held[0].Break, held[0].Page = true, false
		last.Text, last.Pos, last.Break, last.Page = last.Text[1:], last.Pos+1, false, false
		out = append(out, x, v)
		out = append(out, held...)
		out = append(out, last)
		i++
	}
	return Rewritten(out, lines)
}

// interruptedAt reports how many lines before lines[i] the cut label
// spans (0: the shape is not there).
func interruptedAt(lines []sheettext.Line, i int) int {
	if i == 0 || i+1 >= len(lines) {
		return 0
	}
	rest, ok := strings.CutPrefix(lines[i+1].Text, "-")
	if !ok || rest == "" || rest[0] == '-' || IsFigureCell(rest) || !isWholeLabel(lines[i].Text) {
		return 0
	}
	for n := 1; n < label.MaxLines && n <= i; n++ {
		probe := make([]sheettext.Line, 0, n+1)
		probe = append(probe, lines[i-n:i]...)
		probe = append(probe, sheettext.Line{Text: rest})
		first := LabelLine(lines[i-n].Text)
		for _, s := range SheetLabels() {
			if !strings.HasPrefix(s, first) {
				continue
			}
			if m, r, ok := label.MatchSpelling(probe, 0, s); ok && m == n+1 && r == "" {
				if m2, r2, ok2 := label.MatchSpelling(lines[i-n:i], 0, s); ok2 && m2 == n && r2 == "" {
					return 0 // the lines spell it already
				}
				return n
			}
		}
	}
	return 0
}
