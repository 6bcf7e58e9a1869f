package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// The 組織情報 rows as a column of labels and a column of values.
// pdftotext's default mode of the Chromium PDF prints the organisation's
// four labels, then the next row's labels (基本情報, 予算事業ID, 事業年度),
// then the four values, the last ("--") glued by the de-hyphenation to
// the 予算事業ID:
//
//	府省庁 / 事業所管課室 /              府省庁 内閣府
//	作成責任者 / その他担当組織          事業所管課室 内閣府 | 政策統括官…
//	基本情報 / 予算事業ID / 事業年度  →  作成責任者 土屋皓嗣
//	内閣府                               その他担当組織 --
//	内閣府 | 政策統括官…                 基本情報
//	土屋皓嗣                             予算事業ID 006423
//	-006423                              事業年度
//
// JoinOrgColumn puts each value beside its label when the seven labels
// stand whole in that order, one a line, and are followed by exactly
// three lines of text (no figure, dash or label) and "-" glued to a
// 6-digit ID: a value for each label in the column's order, the glued
// "--" the fourth's and the ID the 予算事業ID's. 事業年度 keeps no value
// (its year is printed after the next label, which the text cannot
// tell from 事業開始年度's: an error, as before). Anything else is left
// as it is. Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func JoinOrgColumn(lines []sheettext.Line) []sheettext.Line {
	labels := []label.Label{label.Ministry, label.Division, label.Responsible, label.OtherOrgs, label.BasicRow, label.ProjectID, label.ProjectYear}
	for i := 0; i+len(labels)+4 <= len(lines); i++ {
		if lines[i].Text != string(labels[0]) {
			continue
		}
		for k, l := range labels {
			if !LabelIs(lines[i+k].Text, l) {
				return lines
			}
		}
		v := i + len(labels) // the values
		for k := 0; k < 3; k++ {
			if !IsPlainText(lines[v+k].Text) {
				return lines
			}
		}
		id, ok := strings.CutPrefix(lines[v+3].Text, "-")
		if !ok || len(id) != 6 || !IsDigits(id) {
			return lines
		}
		out := CopyBefore(lines, i)
		for k := 0; k < 3; k++ {
			l := lines[i+k]
			l.Text += " " + lines[v+k].Text
			out = append(out, l)
		}
		other := lines[i+3]
		other.Text += " " + num.Absent
		row, pid, year := lines[i+4], lines[i+5], lines[i+6]
		pid.Text += " " + id
		out = append(out, other, row, pid, year)
		return append(out, lines[v+4:]...)
	}
	return lines
}
