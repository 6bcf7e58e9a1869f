package normalize

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The one-row tables of 基本情報 (政策・施策, 根拠法令) as pdftotext without
// -layout reads them from the wkhtmltopdf and A5 PDFs: the column header
// a word a line (a paragraph each), then the row's cells a line each, in
// column order, up to the label of the next row of the page (関連事業,
// 関係する計画・). Cells of 基本情報 printed beside the table's label may
// be read between the label and the header words, and a cell of the row
// may be read before the last header word (A5: 孤独・孤立対策推進法 after
// 法令番号):
//
//	政策・施策                 孤独・孤立対策推進室
//	孤独・孤立対策推進室       事業区分
//	事業区分                   政策・施策
//	政策所管            →      政策所管 政策 施策 政策体系・評価書URL
//	政策                       内閣府 １２孤独・孤立対策 １７… --
//	施策                       関連事業
//	政策体系・評価書URL
//	内閣府 / １２… / １７… / --
//	関連事業
//
// tableParagraphs finds, after the table's label standing alone, every
// header word in order (within tableParagraphsReach lines); the lines
// after the last header word up to the next row's label are the row's
// cells when there are exactly as many as columns, each one word (a
// space would leave the cell count unsure). The other lines read
// between the label and the last header word are text of the cells
// printed beside the label (基本情報: a value, a label, the end of a
// wrapped cell) that no rule can put back for sure: they follow the row,
// in their order, each a row of one cell that the table reports as an
// error (put before the label, a label among them would take the lines
// after it as its value). When fewer cells follow the last header word,
// the row is every line after the label that is not a header word, if
// that makes exactly the column count. Anything else — a second row, a
// cell with a space, no next-row label — is left as it is (the table
// stays an error). Runs only on text that shows pdftotext's
// de-hyphenation (Lines).
func tableParagraphs(lines []sheettext.Line) []sheettext.Line {
	for _, t := range paragraphTables {
		lines = tableParagraphsOf(lines, t.lbl, t.header, t.next)
	}
	return lines
}

// paragraphTables are the tables tableParagraphs reads: label, column
// header, and the first line of the next row's label.
var paragraphTables = []struct {
	lbl    label.Label
	header []string
	next   string
}{
	{label.Policies, label.PolicyHeader, string(label.Related)},
	{label.Laws, label.LawHeader, "関係する計画・"},
}

// tableParagraphsReach is how many lines after its label the last header
// word of a table may stand.
const tableParagraphsReach = 32

// tableParagraphsOf applies tableParagraphs to one table.
func tableParagraphsOf(lines []sheettext.Line, lb label.Label, header []string, next string) []sheettext.Line {
	at := -1
	for i := range lines {
		if lines[i].Text == string(lb) {
			at = i
			break
		}
	}
	if at < 0 {
		return lines
	}
	// the header words in order; the other lines before the last one
	var others []int
	k, first, last := 0, -1, -1
	for i := at + 1; i < len(lines) && i <= at+tableParagraphsReach && k < len(header); i++ {
		if linerules.NormalizeLine(lines[i].Text) == header[k] {
			if k == 0 {
				first = i
			}
			k++
			last = i
			continue
		}
		others = append(others, i)
	}
	if k < len(header) {
		return lines
	}
	var urlBack *sheettext.Line // a URL cell of the label before the table
	if len(others) > 0 && others[0] == at+1 && at > 0 && urlBefore(lines[at-1].Text, lines[at+1].Text) && at+2 < len(lines) && lines[at+2].Break {
		urlBack = &lines[at+1]
		others = others[1:]
	}
	// the row's cells: one word each, up to the next row's label
	end := last + 1
	for end < len(lines) && lines[end].Text != next {
		if len(sheettext.Fields(lines[end].Text)) != 1 || slices.Contains(header, linerules.NormalizeLine(lines[end].Text)) {
			return lines
		}
		end++
	}
	if end == len(lines) {
		return lines
	}
	n := len(header)
	var cells []sheettext.Line
	var rest []sheettext.Line // others after the row
	switch after := end - (last + 1); {
	case after == n:
		cells = lines[last+1 : end]
		for _, i := range others {
			rest = append(rest, lines[i])
		}
	case after+len(others) == n:
		for _, i := range others {
			if len(sheettext.Fields(lines[i].Text)) != 1 {
				return lines
			}
			cells = append(cells, lines[i])
		}
		cells = append(cells, lines[last+1:end]...)
	default:
		return lines
	}
	texts := make([]string, len(cells))
	for i, c := range cells {
		texts[i] = c.Text
	}
	out := make([]sheettext.Line, 0, len(lines))
	out = append(out, lines[:at]...)
	if urlBack != nil {
		out = append(out, *urlBack)
	}
	out = append(out, lines[at],
		sheettext.Line{Text: strings.Join(header, " "), Pos: lines[first].Pos},
		sheettext.Line{Text: strings.Join(texts, " "), Pos: cells[0].Pos, Break: true})
	for _, l := range rest {
		l.Break = true
		out = append(out, l)
	}
	next0 := lines[end]
	next0.Break = true
	out = append(out, next0)
	return append(out, lines[end+1:]...)
}

// urlBefore reports whether url, read right after a table's label, is
// the value of the label printed before the table: that label ends in
// URL (事業概要URL) and has no value on its line, and url is one URL
// (a cell of the table never starts its row with one: 政策所管 and
// 法令名 are names).
func urlBefore(prev, url string) bool {
	return strings.HasSuffix(linerules.NormalizeLine(prev), "URL") && sheettext.IsURLStart(url) && len(sheettext.Fields(url)) == 1
}
