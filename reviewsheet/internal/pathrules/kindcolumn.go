package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The overview's kind column printed in two pieces. pdftotext's default
// mode of the A5 PDF prints the column header of 活動・成果目標等のつながり
// (アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム,
// a kind a line) in two pieces among the first boxes: its first two words
// around the first box's number, its last three after a later box's
// heading:
//
//	活動・成果目標等のつながり          活動・成果目標等のつながり
//	アクティビティ                      アクティビティ / アウトプット / 短期アウトカム /
//	305:                                中期アウトカム / 長期アウトカム
//	アウトプット                  →     305:
//	短期アウトカム                      短期アウトカム
//	…                                   …
//	303: / 短期アウトカム               303: / 短期アウトカム
//	短期アウトカム / 中期アウトカム /   …
//	長期アウトカム
//	…
//
// GatherKindColumn puts the five words together after the label when the
// label is followed by アクティビティ, a box number ("305:") and
// アウトプット, and the last three words stand together right after a box
// heading printed on two lines (a number, then its kind) before the
// first path block: three kind words with no number can be no box, so
// they are the column's. Anything else is left as it is. Called only on
// text that shows pdftotext's de-hyphenation (normalize.Gated).
func GatherKindColumn(lines []sheettext.Line) []sheettext.Line {
	kinds := label.OcKindLabels
	for i := 0; i+4 < len(lines); i++ {
		if lines[i].Text != string(label.OcOverview) {
			continue
		}
		if lines[i+1].Text != string(kinds[0].L) || !isBoxNumber(lines[i+2].Text) || lines[i+3].Text != string(kinds[1].L) {
			return lines
		}
		rest := make([]label.Label, 0, len(kinds)-2)
		for _, kl := range kinds[2:] {
			rest = append(rest, kl.L)
		}
		for j := i + 4; j+len(rest) <= len(lines); j++ {
			if lines[j].Text == string(label.OcPath) {
				return lines
			}
			if !isBoxNumber(lines[j-2].Text) || kindWord(lines[j-1].Text) < 0 || !wordsAt(lines, j, rest) {
				continue
			}
			out := linerules.CopyBefore(lines, i+1)
			out = append(out, lines[i+1], lines[i+3])
			out = append(out, lines[j:j+len(rest)]...)
			out = append(out, lines[i+2])
			out = append(out, lines[i+4:j]...)
			return append(out, lines[j+len(rest):]...)
		}
		return lines
	}
	return lines
}

// isBoxNumber reports a box number printed apart from its kind ("305:").
func isBoxNumber(t string) bool {
	n := len(t) - 1
	return n >= 1 && n <= 3 && t[n] == ':' && linerules.IsDigits(t[:n])
}

// kindWord returns the index in label.OcKindLabels of the kind label t,
// or -1.
func kindWord(t string) int {
	for k, kl := range label.OcKindLabels {
		if t == string(kl.L) {
			return k
		}
	}
	return -1
}

// wordsAt reports whether lines from j on are the kind labels ks, one a
// line.
func wordsAt(lines []sheettext.Line, j int, ks []label.Label) bool {
	for k, l := range ks {
		if lines[j+k].Text != string(l) {
			return false
		}
	}
	return true
}
