package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
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
// The rule (SplitPairedValues): a line of exactly two segments (text
// apart by a run of two or more spaces) that are short values — "--",
// "-" or a number — directly followed by a label of the sheet that ends
// its line (possibly wrapped) keeps its first segment, and the second
// becomes a line of its own after that label. It runs on layout text
// before white space is collapsed (the gutter is what tells the two
// values apart).

// SplitPairedValues applies the rule to lines.
func SplitPairedValues(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a pair splits
	for i := 0; i < len(lines); i++ {
		first, second, off, ok := linerules.PairedValues(lines[i].Text)
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
			out = linerules.CopyBefore(lines, i)
		}
		l := lines[i]
		l.Text = first
		out = append(out, l)
		out = append(out, lines[i+1:i+1+n]...)
		out = append(out, sheettext.Line{Text: second, Pos: lines[i].Pos + sheettext.Pos(off)})
		i += n
	}
	return linerules.Rewritten(out, lines)
}

// labelEndingLine reports how many lines from lines[i] on spell a label
// of the sheet with nothing after it, or 0.
func labelEndingLine(lines []sheettext.Line, i int) int {
	if i >= len(lines) || lines[i].Break {
		return 0
	}
	t := skipOneSpace(lines[i].Text)
	var probe []sheettext.Line
	for _, l := range linerules.SheetLabels() {
		if !label.SamePrefix(t, l) {
			continue
		}
		if probe == nil {
			for k := i; k < len(lines) && k-i < label.MaxLines; k++ {
				probe = append(probe, sheettext.Line{Text: skipOneSpace(lines[k].Text), Break: lines[k].Break})
			}
		}
		if n, rest, ok := label.MatchSpelling(probe, 0, l); ok && rest == "" {
			return n
		}
	}
	return 0
}

// skipOneSpace drops one leading space that is not an indent (see
// TwoSegments).
func skipOneSpace(t string) string {
	if len(t) > 1 && t[0] == ' ' && t[1] != ' ' {
		return t[1:]
	}
	return t
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
// The rule (SplitBesideLabel): a line of exactly two segments whose
// first segment, the lines after it and then its second segment spell a
// label of the sheet (ending there) is that label, its pieces in order.
// The pieces are compared with look-alike code points folded
// (wkhtmltopdf's "⾏政事業レビュ", U+2F8F for 行).

// SplitBesideLabel applies the rule to lines.
func SplitBesideLabel(lines []sheettext.Line) []sheettext.Line {
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
			out = linerules.CopyBefore(lines, i)
		}
		f, last, _ := linerules.TwoSegments(lines[i].Text)
		first := lines[i]
		if first.Text != skipOneSpace(first.Text) {
			first.Pos++
		}
		first.Text = f
		out = append(out, first)
		out = append(out, lines[i+1:i+1+n]...)
		out = append(out, sheettext.Line{Text: last, Pos: lines[i].Pos + sheettext.Pos(off)})
		i += n
	}
	return linerules.Rewritten(out, lines)
}

// besideLabelAt reports whether lines[i] is a label's first piece with
// its last beside it (the rule above), how many lines after it hold the
// middle pieces, and the byte offset of the last piece.
func besideLabelAt(lines []sheettext.Line, i int) (n, off int, ok bool) {
	first, last, off := linerules.TwoSegments(lines[i].Text)
	if first == "" || last == "" || strings.Contains(last, "  ") {
		return 0, 0, false
	}
	first, last = textnorm.Fold(first), textnorm.Fold(last)
	probe := []sheettext.Line{{Text: first}}
	for m := 0; m < label.MaxLines-1; m++ {
		if m > 0 { // one more middle piece
			if i+m >= len(lines) || lines[i+m].Break {
				return 0, 0, false
			}
			probe = append(probe[:m], sheettext.Line{Text: textnorm.Fold(skipOneSpace(lines[i+m].Text))})
		}
		try := append(probe[:m+1:m+1], sheettext.Line{Text: last})
		for _, l := range linerules.SheetLabels() {
			if !label.SamePrefix(first, l) {
				continue
			}
			if nn, r, ok := label.MatchSpelling(try, 0, l); ok && r == "" && nn == len(try) {
				return m, off, true
			}
		}
	}
	return 0, 0, false
}

// A label wrapped in a column of its own with its row's cells beside it,
// on more than its first line:
//
//	活動・成果目標       2023 年度  2024 年度  2025 年度          活動・成果目標
//	と実績     当初見込み∕目標値(件)   1   1   1           →      と実績
//	                                                              2023 年度  2024 年度  2025 年度
//	                                                              当初見込み∕目標値(件)   1   1   1
//
// The rule (SplitWrappedBeside): lines, each starting at the left
// margin, whose first segments spell a label of the sheet (ending with
// the last of them) while the first of them has a second segment, are
// the label on lines of its own, then the second segments in order.

// SplitWrappedBeside applies the rule to lines.
func SplitWrappedBeside(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a label is split off
	for i := 0; i < len(lines); i++ {
		m := wrappedBesideAt(lines, i)
		if m == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		var beside []sheettext.Line
		for k := i; k < i+m; k++ {
			first, second, off := linerules.TwoSegments(lines[k].Text)
			l := lines[k]
			l.Text = first
			out = append(out, l)
			if second != "" {
				beside = append(beside, sheettext.Line{Text: second, Pos: lines[k].Pos + sheettext.Pos(off)})
			}
		}
		out = append(out, beside...)
		i += m - 1
	}
	return linerules.Rewritten(out, lines)
}

// wrappedBesideAt reports how many lines from lines[i] on the rule
// applies to (two or more), or 0.
func wrappedBesideAt(lines []sheettext.Line, i int) int {
	first, second, _ := linerules.TwoSegments(lines[i].Text)
	if first == "" || second == "" {
		return 0
	}
	probe := []sheettext.Line{{Text: first}}
	for m := 2; m <= label.MaxLines-1 && i+m-1 < len(lines); m++ {
		l := lines[i+m-1]
		f, _, _ := linerules.TwoSegments(l.Text)
		if l.Break || f == "" {
			return 0
		}
		probe = append(probe, sheettext.Line{Text: f})
		for _, lb := range linerules.SheetLabels() {
			if !label.SamePrefix(first, lb) {
				continue
			}
			if n, r, ok := label.MatchSpelling(probe, 0, lb); ok && r == "" && n == m {
				return m
			}
		}
	}
	return 0
}
