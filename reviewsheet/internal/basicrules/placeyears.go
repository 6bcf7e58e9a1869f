package basicrules

import (
	"fmt"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// yearSearch is how many lines from the top the rewritten head block's
// year lines are looked for (ReorderHeadBlock puts them a dozen lines
// below 組織情報, which stands under the title).
const yearSearch = headSearch + 24

// PlaceYearsByTitle places the two years that ReorderHeadBlock left under
// both 事業開始年度 and 事業年度 ("事業開始年度 2025 2024" and
// "事業年度 2025 2024"; Chromium prints the years in the order of the
// labels in its text, wkhtmltopdf in the sheet's, so the reading order
// cannot tell them apart) by the one other place the sheet tells its
// 事業年度: the title line ("2025年度行政事業レビューシート 内閣府").
//
// Rule: the two cells must be years and exactly one of them must equal
// the title's year. That one is 事業年度 (the sheet of a 事業年度 is
// titled with it), the other 事業開始年度. When both or neither equal the
// title's year, or the title does not read, nothing changes and the
// parser reports both lines (a figure is never guessed).
//
// The placement uses the title, so the parser's check that 事業年度
// agrees with the title is no longer independent: each placement
// returns a Note (linerules.NotePlacedByTitle) at the 事業年度 line, which
// the parser reports as a warning (placed_by_title), so that a reader
// sees the years were placed by the title.
func PlaceYearsByTitle(lines []sheettext.Line) ([]sheettext.Line, []linerules.Note) {
	if len(lines) == 0 {
		return lines, nil
	}
	title, _, _, ok := linerules.SplitTitle(linerules.NormalizeLine(lines[0].Text))
	if !ok {
		return lines, nil
	}
	start, proj := -1, -1
	for i := 1; i < len(lines) && i < yearSearch; i++ {
		if _, ok := strings.CutPrefix(lines[i].Text, string(label.StartYear)+" "); ok && start < 0 {
			start = i
		}
		if _, ok := strings.CutPrefix(lines[i].Text, string(label.ProjectYear)+" "); ok && proj < 0 {
			proj = i
		}
	}
	if start < 0 || proj < 0 || lines[start].Text[len(label.StartYear)+1:] != lines[proj].Text[len(label.ProjectYear)+1:] {
		return lines, nil
	}
	cells := lines[proj].Text[len(label.ProjectYear)+1:]
	projText, startText, ok := splitByTitle(cells, title)
	if !ok {
		return lines, nil
	}
	out := append([]sheettext.Line(nil), lines...)
	out[proj].Text = string(label.ProjectYear) + " " + projText
	out[start].Text = string(label.StartYear) + " " + startText
	note := linerules.Note{Pos: lines[proj].Pos, Label: label.ProjectYear, Path: "project_year", Code: linerules.NotePlacedByTitle,
		Msg: fmt.Sprintf("事業年度 and 事業開始年度 printed as %q after both labels: %s (the title's %d年度) placed under 事業年度, %s under 事業開始年度; the 事業年度/title check is not independent here", cells, projText, title, startText)}
	return out, []linerules.Note{note}
}

// splitByTitle splits cells "<year> <year>" into the one equal to title
// (事業年度) and the other (事業開始年度); ok only when both are years and
// exactly one equals title.
func splitByTitle(cells string, title int) (proj, start string, ok bool) {
	a, b, found := strings.Cut(cells, " ")
	if !found {
		return "", "", false
	}
	ya, okA := num.Year(a)
	yb, okB := num.Year(b)
	switch {
	case !okA || !okB || (ya == title) == (yb == title):
		return "", "", false
	case ya == title:
		return a, b, true
	default:
		return b, a, true
	}
}
