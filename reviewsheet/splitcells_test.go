package reviewsheet

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/stretchr/testify/assert"
)

// splitCellsRef is splitCells as it was written (a slice per group and
// per cell), the reference FuzzSplitCells compares it with. It groups lines into cells at blank-line breaks; when that gives
// fewer than three cells, the first line's space-separated tokens are
// cells of their own ("民間団体 2/3 1交付事業者につき6,000千円"); on a row of
// one line whose second token is a rate and the third not, the tokens
// after the rate are one cell.
func splitCellsRef(lines []sheettext.Line) []cell {
	var groups [][]sheettext.Line
	for i, l := range lines {
		if i == 0 || l.Break {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], l)
	}
	if len(groups) == 0 {
		return nil
	}
	if len(groups) >= 3 {
		cells := make([]cell, len(groups))
		for i, g := range groups {
			cells[i] = newCell(g)
		}
		return cells
	}
	// split the first line on spaces
	var cells []cell
	var tokBuf [16]string
	toks := sheettext.AppendFields(tokBuf[:0], groups[0][0].Text)
	if len(toks) > 3 && len(groups) == 1 && linerules.HasRate(toks[1]) && !linerules.HasRate(toks[2]) {
		// a one-line row whose 補助上限等 holds spaces (a producer that
		// spaces digits from kana: "2/3 1 交付事業者につき 6,000 千円"):
		// 補助対象, the 補助率 of one token, then the rest
		toks = append(toks[:2], strings.Join(toks[2:], " "))
	}
	for _, tok := range toks {
		cells = append(cells, cell{lines: []string{tok}})
	}
	if len(groups[0]) > 1 {
		last := &cells[len(cells)-1]
		for _, l := range groups[0][1:] {
			last.lines = append(last.lines, l.Text)
		}
	}
	for _, g := range groups[1:] {
		cells = append(cells, newCell(g))
	}
	return cells
}

// cellLinesOf reads "|" as a line end and "#" before a line as a blank
// line before it.
func cellLinesOf(s string) []sheettext.Line {
	var lines []sheettext.Line
	for _, t := range strings.Split(s, "|") {
		brk := strings.HasPrefix(t, "#")
		t = strings.TrimPrefix(t, "#")
		if t == "" {
			continue
		}
		lines = append(lines, sheettext.Line{Text: t, Break: brk && len(lines) > 0})
	}
	return lines
}

var splitCellsSeeds = []string{
	"民間団体 2/3 1交付事業者につき6,000千円",
	"民間団体 2/3 1 交付事業者につき 6,000 千円",
	"民間団体|#1/2|#上限|#なし",
	"地方公共団体|都道府県|#定額|#--",
	"民間団体 定額|#1/2|上限 1,000千円",
	"a b|c|#d|e",
	"一つ",
	"x y z w|v",
	"",
}

// FuzzSplitCells: splitCells cuts as splitCellsRef did.
func FuzzSplitCells(f *testing.F) {
	for _, s := range splitCellsSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := cellLinesOf(s)
		if len(lines) > 0 && len(sheettext.Fields(lines[0].Text)) == 0 {
			return // not a line the scanner yields (blank)
		}
		want, got := splitCellsRef(lines), splitCells(lines)
		if len(want) != len(got) {
			t.Fatalf("%q: %d cells, want %d", s, len(got), len(want))
		}
		for i := range want {
			if strings.Join(want[i].lines, "\x00") != strings.Join(got[i].lines, "\x00") {
				t.Fatalf("%q: cell %d %q, want %q", s, i, got[i].lines, want[i].lines)
			}
		}
	})
}

func TestSplitCellsSameAsBefore(t *testing.T) {
	for _, s := range splitCellsSeeds {
		lines := cellLinesOf(s)
		want, got := splitCellsRef(lines), splitCells(lines)
		assert.Equal(t, want, got, s)
		for _, c := range got { // capped: appending to a cell copies
			assert.Equal(t, len(c.lines), cap(c.lines))
		}
	}
}
