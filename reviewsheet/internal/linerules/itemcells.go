package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// ItemCellParagraphs reads an item's last cells (備考, 予算額,
// 翌年度要求額) printed a line or paragraph each, as pdftotext without
// -layout gives them ("--", "134,750", "--"): from lines[i], lines made
// only of figure cells (FigureCells) are joined while they hold at most
// three cells. It returns the joined row (at the first line's position)
// and how many lines it took, or 0 when they are not exactly three
// cells from two lines or more.
func ItemCellParagraphs(lines []sheettext.Line, i int) (sheettext.Line, int) {
	var buf [4]string
	cells := buf[:0]
	n := 0
	for ; i+n < len(lines); n++ {
		more, ok := FigureCells(cells, lines[i+n].Text)
		if !ok || len(more) > 3 {
			break
		}
		cells = more
	}
	if n < 2 || len(cells) != 3 {
		return sheettext.Line{}, 0
	}
	return sheettext.Line{Text: strings.Join(cells, " "), Pos: lines[i].Pos}, n
}
