package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 反映額 table's row as pdftotext without -layout reads it from the
// wkhtmltopdf PDF: its three cells a paragraph each, between the header
// and the next label (詳細):
//
//	会計 勘定 反映額 (千円)         会計 勘定 反映額 (千円)
//	--                        →     -- -- --
//	(blank) --                      詳細
//	(blank) --
//	(blank) 詳細
//
// joinReflectionRow joins them when there are exactly three lines
// between the header and 詳細, each one cell (no space): the column count
// decides, so no cell can be taken for another. Anything else (two or
// four lines, a cell with a space, no 詳細 after them) is left as it is.
// Runs only on text that shows pdftotext's de-hyphenation
// (Lines).
func joinReflectionRow(lines []sheettext.Line) []sheettext.Line {
	const n = 3 // 会計 勘定 反映額
	for i := range lines {
		if lines[i].Text != label.ReflectionHeader {
			continue
		}
		if i+n+1 >= len(lines) || lines[i+n+1].Text != string(label.Detail) {
			return lines
		}
		cells := make([]string, n)
		for k := range cells {
			t := lines[i+1+k].Text
			if t == "" || strings.IndexByte(t, ' ') >= 0 || t == string(label.Detail) {
				return lines
			}
			cells[k] = t
		}
		out := linerules.CopyBefore(lines, i+1)
		row := lines[i+1]
		row.Text = strings.Join(cells, " ")
		out = append(out, row)
		return append(out, lines[i+n+1:]...)
	}
	return lines
}
