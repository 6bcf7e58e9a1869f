package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/spending"
)

// The shapes of the lines that end a table row of the parser's sections
// (a recipient, a contract's 契約方式等, a 予算内訳表 item, the years of
// the 予算額執行額表), shared by the section parsers.

// RecipientRowEnd reports whether a line ends a recipient row: its last
// two cells are an amount and a 法人番号 (digits) or "--"; the first line
// of a row must also hold a name.
func RecipientRowEnd(text string, first bool) bool {
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], text)
	n := len(toks)
	if n < 2 || (first && n < 3) {
		return false
	}
	if !num.IsAmount(toks[n-2]) {
		return false
	}
	return toks[n-1] == num.Absent || IsCount13(toks[n-1])
}

// KeepsCellBreaks reports whether the text keeps the blank lines of the sheet
// between cells: the sheet prints one before the figures of every
// contract ("170,042 3 91.1 --"), so a contract row after a blank line
// (not a page break) says so. Text with no blank line at all (some
// extractions), or with blank lines elsewhere only (layout text), cannot
// use them to delimit wrapped cells.
func KeepsCellBreaks(lines []sheettext.Line) bool {
	for _, l := range lines {
		if l.Break && !l.Page && IsContractRow(l.Text) {
			return true
		}
	}
	return false
}

// MaxMethodLines bounds how many lines a wrapped 契約方式等 may take.
const MaxMethodLines = 2

// SplitMethod splits the lines of a contract before its amount row into
// the name lines and the 契約方式等: the last line when it is a known
// method, else the last piece after a space of the last line, else the
// last lines joined (a wrapped method). When none is known the last line
// is returned as the method with ok false.
func SplitMethod(lines []sheettext.Line) (name []sheettext.Line, m spending.Method, ok bool) {
	if len(lines) == 0 {
		return nil, "", false
	}
	last := lines[len(lines)-1]
	if m := spending.Method(last.Text); m.Known() {
		return lines[:len(lines)-1], m, true
	}
	if i := strings.LastIndexByte(last.Text, ' '); i >= 0 {
		if m := spending.Method(last.Text[i+1:]); m.Known() {
			head := sheettext.Line{Pos: last.Pos, Text: strings.TrimRight(last.Text[:i], " "), Break: last.Break, Page: last.Page}
			return append(append([]sheettext.Line(nil), lines[:len(lines)-1]...), head), m, true
		}
	}
	for n := 2; n <= MaxMethodLines && n <= len(lines); n++ {
		if m := spending.Method(sheettext.JoinWrapped(lines[len(lines)-n:])); m.Known() {
			return lines[:len(lines)-n], m, true
		}
	}
	return lines[:len(lines)-1], spending.Method(last.Text), false
}

// YearHeader reads a line of budget years ("2023 2024 2025 2026").
func YearHeader(text string) ([]int, bool) {
	// the first cell decides for most lines (a row label), before the
	// line is split
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i == len(text) || !num.IsYearStart(text[i:]) {
		return nil, false
	}
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], text)
	if len(toks) == 0 || !num.IsYearStart(toks[0]) {
		return nil, false
	}
	years := make([]int, len(toks))
	for i, t := range toks {
		y, ok := num.Year(t)
		if !ok {
			return nil, false
		}
		years[i] = y
	}
	return years, true
}

// ItemType returns the 予算種別 that s is, spelled as the label (当初予算,
// 補正予算, 前年度から繰越し, …).
func ItemType(s string) (string, bool) {
	for _, t := range label.ItemTypes {
		if _, rest, ok := label.Match([]sheettext.Line{{Text: s}}, 0, t); ok && rest == "" {
			return string(t), true
		}
	}
	return "", false
}

// ItemRowEnd reports whether a line ends an item: at least three cells of
// which the last two are amounts or "--".
func ItemRowEnd(s string) bool {
	// the last cell decides for most lines (text), before the line is
	// split
	if t, _ := LastField(s); t != num.Absent && !num.IsAmount(t) {
		return false
	}
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], s)
	n := len(toks)
	if n < 3 {
		return false
	}
	for _, t := range toks[n-2:] {
		if t != num.Absent && !num.IsAmount(t) {
			return false
		}
	}
	return true
}

// IsCount13 reports whether s is all ASCII digits, 10 to 16 of them: a
// 法人番号 as printed (checked later, typos included).
func IsCount13(s string) bool { return len(s) >= 10 && len(s) <= 16 && IsDigits(s) }

// LastField returns the last of the fields sheettext.Fields splits text
// into ("" when there is none) and the text before it.
func LastField(text string) (last, before string) {
	e := len(text)
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	b := e
	for b > 0 && text[b-1] != ' ' && text[b-1] != '\t' {
		b--
	}
	return text[b:e], text[:b]
}
