package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Splitting the cells of a 補助率等 row when the input lost the blank lines
// between them (every extractor but one writes none). What the sheet
// itself tells, in this order:
//
//   - the known column order: 補助対象, 補助率, 補助上限等 (the URL is
//     found before, by shape);
//   - the shape of values: a 補助率 is a rate ("1/2", "3/4、4/5", "10/10",
//     "定額", "2分の1", "50%"); a 補助上限等 names an amount ("4,000千円",
//     "6,000千円", "100万円"). The 補助率 cell ends at the last line with a
//     rate before the first line with an amount, and 補助上限等 begins
//     after it;
//   - the 補助対象 is the first line: the column is narrow and its values
//     ("都道府県", "民間団体") fit on one line.
//
// A row where these do not give three non-empty cells is not split: the
// caller keeps the text and reports a warning. Nor is a row whose text
// shows a cell boundary (a blank line) inside the 補助率 these give: the
// first line is then not the whole 補助対象 ("（１）家庭・業務産業用蓄電
// システム" / "導入支援" / blank / "1/3" in a generated sheet would read
// 導入支援 as 補助率), and no shape tells where it ends.

// splitSubsidyByShape splits the lines of one row (its URL removed) into
// 補助対象, 補助率 and 補助上限等.
func splitSubsidyByShape(lines []sheettext.Line) ([]cell, bool) {
	var buf [16]string
	texts := buf[:0]
	for _, l := range lines {
		texts = append(texts, l.Text)
	}
	rateEnd, ok := linerules.ShapeSplit(texts)
	if !ok {
		return nil, false
	}
	for _, l := range lines[2:rateEnd] {
		if l.Break { // a blank line inside the 補助率: the text's own cell boundary says 補助対象 wraps
			return nil, false
		}
	}
	return []cell{newCell(lines[:1]), newCell(lines[1:rateEnd]), newCell(lines[rateEnd:])}, true
}

// splitSubsidyTokens splits a row printed on one line whose cells, split
// on spaces, are more than three (a space inside a cell: "35,000円/10a 等")
// by the same rule, token by token: 補助対象 is the first token, 補助率
// runs to the last token with a rate before the first with an amount,
// 補助上限等 is the rest. Tokens of one cell are joined by a space again.
// The same row printed with its 補助対象 on a line of its own and the rest
// on the next line, no blank line between ("民間団体" / "2/3 1交付事業者に
// つき6,000千円": PyMuPDF) is split so too, when the 補助対象 is one token
// and the next line starts with a rate (otherwise the first line may be
// part of a wrapped 補助対象, and its next line no 補助率).
func splitSubsidyTokens(lines []sheettext.Line) ([]cell, bool) {
	var buf [16]string
	var toks []string
	switch {
	case len(lines) == 1:
		toks = sheettext.AppendFields(buf[:0], lines[0].Text)
	case len(lines) == 2 && !lines[1].Break && linerules.CountFields(lines[0].Text) == 1:
		toks = sheettext.AppendFields(buf[:0], lines[0].Text)
		toks = sheettext.AppendFields(toks, lines[1].Text)
		if len(toks) < 2 || !linerules.HasRate(toks[1]) {
			return nil, false
		}
	default:
		return nil, false
	}
	rateEnd, ok := linerules.ShapeSplit(toks)
	if !ok {
		return nil, false
	}
	return []cell{{lines: []string{toks[0]}}, {lines: []string{strings.Join(toks[1:rateEnd], " ")}}, {lines: []string{strings.Join(toks[rateEnd:], " ")}}}, true
}

// splitWrappedTargetRow splits a row whose 補助対象 wraps while its other
// cells fit on one line, as the PDF path prints such a row
// (internal/pdftext: a wrapped first cell line by line, then a blank
// line, then the row's one-line cells on one line): two groups, the
// first of several lines (補助対象), the second one line holding 補助率
// and 補助上限等 apart by spaces ("定額 --"). Two tokens are the two cells
// (neither is ever empty: an absent cell prints "--"); more are split by
// the shape rule when it gives both cells. Not split, so that the caller
// reports the row: the 補助対象's last line a rate or "--" (the 補助率
// printed below the 補助対象 with no blank line, mutool), or a first token
// that is neither a rate nor "--" (the second group would be 補助上限等
// alone: "35,000円/10a 等").
func splitWrappedTargetRow(lines []sheettext.Line) ([]cell, bool) {
	if len(lines) < 3 || cellGroups(lines) != 2 || !lines[len(lines)-1].Break {
		return nil, false
	}
	target := lines[:len(lines)-1]
	if last := target[len(target)-1].Text; linerules.HasRate(last) || last == absent {
		return nil, false
	}
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], lines[len(lines)-1].Text)
	if len(toks) < 2 || !(linerules.HasRate(toks[0]) || toks[0] == absent) {
		return nil, false
	}
	rateEnd := 1
	if len(toks) > 2 {
		pieces := append([]string{target[0].Text}, toks...)
		end, ok := linerules.ShapeSplit(pieces)
		if !ok {
			return nil, false
		}
		rateEnd = end - 1
	}
	return []cell{newCell(target), {lines: []string{strings.Join(toks[:rateEnd], " ")}}, {lines: []string{strings.Join(toks[rateEnd:], " ")}}}, true
}
