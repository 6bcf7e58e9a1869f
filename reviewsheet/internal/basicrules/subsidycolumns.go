package basicrules

import (
	"fmt"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// UncolumnSubsidies reads the 補助率等 table that pdftotext's default mode
// prints column by column (the LibreOffice PDF: the columns' cells of
// the rows that wrap are printed one column after the other, each column
// under its header word, the URL column after 備考):
//
//	補助率等                       補助率等
//	補助対象 / 都道府県            補助対象 補助率 補助上限等 補助率URL
//	補助率 / <rate 1>              都道府県
//	市区町村                       <rate 1>
//	<rate 2>                 →     <caps 1 and 2, joined>
//	補助上限等 / <caps 1 and 2>    <URL 1>
//	民間団体 2/3 … / <URL 3>       市区町村
//	備考 / -- / 1 / 15             <rate 2>
//	補助率 URL / <URL 1>           <URL 2>
//	<URL 2>                        民間団体 2/3 … / <URL 3>
//	                               備考 / -- / 1 / 15
//
// What the sheet tells, and all of it must hold (else nothing changes):
// the header words in their order, each starting a paragraph; under
// 補助対象 one line, the first row's 補助対象; under 補助率 paragraphs that
// alternate a 補助率 (holding a rate: linerules.HasRate) and the next
// row's 補助対象 (one line, no rate), beginning and ending with a 補助率 —
// so n rows; under 補助上限等 either n paragraphs (one a row) or one (the
// cells of the n rows run together with no paragraph break: 補助上限等 is
// free text and the boundary is lost); then the rows printed in the
// sheet's own shape (a line with the row's cells, its URL below), each a
// paragraph whose second line starts a URL, kept as they are; then 備考
// and at most three lines with no URL (its value, the page number); then
// 補助率URL and exactly n URLs, the last ending its paragraph.
//
// Each row is rewritten as the sheet prints it: 補助対象, 補助率,
// 補助上限等 and URL, each a paragraph. When 補助上限等 is one paragraph for
// n > 1 rows, its text is kept whole in the first row's 補助上限等 and the
// other rows have none (their URL goes on in the 補助率 paragraph; the
// parser reads them with two cells, 補助率 whole, and says so with a
// warning of its own); the returned Note (linerules.NoteUnsplitCell) says where. No
// figure moves by guess: the 補助率 cells are told apart by paragraph
// breaks and shapes, and the URLs by their count and order.
func UncolumnSubsidies(lines []sheettext.Line) ([]sheettext.Line, []linerules.Note) {
	at := -1
	for i := range lines {
		if lines[i].Text == string(label.Subsidies) {
			at = i
			break
		}
	}
	if at < 0 || at+2 >= len(lines) || !headerWordAt(lines, at+1, 0) {
		return lines, nil
	}
	t := subsidyColumns{lines: lines}
	if !t.read(at + 1) {
		return lines, nil
	}
	return t.rewrite(at)
}

// subsidyColumns is the 補助率等 table read column by column.
type subsidyColumns struct {
	lines   []sheettext.Line
	targets [][]sheettext.Line // a paragraph a row
	rates   [][]sheettext.Line
	caps    [][]sheettext.Line // one a row, or one for all
	rowsEnd int                // the rows in the sheet's shape: lines[rowsAt:rowsEnd]
	rowsAt  int
	urlsAt  int // the 補助率URL header
	urls    [][]sheettext.Line
	next    int // the line after the last URL
}

// headerWordAt reports whether lines[i] is the k-th word of the 補助率等
// header, starting a paragraph.
func headerWordAt(lines []sheettext.Line, i, k int) bool {
	return i < len(lines) && lines[i].Break && linerules.NormalizeLine(lines[i].Text) == label.SubsidyHeader[k]
}

// paragraph returns the end of the paragraph starting at lines[i].
func paragraph(lines []sheettext.Line, i int) int {
	j := i + 1
	for j < len(lines) && !lines[j].Break && !lines[j].Page {
		j++
	}
	return j
}

// hasRateLine reports whether a line of p holds a rate.
func hasRateLine(p []sheettext.Line) bool {
	for _, l := range p {
		if linerules.HasRate(l.Text) {
			return true
		}
	}
	return false
}

// read reads the columns from the 補助対象 header word at i.
func (t *subsidyColumns) read(i int) bool {
	lines := t.lines
	// 補助対象 and the first row's, one line
	if end := paragraph(lines, i); end != i+2 || !linerules.IsPlainText(lines[i+1].Text) {
		return false
	}
	t.targets = append(t.targets, lines[i+1:i+2])
	i += 2
	if !headerWordAt(lines, i, 1) {
		return false
	}
	// 補助率: rate, target, rate, …, rate
	end := paragraph(lines, i)
	if end == i+1 || !hasRateLine(lines[i+1:end]) {
		return false
	}
	t.rates = append(t.rates, lines[i+1:end])
	for i = end; i < len(lines) && !headerWordAt(lines, i, 2); {
		tEnd := paragraph(lines, i)
		if tEnd != i+1 || !linerules.IsPlainText(lines[i].Text) || linerules.HasRate(lines[i].Text) || tEnd >= len(lines) {
			return false
		}
		rEnd := paragraph(lines, tEnd)
		if !hasRateLine(lines[tEnd:rEnd]) || headerWordAt(lines, tEnd, 2) {
			return false
		}
		t.targets = append(t.targets, lines[i:tEnd])
		t.rates = append(t.rates, lines[tEnd:rEnd])
		i = rEnd
	}
	if i >= len(lines) {
		return false
	}
	// 補助上限等: paragraphs without a URL
	i++
	for i < len(lines) && !startsRow(lines, i) && !linerules.LabelIs(lines[i].Text, label.Remarks) {
		end := paragraph(lines, i)
		for _, l := range lines[i:end] {
			if sheettext.IsURLStart(l.Text) {
				return false
			}
		}
		t.caps = append(t.caps, lines[i:end])
		i = end
	}
	if n := len(t.caps); n != 1 && n != len(t.rates) {
		return false
	}
	// the rows in the sheet's shape, then 備考
	t.rowsAt = i
	for i < len(lines) && startsRow(lines, i) {
		i = paragraph(lines, i)
	}
	t.rowsEnd = i
	if i >= len(lines) || !linerules.LabelIs(lines[i].Text, label.Remarks) {
		return false
	}
	for k := 0; ; k++ {
		i++
		if k > 3 || i >= len(lines) || sheettext.IsURLStart(lines[i].Text) {
			return false
		}
		if headerWordAt(lines, i, 3) {
			break
		}
	}
	t.urlsAt = i
	i++
	for k := range t.rates {
		if i >= len(lines) || !sheettext.IsURLStart(lines[i].Text) || lines[i].Break != (k > 0) {
			return false
		}
		_, n := sheettext.TakeURL(lines[i:])
		t.urls = append(t.urls, lines[i:i+n])
		i += n
	}
	if i < len(lines) && (!lines[i].Break && !lines[i].Page || sheettext.IsURLStart(lines[i].Text)) {
		return false // the last URL goes on, or one URL more than rows
	}
	t.next = i
	return true
}

// startsRow reports a row in the sheet's shape at lines[i]: a paragraph
// whose first line is not a URL and whose second starts one.
func startsRow(lines []sheettext.Line, i int) bool {
	return i+1 < len(lines) && lines[i].Break && !lines[i].Page && !lines[i+1].Break &&
		!sheettext.IsURLStart(lines[i].Text) && sheettext.IsURLStart(lines[i+1].Text)
}

// rewrite returns the lines with the table, from the label at at, in the
// sheet's shape.
func (t *subsidyColumns) rewrite(at int) ([]sheettext.Line, []linerules.Note) {
	lines := t.lines
	out := linerules.CopyBefore(lines, at+1)
	out = append(out, sheettext.Line{Text: strings.Join(label.SubsidyHeader, " "), Pos: lines[at+1].Pos, Break: true})
	para := func(p []sheettext.Line) {
		for k, l := range p {
			l.Break = k == 0
			out = append(out, l)
		}
	}
	for k := range t.rates {
		para(t.targets[k])
		para(t.rates[k])
		if len(t.caps) == len(t.rates) || k == 0 {
			para(t.caps[k])
			para(t.urls[k])
			continue
		}
		// no 補助上限等: the URL goes on in the 補助率's paragraph, so
		// that the parser reads it as the row's URL (a URL standing as a
		// cell of its own before the row has three cells would be a cell)
		for _, l := range t.urls[k] {
			l.Break = false
			out = append(out, l)
		}
	}
	out = append(out, lines[t.rowsAt:t.urlsAt]...)
	out = append(out, lines[t.next:]...)
	if len(t.caps) == len(t.rates) {
		return out, nil
	}
	return out, []linerules.Note{{Pos: t.caps[0][0].Pos, Label: label.Subsidies, Path: "subsidy_rates[0].cap", Code: linerules.NoteUnsplitCell,
		Msg: fmt.Sprintf("the 補助上限等 cells of rows 1–%d stand as one paragraph (the table printed column by column): the text is kept in row 1's 補助上限等, the others have none", len(t.rates))}}
}
