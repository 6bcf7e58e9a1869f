package pathrules

import (
	"math/big"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The end of a row-major table (JoinRowMajorTable) whose link label
// 後続アウトカムへのつながり was printed before the cells, when the cells
// are followed by the next outcome's heading instead of the link's
// value. pdftotext's default mode of the Chromium PDF prints the link's
// value "-" right after the table's last cell, "--", and its
// de-hyphenation glues the two ("--" and "-" read "--"): the value is
// lost. It may also print the target row's first cell after the next
// outcome's label 成果指標 (between the label and the indicator's name,
// where no figure can stand):
//
//	…達成率(%)                        当初見込み∕目標値(名) 500 500
//	後続アウトカム                    活動実績∕成果実績(名) 742 --
//	へのつながり                      達成率(%) 148.4 --
//	500 742 -- 148.4 --         →     後続アウトカム
//	中期アウトカム 成果目標           へのつながり
//	…                                 -
//	成果指標                          中期アウトカム 成果目標
//	500                               …
//	「…」の会員数                     成果指標
//	                                  「…」の会員数
//
// tableTailAt reads that end (a page footer may stand before the
// heading): the table must be complete (rows × the
// header's years; the year header printed, not year paragraphs) and its
// last cell "--", which then holds the link's "-" (put back on a line of
// its own at the cell's position). With one cell too few, the table must
// have the 達成率 row, the next outcome's heading paragraph must end in
// 成果指標 with a paragraph of one number and then a text paragraph (the
// indicator's name) after it (strayTargetAt), and that number, taken as
// the target row's first cell, must agree with the first year's 達成率:
// 達成率 = 活動実績 ÷ 目標値 × 100, rounded to the rate's printed decimals
// (rateAgrees). The sheet's own arithmetic so confirms where the cell
// stands; anything else is left as it is, for the table to report.
// It returns the rewritten lines, the index after them, the position
// of the "-" put back (reported as a lost cell) and that of a target
// cell placed by its 達成率 (reported as a placed_by_rate warning), or
// NoPos.
func (t *rowMajorTable) tableTailAt(lines []sheettext.Line, i, j int) ([]sheettext.Line, int, sheettext.Pos, sheettext.Pos) {
	h := j // the heading, after a page footer ("10 / 16", dropped later)
	if h+1 < len(lines) && linerules.IsPageNumber(lines[h].Text) && (lines[h].Page || lines[h+1].Page) {
		h++
	}
	if t.link == nil || len(t.years) > 0 || h >= len(lines) || !startsOutcome(lines[h].Text) || len(t.cells) == 0 {
		return nil, 0, sheettext.NoPos, sheettext.NoPos
	}
	last := lines[j-1]
	if last.Text != "--" {
		return nil, 0, sheettext.NoPos, sheettext.NoPos
	}
	stray := -1
	if !t.complete() {
		years := headerYears(t.header)
		stray = strayTargetAt(lines, h)
		if stray < 0 || t.rows() != 3 || years == 0 || len(t.cells)+1 != 3*years {
			return nil, 0, sheettext.NoPos, sheettext.NoPos
		}
		cells := append([]string{lines[stray].Text}, t.cells...)
		if !rateAgrees(cells[0], cells[years], cells[2*years]) {
			return nil, 0, sheettext.NoPos, sheettext.NoPos
		}
		t.cells = cells
	}
	out, _ := t.rebuild(lines, i, j, -1)
	if out == nil {
		return nil, 0, sheettext.NoPos, sheettext.NoPos
	}
	out = append(out, sheettext.Line{Text: "-", Pos: last.Pos, Break: true})
	if stray < 0 {
		return out, j, last.Pos, sheettext.NoPos
	}
	return append(out, lines[j:stray]...), stray + 1, last.Pos, lines[stray].Pos
}

// startsOutcome reports a line that starts an outcome's group: its
// heading (短期アウトカム, 中期アウトカム or 長期アウトカム) alone or
// followed by a space (then 成果目標).
func startsOutcome(t string) bool {
	for _, k := range label.OcKindLabels {
		if k.Kind.IsOutcome() && startsWithLabel(t, k.L) {
			return true
		}
	}
	return false
}

// maxHeadingLines bounds the lines of an outcome's heading paragraph
// (heading, 成果目標 and its text, 【旧アウトカム】, 成果指標) that
// strayTargetAt looks through.
const maxHeadingLines = 8

// strayTargetAt returns the index of the paragraph of one number that
// stands between the label 成果指標, the last line of the outcome's
// heading paragraph at lines[j], and the indicator's name (a text
// paragraph); -1 when there is none.
func strayTargetAt(lines []sheettext.Line, j int) int {
	k := j + 1
	for k < len(lines) && !lines[k].Break && k-j < maxHeadingLines {
		k++
	}
	if k+1 >= len(lines) || lines[k-1].Text != string(label.OcMeasure) || !isCellParagraph(lines, k) ||
		!lines[k+1].Break || !isRowText(lines[k+1].Text) {
		return -1
	}
	if _, err := num.ParseDecimal(lines[k].Text); err != nil {
		return -1
	}
	return k
}

// rateAgrees reports whether rate is actual ÷ target × 100 rounded half
// away from zero to the decimals rate prints ("148.4": one), all three
// numbers and target not zero; "--" or text never agrees.
func rateAgrees(target, actual, rate string) bool {
	tr, ok1 := decimalRat(target)
	ar, ok2 := decimalRat(actual)
	rr, ok3 := decimalRat(rate)
	if !ok1 || !ok2 || !ok3 || tr.Sign() == 0 {
		return false
	}
	decimals := 0
	if k := strings.IndexByte(rate, '.'); k >= 0 {
		decimals = len(rate) - k - 1
	}
	got := new(big.Rat).Quo(new(big.Rat).Mul(ar, big.NewRat(100, 1)), tr)
	want, _ := rr.Float64()
	return num.RoundRat(got, decimals) == want
}

// decimalRat reads a plain decimal figure cell ("1,234", "148.4") exactly.
func decimalRat(s string) (*big.Rat, bool) {
	if _, err := num.ParseDecimal(s); err != nil {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(strings.ReplaceAll(num.FoldDigits(s), ",", ""))
	return r, ok
}
