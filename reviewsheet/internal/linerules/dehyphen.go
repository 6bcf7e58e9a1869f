package linerules

import (
	"bytes"
	"strings"
	"sync"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// Undoing pdftotext's de-hyphenation. pdftotext without -layout joins a
// line that ends in "-" with the next line of its paragraph and drops
// that "-", as it would for a word hyphenated across lines. An absent
// cell "--" at the end of a printed line therefore reaches us as one "-"
// glued to the first word of the next line:
//
//	その他担当組織 --          →  その他担当組織 -基本情報 予算事業ID …
//	基本情報 予算事業ID …
//
//	170,042 3 91.1 --          →  170,042 3 91.1 -支出先名
//	支出先名
//
// The rule (SplitDehyphenated): a token that is one "-" glued to Japanese
// text, at the start of a line or after an ASCII space, is a "--" cell
// ending the line, and the text after the "-" starts a new line (at its
// own position), when
//
//   - that text begins a label of the sheet (its first word is a label,
//     a label and its unit as in "達成率(%)", or the first line of a
//     wrapped label such as "実績∕目標∕見込みの"), or
//   - the token before the "-" is a figure cell: a number, an amount, a
//     rate or "--" (a table row whose last cell was "--": "22,528 1 64
//     -支出先名", "44,000 1 -予定価格が類推される…").
//
// A cell of one "-" at a line end loses its only character the same way,
// leaving the space before it: "成果指標 -" and the wrapped label
// "定性的なアウトカムに／関する成果実績" below it reach us as "成果指標
// 定性的なアウトカムに". The second rule (restoreLostDash): text that
// ends a line after an ASCII space and is the first line of a wrapped
// label — a strict prefix of its spelling, completed by the lines that
// follow — starts that label on a line of its own, and the text before
// it ends in the "-" that was dropped. Both rules run only on input that
// shows the first one's marks (HasDehyphenated): no other extraction
// glues a label to the end of a line.
//
// A cell of one "-" that stands alone in its paragraph is dropped
// altogether. Where a label takes the next line as its value whatever it
// reads like (後続アウトカムへのつながり), the next kind's heading would be
// taken for the value; the third rule (lostNextAt): that label ending its
// line, followed after a blank line by a kind heading whose 成果目標 or
// 活動目標 label follows it (on its line or the next), had the value "-",
// which is put back on a line of its own; the parser reports it as
// WarnLostCell (Lines returns where).
//
// The fourth rule (cellsAfterNextAt) is the same loss in an indicator
// table's last row: pdftotext prints the 達成率 row's cells after the
// label 後続アウトカムへのつながり that follows the table, and drops that
// label's "-":
//
//	達成率(%)                    達成率(%) -- 142 --
//	後続アウトカム         →     後続アウトカム
//	へのつながり                 へのつながり
//	-- 142 --                    -
//
// A line of figure cells right after that label (ending its line), when
// the line before the label is a row label of the table with no cells
// (and the line before that is not another such row label: bareRowLabel),
// moves up to that row, and the label's value is "-" (reported).
//
// Anything else is text and stays: "-（令和９年度実施）" after a label,
// "---", "-5", "keizai-shimon", a lone "-" at a line end ("成果指標 -").
// Two "--" cells glued as "---" are read where a table expects figures
// (splitTripleDash), not here: "---" is also printed as text.
//
// HasDehyphenated finds candidates without looking at each byte in Go
// code (the '-' is searched with bytes.IndexByte), so inputs without them
// cost one vectorised pass.

// HasDehyphenated reports whether some line of src has a token the rule
// splits.
func HasDehyphenated(src []byte) bool {
	for i := 0; ; {
		if i+1 < len(src) && src[i] != '-' && src[i+1] == '-' {
			i++ // the next cell of a row of "--" cells: found without a search
		} else if j := bytes.IndexByte(src[i:], '-'); j >= 0 {
			i += j
		} else {
			return false
		}
		// (glued asks for a byte E2 and above after the '-', unlike "--")
		if i+1 < len(src) && src[i+1] >= 0xE2 && glued(src, i) {
			start := bytes.LastIndexByte(src[:i], '\n') + 1
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			line := string(src[start : i+end])
			if dehyphenAt(line, i-start) {
				return true
			}
		}
		for i < len(src) && src[i] == '-' {
			i++
		}
	}
}

// glued reports whether src[i] is a '-' that starts a token and is
// followed by Japanese text (a lead byte of U+3000 and above).
func glued[S ~string | ~[]byte](src S, i int) bool {
	if i > 0 && src[i-1] != ' ' && src[i-1] != '\n' && src[i-1] != '\f' {
		return false
	}
	if i+1 >= len(src) || src[i] != '-' {
		return false
	}
	// a CJK or Kangxi radical (U+2E80–U+2FDF, lead bytes E2 BA–BF) is a
	// compatibility form of an ideograph (wkhtmltopdf prints 支 as ⽀)
	return src[i+1] >= 0xE3 || (src[i+1] == 0xE2 && i+2 < len(src) && src[i+2] >= 0xBA && src[i+2] <= 0xBF)
}

// dehyphenAt reports whether the '-' at t[i] (a line) is a "--" cell
// glued to the next line by pdftotext, under the rule above.
func dehyphenAt(t string, i int) bool {
	if !glued(t, i) {
		return false
	}
	rest := t[i+1:]
	if k := strings.IndexByte(rest, ' '); k >= 0 {
		rest = rest[:k]
	}
	if startsLabel(textnorm.Fold(rest)) { // (compatibility forms: ⽀出先)
		return true
	}
	before := strings.TrimRight(t[:i], " ")
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	return prev != "" && IsFigureCell(prev)
}

// IsFigureCell reports a cell a table prints as a figure: "--", an
// amount or count, a rate ("91.1", "17.3%").
func IsFigureCell(s string) bool {
	return s == num.Absent || num.IsAmount(strings.TrimSuffix(s, "%"))
}

// startsLabel reports whether the word w begins a label: it is a label,
// a label followed by a unit in parentheses, or the first part of a
// label's spelling (a wrapped label), at least two characters long.
func startsLabel(w string) bool {
	if len(w) < 6 { // two characters of Japanese
		return false
	}
	for _, l := range SheetLabels() {
		switch {
		case strings.HasPrefix(l, w):
			return true
		case strings.HasPrefix(w, l) && (len(w) == len(l) || w[len(l)] == '(' || strings.HasPrefix(w[len(l):], "（")):
			return true
		}
	}
	return false
}

var (
	sheetLabelsOnce sync.Once
	sheetLabelList  []string
)

// SheetLabels lists the spellings of every label of the section field
// sets, the section headings and the header rows of the tables.
func SheetLabels() []string {
	sheetLabelsOnce.Do(func() {
		seen := map[string]bool{}
		add := func(l label.Label) {
			for _, s := range append([]string{string(l)}, label.AltSpellings(l)...) {
				if !seen[s] {
					seen[s] = true
					sheetLabelList = append(sheetLabelList, s)
				}
			}
		}
		for _, set := range []*label.Set{label.SectionSet, label.BasicSpecs, label.BudgetSpecs, label.OcSpecs, label.KPISpecs, label.EvaluationSpecs, label.SpendingSpecs, label.ListHeaders} {
			for _, sp := range set.Specs {
				add(sp.L)
			}
		}
		for _, l := range []label.Label{label.OcOverview, label.OcPath, label.SpRecipientHeader, label.SpUsesHeader, label.SpDebtHeader, label.OcRowTarget, label.OcRowActual, label.OcRowRate, label.OcTargetYr} {
			add(l)
		}
	})
	return sheetLabelList
}

// SplitDehyphenated applies the three rules to every line. It returns
// the lines and the positions of the "-" cells the third rule put back.
func SplitDehyphenated(lines []sheettext.Line) ([]sheettext.Line, []sheettext.Pos) {
	var out []sheettext.Line // nil until a line splits
	var lost []sheettext.Pos
	for i, l := range lines {
		if n := cellsAfterNextAt(lines, i); n > 0 {
			if out == nil {
				out = CopyBefore(lines, i)
			}
			label := append([]sheettext.Line(nil), out[len(out)-n:]...)
			row := &out[len(out)-n-1]
			row.Text += " " + l.Text
			out = append(append(out[:len(out)-n], label...), sheettext.Line{Text: "-", Pos: l.Pos, Break: true})
			lost = append(lost, l.Pos)
			continue
		}
		if lostNextAt(lines, i) {
			if out == nil {
				out = CopyBefore(lines, i)
			}
			out = append(out, sheettext.Line{Text: "-", Pos: l.Pos, Break: true})
			lost = append(lost, l.Pos)
		}
		first := true
		if k := lostDashAt(lines, i); k > 0 {
			if out == nil {
				out = CopyBefore(lines, i)
			}
			out = append(out, sheettext.Line{Text: l.Text[:k] + "-", Pos: l.Pos, Break: l.Break, Page: l.Page})
			l = sheettext.Line{Text: l.Text[k:], Pos: l.Pos + sheettext.Pos(k)}
			first = false
		}
		for {
			k := firstDehyphenated(l.Text)
			if k < 0 {
				break
			}
			if out == nil {
				out = CopyBefore(lines, i)
			}
			head := strings.TrimRight(l.Text[:k], " ")
			if head != "" {
				head += " "
			}
			out = append(out, sheettext.Line{Text: head + num.Absent, Pos: l.Pos, Break: l.Break && first, Page: l.Page && first})
			first = false
			l = sheettext.Line{Text: l.Text[k+1:], Pos: l.Pos + sheettext.Pos(k+1)}
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines, nil
	}
	return out, lost
}

// lostNextAt reports whether a "-" value of 後続アウトカムへのつながり was
// dropped before lines[i] (the third rule).
func lostNextAt(lines []sheettext.Line, i int) bool {
	if i == 0 || !lines[i].Break {
		return false
	}
	label.OcKindSet.Compile()
	lv := label.OcHeading(lines[i])
	if lv < 2 {
		return false
	}
	_, rest, _ := label.Match(lines, i, label.OcKindLabels[lv-1].L)
	next := rest
	if rest == "" && i+1 < len(lines) {
		next = lines[i+1].Text
	}
	if !startsWithLabel(next, label.OcObjective) && !startsWithLabel(next, label.OcGoal) {
		return false
	}
	for k := 1; k <= label.MaxLines && i-k >= 0; k++ {
		if n, r, ok := label.Match(lines, i-k, label.OcNext); ok && n == k && r == "" {
			return true
		}
	}
	return false
}

// cellsAfterNextAt reports, for a line of figure cells at lines[i] that
// the fourth rule moves, how many lines the 後続アウトカムへのつながり
// label before it spans; 0 when the rule does not apply.
func cellsAfterNextAt(lines []sheettext.Line, i int) int {
	if i < 2 || !lines[i].Break {
		return 0
	}
	if _, ok := figureCellCount(lines[i].Text); !ok {
		return 0
	}
	for n := 1; n <= label.MaxLines && i-n-1 >= 0; n++ {
		if m, r, ok := label.Match(lines, i-n, label.OcNext); ok && m == n && r == "" {
			k, rn, ok := label.OcRowLabel(lines[i-n-1:])
			if !ok || rn != 1 {
				return 0
			}
			if _, rest := label.OcSplitUnit(lines[i-n-1].Text, label.OcRows[k]); rest != "" || i-n-2 >= 0 && bareRowLabel(lines[i-n-2:]) {
				return 0
			}
			return n
		}
	}
	return 0
}

// bareRowLabel reports a row label of the indicator table on one line
// with no cells after its unit (the ∕ of 当初見込み∕目標値 may be printed
// apart, leaving a space: "当初見込み 目標値(名)"). Before the row label that precedes
// 後続アウトカムへのつながり it means the rows were printed apart from all
// their cells (Chromium's row-major table, pathrules.JoinRowMajorTable):
// the cells after the label are the table's, a paragraph each, not the
// last row's, so the fourth rule does not apply.
func bareRowLabel(lines []sheettext.Line) bool {
	t := lines[0].Text
	for _, rl := range label.OcRows {
		for _, sp := range [...]string{string(rl), strings.ReplaceAll(string(rl), "∕", " ")} {
			if rest, ok := strings.CutPrefix(t, sp+"("); ok {
				unit, closed := strings.CutSuffix(rest, ")")
				return closed && unit != "" && !strings.ContainsAny(unit, "() ")
			}
		}
	}
	return false
}

// startsWithLabel reports whether t is l or starts with l and a space.
func startsWithLabel(t string, l label.Label) bool {
	return t == string(l) || strings.HasPrefix(t, string(l)+" ")
}

// firstDehyphenated is the byte offset of the first token of t the rule
// splits, or -1.
func firstDehyphenated(t string) int {
	for i := 0; ; {
		j := strings.IndexByte(t[i:], '-')
		if j < 0 {
			return -1
		}
		i += j
		if dehyphenAt(t, i) {
			return i
		}
		for i < len(t) && t[i] == '-' {
			i++
		}
	}
}

// lostDashAt reports where, in lines[i], a wrapped label starts after
// text that lost its "-" (the second rule), as a byte offset after the
// space, or 0.
func lostDashAt(lines []sheettext.Line, i int) int {
	t := lines[i].Text
	if i+1 >= len(lines) || lines[i+1].Break {
		return 0
	}
	for k := strings.IndexByte(t, ' '); k >= 0; {
		rest := t[k+1:]
		if rest != "" && rest[0] >= 0xE3 && !strings.Contains(rest, " ") {
			probe := []sheettext.Line{{Text: rest}, lines[i+1]}
			if i+2 < len(lines) {
				probe = append(probe, lines[i+2])
			}
			for _, l := range SheetLabels() {
				if len(l) > len(rest) && strings.HasPrefix(l, rest) {
					if n, _, ok := label.MatchSpelling(probe, 0, l); ok && n >= 2 {
						return k + 1
					}
				}
			}
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return 0
}
