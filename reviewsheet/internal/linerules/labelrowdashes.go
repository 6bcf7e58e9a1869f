package linerules

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// A row of labels whose cells are all "--", as pdftotext's default mode
// of the Chromium PDF prints it: the labels a line each, then their cells
// glued into one run of dashes by the de-hyphenation (a run of d dashes
// holds d-1 cells of "--", DashRunCells), possibly after the headings
// that follow the row (点検・評価, 事業所管部局による点検・改善):
//
//	対象の理由                      対象の理由
//	所見                      →     --
//	公開プロセス結果概要            所見
//	----                            --
//	                                公開プロセス結果概要
//	                                --
//
// JoinLabelRowDashes rewrites such a block when the labels are those of
// one of the rows in dashLabelRows, in order, each a whole line, and the
// run holds exactly one cell per label: every value is then "--", so no
// value can be read under another label. A run of another count, or
// labels in another order, is left as it is. The headings between the
// labels and the run stay where they were printed, after the values.
// Called only on text that shows pdftotext's de-hyphenation
// (normalize.Gated).
func JoinLabelRowDashes(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a row is joined
	for i := 0; i < len(lines); i++ {
		row, run := dashRowAt(lines, i)
		if row == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		for k := range row {
			value := lines[run]
			value.Text, value.Break, value.Page = num.Absent, false, false
			out = append(out, lines[i+k], value)
		}
		out = append(out, lines[i+len(row):run]...) // the headings
		i = run
	}
	return Rewritten(out, lines)
}

// dashLabelRows are the rows of labels whose cells Chromium's PDF
// prints glued after them (evaluation.go's labels, in sheet order).
var dashLabelRows = [][]label.Label{
	{label.KPIName, label.KPIURL, label.KPIExcerpt},
	{label.ExtReason, label.Finding, label.ExtPublic},
}

// dashHeadings are the headings that may stand between a row of
// dashLabelRows and its run of cells: they take no value.
var dashHeadings = []label.Label{label.SecEvaluation, label.SelfGroup}

// dashRowAt reports the row of dashLabelRows whose labels start at
// lines[i], one a line, and the index of the run of dashes that holds
// exactly their cells (after any dashHeadings); nil when there is none.
func dashRowAt(lines []sheettext.Line, i int) ([]label.Label, int) {
	for _, row := range dashLabelRows {
		if lines[i].Text != string(row[0]) || i+len(row) >= len(lines) {
			continue
		}
		ok := true
		for k, l := range row {
			if lines[i+k].Text != string(l) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		j := i + len(row)
		for _, h := range dashHeadings {
			if n, rest, found := label.Match(lines, j, h); found && rest == "" {
				j += n
			}
			if j >= len(lines) {
				return nil, 0
			}
		}
		if cells, dash := DashRunCells(lines[j].Text); dash && cells == len(row) {
			return row, j
		}
	}
	return nil, 0
}
