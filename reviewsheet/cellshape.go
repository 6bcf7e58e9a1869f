package reviewsheet

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
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
// caller keeps the text and reports a warning.

// splitSubsidyByShape splits the lines of one row (its URL removed) into
// 補助対象, 補助率 and 補助上限等.
func splitSubsidyByShape(lines []sheettext.Line) ([]cell, bool) {
	var buf [16]string
	texts := buf[:0]
	for _, l := range lines {
		texts = append(texts, l.Text)
	}
	rateEnd, ok := shapeSplit(texts)
	if !ok {
		return nil, false
	}
	return []cell{newCell(lines[:1]), newCell(lines[1:rateEnd]), newCell(lines[rateEnd:])}, true
}

// splitSubsidyTokens splits a row printed on one line whose cells, split
// on spaces, are more than three (a space inside a cell: "35,000円/10a 等")
// by the same rule, token by token: 補助対象 is the first token, 補助率
// runs to the last token with a rate before the first with an amount,
// 補助上限等 is the rest. Tokens of one cell are joined by a space again.
func splitSubsidyTokens(lines []sheettext.Line) ([]cell, bool) {
	if len(lines) != 1 {
		return nil, false
	}
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], lines[0].Text)
	rateEnd, ok := shapeSplit(toks)
	if !ok {
		return nil, false
	}
	return []cell{{lines: []string{toks[0]}}, {lines: []string{strings.Join(toks[1:rateEnd], " ")}}, {lines: []string{strings.Join(toks[rateEnd:], " ")}}}, true
}

// shapeSplit applies the rule above to the pieces of a row (its lines, or
// the tokens of a one-line row): 補助対象 is pieces[0], 補助率
// pieces[1:rateEnd], 補助上限等 pieces[rateEnd:].
func shapeSplit(pieces []string) (rateEnd int, ok bool) {
	if len(pieces) < 3 || hasRate(pieces[0]) || hasAmount(pieces[0]) {
		return 0, false
	}
	firstAmount := -1
	for i := 1; i < len(pieces); i++ {
		if hasAmount(pieces[i]) {
			firstAmount = i
			break
		}
	}
	lastRate := -1
	for i := 1; i < len(pieces) && (firstAmount < 0 || i < firstAmount); i++ {
		if hasRate(pieces[i]) {
			lastRate = i
		}
	}
	if firstAmount < 0 || lastRate < 0 || lastRate+1 >= len(pieces) {
		return 0, false
	}
	return lastRate + 1, true
}

// hasRate reports whether s holds a rate as 補助率 prints them: digits
// around a slash (any width), 定額, "N分のM" or a percentage.
func hasRate(s string) bool {
	if strings.Contains(s, "定額") {
		return true
	}
	prevDigit := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case num.IsDigit(r):
			prevDigit = true
		case prevDigit && (r == '/' || r == '／' || r == '∕' || r == '％' || r == '%'):
			if r == '%' || r == '％' {
				return true
			}
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if num.IsDigit(next) {
				return true
			}
			prevDigit = false
		case prevDigit && strings.HasPrefix(s[i:], "分の"):
			next, _ := utf8.DecodeRuneInString(s[i+len("分の"):])
			if num.IsDigit(next) {
				return true
			}
			prevDigit = false
		default:
			prevDigit = false
		}
		i += n
	}
	return false
}

// hasAmount reports whether s holds an amount: a digit followed by 千円,
// 万円, 億円 or 円.
func hasAmount(s string) bool {
	for _, unit := range []string{"千円", "万円", "億円", "円"} {
		for i := 0; ; {
			j := strings.Index(s[i:], unit)
			if j < 0 {
				break
			}
			j += i
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			if num.IsDigit(prev) {
				return true
			}
			i = j + len(unit)
		}
	}
	return false
}
