package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
	"github.com/rsheet/rsheet/spending"
)

// Contract rows in layout text. The sheet prints a contract of the
// 支出先上位者リスト as its name (wrapped), its 契約方式等, then the row
// "支出額 入札者数 落札率 理由". A producer that lays the table out as a
// grid puts the figures beside the name's first line and the reason,
// wrapped, in its column beside the lines after it; pdftotext -layout
// prints
//
//	孤独・孤立対策強化月間における「統一的な相談窓口体制の   44,000 1 --
//	推進」に係る調査研究業務                 予定価格が類推される恐れがあるため、落札率は記載
//	一般競争契約（最低価格）                 していない。
//
// The rule (ReorderContractRows), on lines under a 契約概要 header and
// before white space is collapsed: a line whose first segment (text
// before a run of two or more spaces) is text and whose other segments
// make a contract row, followed within maxContractLines by a line whose
// first segment is a known 契約方式等, is that contract: its name is the
// first segments of the line and of the lines up to the method, then
// comes the method, then the row, then the second segments of those
// lines (the reason, wrapped), in the sheet's order. Anything else is
// left as it is.

// maxContractLines bounds the name lines between a row and its method.
const maxContractLines = 4

// ReorderContractRows applies the rule to lines.
func ReorderContractRows(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a contract is reordered
	inTable := false
	for i := 0; i < len(lines); i++ {
		t := lines[i].Text // compared as CollapseSpaces(t) (collapsedaffix.go)
		switch {
		case CollapsedHasPrefix(t, "契約概要（契約名）"):
			inTable = true
		case endsContractTable(t):
			inTable = false
		}
		var m int
		if inTable {
			m = contractAt(lines, i)
		}
		if m == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		var reason []sheettext.Line
		var row sheettext.Line
		for k := i; k <= i+m; k++ {
			first, second, off := TwoSegments(lines[k].Text)
			l := lines[k]
			l.Text = first
			if k == i {
				row = sheettext.Line{Text: second, Pos: l.Pos + sheettext.Pos(off)}
			} else if second != "" {
				reason = append(reason, sheettext.Line{Text: second, Pos: l.Pos + sheettext.Pos(off)})
			}
			out = append(out, l)
		}
		out = append(out, row)
		out = append(out, reason...)
		i += m
	}
	return Rewritten(out, lines)
}

// contractAt reports how many lines after lines[i] run to the contract's
// method line under the rule, or 0.
func contractAt(lines []sheettext.Line, i int) int {
	first, second, _ := TwoSegments(lines[i].Text)
	if first == "" || second == "" || IsFigureCell(first) || !IsContractRow(CollapseSpaces(second)) {
		return 0
	}
	for k := i + 1; k < len(lines) && k-i <= maxContractLines; k++ {
		if lines[k].Break {
			return 0
		}
		f, _, _ := TwoSegments(lines[k].Text)
		if isMethodCell(f) {
			return k - i
		}
	}
	return 0
}

// Look-alike code points. The rules here run before NormalizeLine folds
// look-alike code points (textnorm.Fold), and wkhtmltopdf's text prints
// some kanji as Kangxi radicals: "⼀般競争契約（総合評価）" (U+2F00 for
// 一), "⽀出先名" (U+2F40 for 支). The two tests below compare the folded
// text (FoldedHasPrefix folds only a line that may match).

// isMethodCell reports whether a first segment f is a known 契約方式等
// once look-alike code points are folded.
func isMethodCell(f string) bool {
	return spending.Method(textnorm.Fold(f)).Known()
}

// endsContractTable reports whether line text t starts the next
// recipient ("支出先名 …") or block ("支出先ブロック名 …") of the
// 支出先上位者リスト, which ends a contract table, once look-alike code
// points are folded.
func endsContractTable(t string) bool {
	return FoldedHasPrefix(t, "支出先名 ") || FoldedHasPrefix(t, "支出先ブロック名 ")
}

// TwoSegments splits t at its first run of two or more spaces: the text
// before it (trimmed; "" when t starts with spaces) and after it, with
// the byte offset of the latter. A line that starts with spaces is all
// second segment.
//
// One leading space is not an indent (Chromium's layout text starts
// lines at column 1): it is skipped.
func TwoSegments(t string) (first, second string, off int) {
	if len(t) > 1 && t[0] == ' ' && t[1] != ' ' {
		first, second, off = TwoSegments(t[1:])
		return first, second, off + 1
	}
	if strings.HasPrefix(t, " ") {
		rest := strings.TrimLeft(t, " ")
		return "", strings.TrimRight(rest, " "), len(t) - len(rest)
	}
	k := strings.Index(t, "  ")
	if k < 0 {
		return strings.TrimRight(t, " "), "", len(t)
	}
	rest := strings.TrimLeft(t[k:], " ")
	return t[:k], strings.TrimRight(rest, " "), len(t) - len(rest)
}
