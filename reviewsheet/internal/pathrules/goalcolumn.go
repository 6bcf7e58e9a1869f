package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// An output's 活動目標 value and its 活動指標 printed among the
// qualitative rows. pdftotext's default mode of the A5 PDF prints, in a
// path block, the label 活動目標 with no value, the qualitative labels,
// and then, after one of them, the goal's text, 活動指標 and its name
// before that label's own value:
//
//	アウトプット                      アウトプット
//	活動目標                          活動目標
//	定性的なアウトカムに …  --   →    孤独・孤立の実態の把握
//	定性的なアウトカム目              活動指標
//	標を設定している理由              孤独・孤立の実態把握に関する全国調査の実施件数
//	孤独・孤立の実態の把握            定性的なアウトカムに …  --
//	活動指標                          定性的なアウトカム目
//	孤独・孤立の実態把握に関する…     標を設定している理由
//	--                                --
//
// MoveGoalColumn puts the text and the 活動指標 pair under 活動目標 when
// the headings アウトプット and 活動目標 stand whole one after the other
// and a label follows them (活動目標 has no value), and, before the
// group's next heading, a whole qualitative label is followed by one
// line of text, a whole 活動指標, one line of text and then "--" (or by
// its "--", those three lines and the next qualitative label): the
// goal's text and the indicator's name are the lines of the goal column,
// printed in its order, and "--" is the qualitative label's value.
// Anything else is left as it is. Called only on text that shows
// pdftotext's de-hyphenation (normalize.Gated).
func MoveGoalColumn(lines []sheettext.Line) []sheettext.Line {
	for i := 0; i+2 < len(lines); i++ {
		if !linerules.LabelIs(lines[i].Text, label.OcOutput) || !linerules.LabelIs(lines[i+1].Text, label.OcGoal) {
			continue
		}
		j := goalColumnAt(lines, i+2)
		if j < 0 {
			continue
		}
		// lines[j]: the goal's text; j+1: 活動指標; j+2: its name
		out := linerules.CopyBefore(lines, i+2)
		goal, ind, name := lines[j], lines[j+1], lines[j+2]
		goal.Break, ind.Break, name.Break = true, false, false
		out = append(out, goal, ind, name)
		out = append(out, lines[i+2:j]...)
		out = append(out, lines[j+3:]...)
		return MoveGoalColumn(out)
	}
	return lines
}

// goalColumnAt finds, from lines[k] (right after 活動目標, which must be a
// label), the goal column after a qualitative label: the index of the
// goal's text line, or -1.
func goalColumnAt(lines []sheettext.Line, k int) int {
	if _, _, ok := label.Match(lines, k, label.OcQualRes); !ok {
		return -1
	}
	label.OcKindSet.Compile() // (OcHeading)
	for j := k; j+3 < len(lines); j++ {
		if label.OcHeading(lines[j]) != 0 {
			return -1
		}
		n := qualLabelAt(lines, j)
		if n == 0 {
			continue
		}
		g := j + n
		if goalLinesAt(lines, g) && lines[g+3].Text == "--" {
			return g // label, goal column, the label's --
		}
		if g+1 < len(lines) && lines[g].Text == "--" && goalLinesAt(lines, g+1) && qualLabelAt(lines, g+4) > 0 {
			return g + 1 // label, its --, goal column, the next label
		}
	}
	return -1
}

// goalLinesAt reports the goal column at lines[g]: a line of text,
// 活動指標 whole, a line of text, and a line after them.
func goalLinesAt(lines []sheettext.Line, g int) bool {
	return g+3 < len(lines) && linerules.IsPlainText(lines[g].Text) &&
		linerules.LabelIs(lines[g+1].Text, label.OcIndicator) && linerules.IsPlainText(lines[g+2].Text)
}

// qualLabelAt reports how many lines a whole qualitative label at
// lines[j] spans (0: none).
func qualLabelAt(lines []sheettext.Line, j int) int {
	for _, l := range []label.Label{label.OcQualRes, label.OcSource, label.OcQualWhy, label.OcOneStage} {
		if n, rest, ok := label.Match(lines, j, l); ok && rest == "" {
			return n
		}
	}
	return 0
}
