package normalize

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The 補助率等 table's header as pdftotext without -layout reads it from
// the producers' PDFs, after the label standing alone: the value of
// 実施方法 (the label before, left with no value) may be read right after
// the label 補助率等 (Chromium, wkhtmltopdf); the header words stand a
// line each (wkhtmltopdf, A5), the rows after them in the sheet's own
// shape (each cell a block of lines, the row ending with its URL), or
// each header word starts a paragraph whose other lines are its cell of
// the first row (Chromium), the next rows in the sheet's shape:
//
//	実施方法                       実施方法
//	補助率等                       直接実施 | 補助
//	直接実施 | 補助          →     補助率等
//	補助対象 / 都道府県            補助対象 補助率 補助上限等 補助率URL
//	補助率 / 地方版… / 事業：1/2    都道府県
//	…                              地方版… / 事業：1/2
//
// joinSubsidyHeader rewrites them in the sheet's order: the 実施方法 value
// goes back under its label (only when that label stands alone just
// before 補助率等 and the header's first word follows the value), the
// header is one line, and the first row's cells (Chromium) each start a
// paragraph. Any other shape — a header word missing or out of order, a
// cell of another row inside a paragraph (LibreOffice prints the two
// rows' 補助率 cells one after the other) — is left as it is. Runs only on
// text that shows pdftotext's de-hyphenation (Lines).
func joinSubsidyHeader(lines []sheettext.Line) []sheettext.Line {
	at := -1
	for i := range lines {
		if lines[i].Text == string(label.Subsidies) {
			at = i
			break
		}
	}
	if at < 0 {
		return lines
	}
	k := at + 1
	var method *sheettext.Line
	if at > 0 && k+1 < len(lines) && linerules.NormalizeLine(lines[at-1].Text) == string(label.Methods) &&
		!slices.Contains(label.SubsidyHeader, lines[k].Text) && lines[k+1].Text == label.SubsidyHeader[0] {
		method = &lines[k]
		k++
	}
	var cells []sheettext.Line // the first row's cells, paired shape
	paired := 0                // header words followed by a cell
	for words := 0; words < len(label.SubsidyHeader); words++ {
		if k >= len(lines) || linerules.NormalizeLine(lines[k].Text) != label.SubsidyHeader[words] {
			return lines
		}
		k++
		n := 0
		for k < len(lines) && !lines[k].Break && !slices.Contains(label.SubsidyHeader, linerules.NormalizeLine(lines[k].Text)) {
			c := lines[k]
			c.Break = n == 0
			cells = append(cells, c)
			n++
			k++
		}
		if n > 0 {
			paired++
		}
	}
	if paired != 0 && paired != len(label.SubsidyHeader) {
		return lines // a cell after some words only
	}
	out := make([]sheettext.Line, 0, len(lines)+1)
	out = append(out, lines[:at]...)
	if method != nil {
		out = append(out, *method)
	}
	out = append(out, lines[at], sheettext.Line{Text: strings.Join(label.SubsidyHeader, " "), Pos: lines[at].Pos})
	out = append(out, cells...)
	return append(out, lines[k:]...)
}

// joinMethodParagraphs puts the value of 実施方法 back on one line when
// pdftotext without -layout prints it a part a paragraph, the " | "
// between the methods alone in its own (A5):
//
//	実施方法                      実施方法
//	直接実施 / | / 補助     →     直接実施 | 補助
//	補助率等                      補助率等
//
// The lines between the label standing alone and 補助率等 must alternate
// a method (no "|" in it) and a "|" alone, starting and ending with a
// method; anything else is left as it is.
func joinMethodParagraphs(lines []sheettext.Line) []sheettext.Line {
	for i := range lines {
		if linerules.NormalizeLine(lines[i].Text) != string(label.Methods) {
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].Text != string(label.Subsidies) {
			j++
		}
		parts := lines[i+1 : j]
		if j == len(lines) || len(parts) < 3 || len(parts)%2 == 0 {
			return lines
		}
		texts := make([]string, len(parts))
		for k, l := range parts {
			if (k%2 == 1) != (l.Text == "|") || (k%2 == 0 && strings.Contains(l.Text, "|")) {
				return lines
			}
			texts[k] = l.Text
		}
		out := make([]sheettext.Line, 0, len(lines))
		out = append(out, lines[:i+1]...)
		v := parts[0]
		v.Text = strings.Join(texts, " ")
		out = append(out, v)
		return append(out, lines[j:]...)
	}
	return lines
}
