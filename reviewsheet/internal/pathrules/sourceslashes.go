package pathrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The ∕ of 実績∕目標∕見込みの… printed after the label's value. Chromium
// draws the slashes raised; pdftotext's default mode prints the label's
// first line with a space for each, then the label's other lines and
// its value, then the slashes as a paragraph of their own:
//
//	実績 目標 見込みの                  実績∕目標∕見込みの
//	根拠として用いた統                  根拠として用いた統
//	計・データ名（出典）          →     計・データ名（出典）
//	                                    --
//	--
//
//	∕ ∕
//
// MoveSourceSlashes puts the slashes back when the label's lines, each
// single space of the first a slash, spell label.OcSource whole, the
// value is one paragraph right after them, and the next paragraph is
// one line of nothing but as many slashes as the first line has spaces,
// one space apart; the slash line is dropped. (SlashesAfterLabel mends
// a slash line right after its label; RestoreSlashes one between two
// lines of a label.) Anything else is left as it is. Called only on
// text that shows pdftotext's de-hyphenation (normalize.Gated).
func MoveSourceSlashes(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, sourceSlashesAt)
}

// sourceSlashesAt reads the block MoveSourceSlashes rewrites, starting
// at lines[i] (the label's first line): the label with its slashes and
// the value, and the index of the line after the slash line; nil when
// there is none.
func sourceSlashesAt(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	first := lines[i].Text
	spaces := strings.Count(first, " ")
	if spaces == 0 || !strings.HasPrefix(string(label.OcSource), strings.ReplaceAll(first, " ", "∕")) {
		return nil, 0
	}
	want := string(label.OcSource)[len(first)+spaces*(len("∕")-1):]
	j := i + 1
	for ; want != "" && j < len(lines) && !lines[j].Break; j++ {
		rest, ok := strings.CutPrefix(want, lines[j].Text)
		if !ok {
			return nil, 0
		}
		want = rest
	}
	if want != "" || j == len(lines) || !lines[j].Break {
		return nil, 0
	}
	value := j
	for j++; j < len(lines) && !lines[j].Break; j++ {
	}
	if j == len(lines) || !lines[j].Break || lines[j].Text != strings.TrimSuffix(strings.Repeat("∕ ", spaces), " ") {
		return nil, 0
	}
	moved := make([]sheettext.Line, 0, j-i)
	l := lines[i]
	l.Text = strings.ReplaceAll(first, " ", "∕")
	moved = append(moved, l)
	moved = append(moved, lines[i+1:value]...)
	return append(moved, lines[value:j]...), j + 1
}
