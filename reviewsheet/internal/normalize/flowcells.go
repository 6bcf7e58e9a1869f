package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 資金の流れ boxes as pdftotext without -layout reads them from the
// Chromium, LibreOffice and A5 PDFs: a box's amount, its unit and its
// 支出先の数 come apart, with the 支出先の数: label (and a line of the
// box's name) between the amount and its 千円, and the count printed
// after the unit or the name:
//
//	622,650                    622,650 千円
//	支出先の数:         →      支出先の数: 22
//	千円
//	22
//
// joinFlowCells puts them together again, within 資金の流れ (up to the
// line that starts with 支出先上位者, the next heading):
//
//   - an amount alone on its line takes the first line "千円" (alone)
//     that follows within flowCellsReach lines, when no other line in
//     between is an amount or holds a unit — a unit never stands alone
//     otherwise, and this amount is the only one it can belong to;
//   - a line "支出先の数:" alone takes the first line of digits alone
//     that follows within flowCellsReach lines, when no line in between
//     is an amount, a unit or another label line ending in a colon.
//
// Other lines keep their order. Both run only on text that shows
// pdftotext's de-hyphenation (Lines).
func joinFlowCells(lines []sheettext.Line) []sheettext.Line {
	start := -1
	for i, l := range lines {
		if textnorm.Fold(l.Text) == string(label.SpFlow) { // (compatibility forms: 資⾦の流れ)
			start = i
			break
		}
	}
	if start < 0 {
		return lines
	}
	end := len(lines)
	for i := start + 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i].Text, "支出先上位者") {
			end = i
			break
		}
	}
	moved := map[int]bool{}
	var out []sheettext.Line // nil until something joins
	for i := start + 1; i < end; i++ {
		t := lines[i].Text
		j := -1
		switch {
		case num.IsAmount(t):
			j = flowPartner(lines, i, end, moved, func(s string) bool { return s == thousandYen }, false)
		case textnorm.Fold(t) == string(label.SpRecipientCount):
			j = flowPartner(lines, i, end, moved, func(s string) bool { return s != "" && len(s) <= 7 && linerules.IsDigits(s) }, true)
		}
		if j < 0 {
			continue
		}
		if out == nil {
			out = append([]sheettext.Line(nil), lines...)
		}
		out[i].Text = t + " " + lines[j].Text
		moved[j] = true
	}
	if out == nil {
		return lines
	}
	kept := out[:0]
	for i, l := range out {
		if !moved[i] {
			kept = append(kept, l)
		}
	}
	return kept
}

// flowCellsReach is how many lines after an amount or a 支出先の数: label
// its unit or count is looked for.
const flowCellsReach = 4

// thousandYen is the unit of an amount in 資金の流れ, printed alone.
const thousandYen = "千円"

// flowPartner returns the index of the first line after i (before end,
// within flowCellsReach) that ok accepts and no earlier rule took, or −1
// when none does or a line in between is an amount, a unit or (with
// labels) a line ending in a colon.
func flowPartner(lines []sheettext.Line, i, end int, moved map[int]bool, ok func(string) bool, labels bool) int {
	for j := i + 1; j < end && j <= i+flowCellsReach; j++ {
		t := lines[j].Text
		if moved[j] {
			continue
		}
		if ok(t) {
			return j
		}
		if num.IsAmount(t) || strings.HasSuffix(t, thousandYen) || strings.HasSuffix(t, "円") ||
			labels && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) {
			return -1
		}
	}
	return -1
}
