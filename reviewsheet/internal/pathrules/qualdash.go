package pathrules

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A qualitative row's "-" printed after the next label. pdftotext's
// default mode of the wkhtmltopdf PDF prints two qualitative labels of a
// path block one after the other, then the one-dash value of the first
// and the "--" of the second (glued to the label after them by the
// de-hyphenation, split off again by SplitDehyphenated):
//
//	実績∕目標∕見込みの … （出典）       実績∕目標∕見込みの … （出典）
//	定性的なアウトカム目          →      -
//	標を設定している理由                 定性的なアウトカム目
//	-                                    標を設定している理由
//	--                                   --
//
// MoveQualDash puts the "-" under the first label when both are whole
// qualitative labels (qualLabelAt) right after each other and are
// followed by exactly "-" and then "--": the first label has no value
// of its own, the second takes the "--" printed for it, and a value is
// never printed before its label. Anything else is left as it is.
// Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func MoveQualDash(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a value moves
	for i := 0; i < len(lines); i++ {
		a := qualLabelAt(lines, i)
		b := 0
		if a > 0 {
			b = qualLabelAt(lines, i+a)
		}
		j := i + a + b // the "-"
		if a == 0 || b == 0 || j+1 >= len(lines) || lines[j].Text != "-" || lines[j+1].Text != num.Absent {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, lines[i:i+a]...)
		out = append(out, lines[j])
		out = append(out, lines[i+a:j]...)
		out = append(out, lines[j+1])
		i = j + 1
	}
	return linerules.Rewritten(out, lines)
}
