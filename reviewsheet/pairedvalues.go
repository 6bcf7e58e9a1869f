package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// Values of two labels printed side by side. Some producers lay out a
// row of two label–value pairs ("定性的なアウトカムに関する成果実績 -- 実績
// ∕目標∕見込みの根拠… --") with each label wrapped in a narrow column of
// its own, and pdftotext -layout prints the two values on one line
// between the two labels:
//
//	定性的なアウトカムに              定性的なアウトカムに
//	関する成果実績                    関する成果実績
//	--                      --    →   --
//	実績∕目標∕見込みの               実績∕目標∕見込みの
//	根拠として用いた統                根拠として用いた統
//	計・データ名（出典）              計・データ名（出典）
//	                                  --
//
// The rule (splitPairedValues): a line of exactly two segments (text
// apart by a run of two or more spaces) that are short values — "--",
// "-" or a number — directly followed by a label of the sheet that ends
// its line (possibly wrapped) keeps its first segment, and the second
// becomes a line of its own after that label. It runs on layout text
// before white space is collapsed (the gutter is what tells the two
// values apart).

// maxPairedValue bounds the length of a value the rule moves.
const maxPairedValue = 24

// splitPairedValues applies the rule to lines.
func splitPairedValues(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a pair splits
	for i := 0; i < len(lines); i++ {
		first, second, off, ok := pairedValues(lines[i].Text)
		n := 0
		if ok {
			n = labelEndingLine(lines, i+1)
		}
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]sheettext.Line, 0, len(lines)+16), lines[:i]...)
		}
		l := lines[i]
		l.Text = first
		out = append(out, l)
		out = append(out, lines[i+1:i+1+n]...)
		out = append(out, sheettext.Line{Text: second, Pos: lines[i].Pos + sheettext.Pos(off)})
		i += n
	}
	if out == nil {
		return lines
	}
	return out
}

// pairedValues splits t into two short values apart by a gutter.
func pairedValues(t string) (first, second string, off int, ok bool) {
	t0 := strings.TrimLeft(t, " ")
	i := strings.Index(t0, "  ")
	if i <= 0 {
		return "", "", 0, false
	}
	first = t0[:i]
	rest := strings.TrimLeft(t0[i:], " ")
	off = len(t) - len(rest)
	second = strings.TrimRight(rest, " ")
	if strings.Contains(first, " ") || strings.Contains(second, " ") || second == "" {
		return "", "", 0, false
	}
	for _, v := range []string{first, second} {
		if len(v) > maxPairedValue || !(v == absent || v == "-" || isFigureCell(v)) {
			return "", "", 0, false
		}
	}
	return first, second, off, true
}

// labelEndingLine reports how many lines from lines[i] on spell a label
// of the sheet with nothing after it, or 0.
func labelEndingLine(lines []sheettext.Line, i int) int {
	if i >= len(lines) || lines[i].Break {
		return 0
	}
	t := lines[i].Text
	for _, l := range sheetLabels() {
		if !samePrefix(t, l) {
			continue
		}
		if n, rest, ok := matchSpelling(lines, i, l); ok && rest == "" {
			return n
		}
	}
	return 0
}

// Labels wrapped in a narrow column with their last piece beside their
// first: LibreOffice centres a group label of 点検・評価 in its cell, and
// pdftotext -layout prints the piece that falls on the first line's
// baseline beside it:
//
//	行政事業レビュ            及び所見        行政事業レビュ
//	ー推進チームの                      →     ー推進チームの
//	所見に至る過程                            所見に至る過程
//	                                          及び所見
//
// The rule (splitBesideLabel): a line of exactly two segments whose
// first segment, the lines after it and then its second segment spell a
// label of the sheet (ending there) is that label, its pieces in order.

// splitBesideLabel applies the rule to lines.
func splitBesideLabel(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a label is reordered
	for i := 0; i < len(lines); i++ {
		n, off, ok := besideLabelAt(lines, i)
		if !ok {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]sheettext.Line, 0, len(lines)+16), lines[:i]...)
		}
		t := lines[i].Text
		first := lines[i]
		first.Text = strings.TrimRight(t[:off], " ")
		out = append(out, first)
		out = append(out, lines[i+1:i+1+n]...)
		out = append(out, sheettext.Line{Text: strings.TrimRight(t[off:], " "), Pos: lines[i].Pos + sheettext.Pos(off)})
		i += n
	}
	if out == nil {
		return lines
	}
	return out
}

// besideLabelAt reports whether lines[i] is a label's first piece with
// its last beside it (the rule above), how many lines after it hold the
// middle pieces, and the byte offset of the last piece.
func besideLabelAt(lines []sheettext.Line, i int) (n, off int, ok bool) {
	t := lines[i].Text
	if t == "" || t[0] == ' ' {
		return 0, 0, false
	}
	k := strings.Index(t, "  ")
	if k <= 0 {
		return 0, 0, false
	}
	rest := strings.TrimLeft(t[k:], " ")
	off = len(t) - len(rest)
	last := strings.TrimRight(rest, " ")
	if last == "" || strings.Contains(last, "  ") {
		return 0, 0, false
	}
	first := t[:k]
	probe := []sheettext.Line{{Text: first}}
	for m := 0; m < maxLabelLines-1; m++ {
		if m > 0 { // one more middle piece
			if i+m >= len(lines) || lines[i+m].Break {
				return 0, 0, false
			}
			probe = append(probe[:m], lines[i+m])
		}
		try := append(probe[:m+1:m+1], sheettext.Line{Text: last})
		for _, l := range sheetLabels() {
			if !samePrefix(first, l) {
				continue
			}
			if nn, r, ok := matchSpelling(try, 0, l); ok && r == "" && nn == len(try) {
				return m, off, true
			}
		}
	}
	return 0, 0, false
}
