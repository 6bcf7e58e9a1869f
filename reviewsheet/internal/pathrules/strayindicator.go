package pathrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// An output's 活動指標 printed after the next group's heading. pdftotext's
// default mode of the A5 PDF prints, in a path block whose output group
// lacks it, the label 活動指標 and its value (a paragraph) after the
// heading of the outcome that follows and its label 成果目標:
//
//	後続アウトカム / へのつながり / -      後続アウトカム / へのつながり / -
//	短期アウトカム                         活動指標
//	成果目標                        →      補助件数
//	活動指標                               短期アウトカム
//	補助件数                               成果目標
//	補助を受けた地方自治体により…          補助を受けた地方自治体により…
//
// MoveStrayIndicator puts the label and its paragraph (the one line
// after it, which a blank line ends) back into the output group, before
// its 定性的なアウトカムに関する成果実績 (the labels are read in the sheet's
// order), when the heading of an outcome and 成果目標 stand whole, each a
// line, 活動指標 follows them whole, and the output group before the
// heading has no 活動指標 of its own: 活動指標 is an output's label, which
// an outcome's group never holds. A value of more than one line (no
// blank line after the first) is left as it is: where it ends cannot be
// told. Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func MoveStrayIndicator(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a label moves
	for i := 0; i < len(lines); i++ {
		q := strayIndicatorAt(lines, i)
		if q < 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		ind, val := lines[i+2], lines[i+3]
		ind.Break, ind.Page, val.Page = true, false, false
		at := len(out) - (i - q) // where lines[q] stands in out
		out = append(out, sheettext.Line{}, sheettext.Line{})
		copy(out[at+2:], out[at:len(out)-2])
		out[at], out[at+1] = ind, val
		out = append(out, lines[i], lines[i+1])
		i += 3
	}
	return linerules.Rewritten(out, lines)
}

// strayIndicatorAt reports the shape MoveStrayIndicator rewrites at
// lines[i] (an outcome heading, 成果目標, 活動指標, a one-line paragraph)
// with the index of the output group's 定性的なアウトカムに関する成果実績
// (after the last アウトプット heading before i, with no 活動指標 between);
// -1 when there is none.
func strayIndicatorAt(lines []sheettext.Line, i int) int {
	if i+4 >= len(lines) || !linerules.LabelIs(lines[i+2].Text, label.OcIndicator) ||
		!linerules.LabelIs(lines[i+1].Text, label.OcObjective) ||
		len(lines[i].Text) > 32 || !isOutcomeHeading(linerules.LabelLine(lines[i].Text)) ||
		!linerules.IsPlainText(lines[i+3].Text) || !lines[i+4].Break {
		return -1
	}
	q := -1
	for k := i - 1; k >= 0; k-- {
		t := linerules.LabelLine(lines[k].Text)
		switch {
		case startsWithLabel(t, label.OcIndicator) || t == string(label.OcPath):
			return -1
		case startsWithLabel(t, label.OcOutput):
			return q
		}
		if _, rest, ok := label.Match(lines, k, label.OcQualRes); ok && rest == "" {
			q = k
		}
	}
	return -1
}

// isOutcomeHeading reports a heading of an outcome kind (短期アウトカム,
// 中期アウトカム, 長期アウトカム), whole.
func isOutcomeHeading(t string) bool {
	for _, k := range label.OcKindLabels {
		if k.Kind.IsOutcome() && t == string(k.L) {
			return true
		}
	}
	return false
}

// startsWithLabel reports whether t is l or starts with l and a space.
func startsWithLabel(t string, l label.Label) bool {
	return t == string(l) || strings.HasPrefix(t, string(l)+" ")
}
