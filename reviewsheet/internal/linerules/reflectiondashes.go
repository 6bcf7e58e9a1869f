package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// The 反映額 table of pdftotext's default mode of the Chromium PDF: its
// row of three "--" cells and the value "--" of 詳細 printed around the
// label 詳細, two of the cells glued together by the de-hyphenation
// (a "--" at a line end loses one dash and takes the next line on, so
// a run of d dashes holds d-1 cells of "--": "---" two, "----" three):
//
//	会計 勘定 反映額 (千円)         会計 勘定 反映額 (千円)
//	--                        →     -- -- --
//	-詳細  (split: -- / 詳細)        詳細
//	---                             --
//
// JoinReflectionDashes rewrites the block when every line between the
// header and 詳細 and the one line after 詳細 are runs of dashes whose
// cells add up to exactly the row's three and 詳細's one, and the line
// after them is not a run of dashes: every cell is then "--", so no
// cell can be read under the wrong column. Any other count (the A5
// text's five "--" for four cells; the LibreOffice text's runs that go
// on past 詳細) is left as it is, to fail as before. Called only on text
// that shows pdftotext's de-hyphenation (normalize.Gated).
func JoinReflectionDashes(lines []sheettext.Line) []sheettext.Line {
	const rowCells = 3 // 会計 勘定 反映額
	for i := range lines {
		if lines[i].Text != label.ReflectionHeader {
			continue
		}
		j, cells := i+1, 0
		for j < len(lines) {
			n, ok := DashRunCells(lines[j].Text)
			if !ok {
				break
			}
			cells += n
			j++
		}
		if j == i+1 || j+1 >= len(lines) || lines[j].Text != string(label.Detail) {
			return lines
		}
		after, ok := DashRunCells(lines[j+1].Text)
		if !ok || cells+after != rowCells+1 {
			return lines
		}
		if j+2 < len(lines) {
			if _, more := DashRunCells(lines[j+2].Text); more {
				return lines
			}
		}
		out := CopyBefore(lines, i+1)
		row := lines[i+1]
		row.Text = strings.TrimSpace(strings.Repeat(num.Absent+" ", rowCells))
		detail := lines[j]
		value := lines[j+1]
		value.Text = num.Absent
		out = append(out, row, detail, value)
		return append(out, lines[j+2:]...)
	}
	return lines
}

// DashRunCells reads a line of nothing but dashes as "--" cells glued
// by pdftotext's de-hyphenation: d ≥ 2 dashes are d-1 cells ("--" one,
// "---" two). A single "-" or any other text reports false.
func DashRunCells(t string) (int, bool) {
	if len(t) < 2 || strings.Trim(t, "-") != "" {
		return 0, false
	}
	return len(t) - 1, true
}
