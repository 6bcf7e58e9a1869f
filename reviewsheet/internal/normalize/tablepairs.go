package normalize

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The one-row tables of 基本情報 as pdftotext without -layout reads them
// from the Chromium and LibreOffice PDFs: column by column, each header
// word starting a paragraph with its cell on the next line, and lines of
// the next rows of the page (the next label and its table's header
// words) between the columns or after a cell in its paragraph:
//
//	根拠法令                      根拠法令
//	法令名 / 孤独・孤立対策推進法   法令名 法令番号 条 項 号・号の細分
//	関係する計画・ / 通知等    →    孤独・孤立対策推進法 令和五年法律第四十五号 第三条 -- --
//	法令番号 / 令和五年… / 計画・通知名      関係する計画・
//	条 / 第三条                    通知等
//	項 / --                        計画・通知名
//	号・号の細分 / --              計画・通知等URL
//	計画・通知等URL
//
// tablePairs reads the table when every header word, in order, starts a
// paragraph and is followed in it by one line that is one word (its
// cell); the other lines up to the last column's paragraph follow the
// row, in their order, each a line of its own (they are the next rows'
// labels and header words; the header of 関係する計画・通知等 among them is
// one line again, joinPlanHeader).
// A URL read right after the label goes back to the label before the
// table as in tableParagraphs (urlBefore). Anything else — a cell with
// a space, a header word without its cell — leaves the table as it is
// (an error). A cell glued to other text by the de-hyphenation is one
// word and would be read as the cell: Chromium's 政策体系・評価書URL /
// -その他の事項経費 is split before (linerules.SplitGluedURLCell). Runs
// only on text that shows pdftotext's de-hyphenation (Lines).
func tablePairs(lines []sheettext.Line) []sheettext.Line {
	for _, t := range paragraphTables {
		lines = tablePairsOf(lines, t.lbl, t.header)
	}
	return lines
}

// tablePairsOf applies tablePairs to one table.
func tablePairsOf(lines []sheettext.Line, lb label.Label, header []string) []sheettext.Line {
	at := -1
	for i := range lines {
		if lines[i].Text == string(lb) {
			at = i
			break
		}
	}
	if at < 0 || at+1 >= len(lines) {
		return lines
	}
	start := at + 1
	var urlBack *sheettext.Line
	// (a URL that wraps would go on with a line that is no header word)
	if at > 0 && start+1 < len(lines) && urlBefore(lines[at-1].Text, lines[start].Text) && (lines[start+1].Break || linerules.NormalizeLine(lines[start+1].Text) == header[0]) {
		urlBack = &lines[start]
		start++
	}
	var cells, others []sheettext.Line
	var headPos sheettext.Pos
	k, i := 0, start
	for ; i < len(lines) && i <= at+tableParagraphsReach && k < len(header); i++ {
		if linerules.NormalizeLine(lines[i].Text) != header[k] || !(lines[i].Break || i == start) {
			others = append(others, lines[i])
			continue
		}
		if i+1 >= len(lines) || lines[i+1].Break {
			return lines // a header word without its cell
		}
		c := lines[i+1]
		if len(sheettext.Fields(c.Text)) != 1 || slices.Contains(header, linerules.NormalizeLine(c.Text)) {
			return lines
		}
		if k == 0 {
			headPos = lines[i].Pos
		}
		cells = append(cells, c)
		k++
		i++
		for i+1 < len(lines) && !lines[i+1].Break { // the rest of its paragraph
			i++
			others = append(others, lines[i])
		}
	}
	if k < len(header) {
		return lines
	}
	// the plan header's second word printed after the last column
	if n := len(others); n > 0 && i < len(lines) && linerules.NormalizeLine(others[n-1].Text) == label.PlanHeader[0] && linerules.NormalizeLine(lines[i].Text) == label.PlanHeader[1] {
		others = append(others, lines[i])
		i++
	}
	texts := make([]string, len(cells))
	for j, c := range cells {
		texts[j] = c.Text
	}
	out := make([]sheettext.Line, 0, len(lines)+2)
	out = append(out, lines[:at]...)
	if urlBack != nil {
		out = append(out, *urlBack)
	}
	out = append(out, lines[at],
		sheettext.Line{Text: strings.Join(header, " "), Pos: headPos},
		sheettext.Line{Text: strings.Join(texts, " "), Pos: cells[0].Pos, Break: true})
	for _, l := range joinPlanHeader(others) {
		l.Break = true
		out = append(out, l)
	}
	return append(out, lines[i:]...)
}

// joinPlanHeader puts the header words of 関係する計画・通知等 (計画・通知名,
// 計画・通知等URL), read a line each among a table's columns, on one line
// again when they stand one after the other.
func joinPlanHeader(lines []sheettext.Line) []sheettext.Line {
	for j := 0; j+1 < len(lines); j++ {
		if linerules.NormalizeLine(lines[j].Text) == label.PlanHeader[0] && linerules.NormalizeLine(lines[j+1].Text) == label.PlanHeader[1] {
			out := append([]sheettext.Line(nil), lines[:j]...)
			h := lines[j]
			h.Text = strings.Join(label.PlanHeader, " ")
			out = append(out, h)
			return append(out, lines[j+2:]...)
		}
	}
	return lines
}

// joinPlanHeaderLines applies joinPlanHeader to the first place in lines
// where 計画・通知名 and 計画・通知等URL stand a line each one after the
// other (wkhtmltopdf, A5: a paragraph each right under the label). Runs
// only on text that shows pdftotext's de-hyphenation (Lines).
func joinPlanHeaderLines(lines []sheettext.Line) []sheettext.Line {
	for i := 0; i+1 < len(lines); i++ {
		if strings.HasPrefix(lines[i].Text, "計画・") && lines[i].Text == label.PlanHeader[0] && lines[i+1].Text == label.PlanHeader[1] {
			out := make([]sheettext.Line, 0, len(lines)-1)
			out = append(out, lines[:i]...)
			out = append(out, joinPlanHeader(lines[i:i+2])...)
			return append(out, lines[i+2:]...)
		}
	}
	return lines
}
