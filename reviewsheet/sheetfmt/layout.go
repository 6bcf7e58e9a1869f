package sheetfmt

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
)

// Layout rules that make the formatted text print line for line as the
// RS PDF's text does (TestSampleLayout): where a label shares its line
// with its value, how many lines a box holds, where a note goes. Each
// rule is one function; the parser reads every variant, so they change
// the lines, never the Sheet.

// boxMaxLines is how many lines a node's box in 活動・成果目標等のつながり
// holds: the RS PDF cuts a longer text at the fifth line with "…".
const boxMaxLines = 5

// textWidth is the display width of s (runeWidth of each rune).
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// oneLine reports whether lines is a single line that may share a line
// with labels: no space in it (the parser splits a row at spaces and
// would read a label inside the value as the next field).
func oneLine(lines []string) bool {
	return len(lines) == 1 && !strings.ContainsAny(lines[0], " \u3000\t")
}

// wrapNoted wraps s at width, printing a bracketed note that ends it
// (【旧アウトカム】, as the RS system marks carried-over outcomes) on a
// line of its own, as the RS PDF does. The parser joins wrapped lines
// with nothing, so the text reads back unchanged; a note that is all of
// s, or that follows a space or a line break, is wrapped as any text.
func wrapNoted(s string, width int) []string {
	if !strings.HasSuffix(s, "】") {
		return wrap(s, width)
	}
	i := strings.LastIndex(s, "【")
	if i <= 0 || strings.ContainsRune(s[i:], '\n') {
		return wrap(s, width)
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if isSpace(prev) || prev == '\n' {
		return wrap(s, width)
	}
	return append(wrap(s[:i], width), wrap(s[i:], width)...)
}

// boxLines prints a node's box: its text wrapped at widthBox with a
// trailing note on its own line (wrapNoted); a text longer than
// boxMaxLines lines is cut at the last of them, whose end gives way to
// "…", full-width in the PDF (the line keeps as many characters as fit
// beside it). The parser reads such a cut box as repeating the node's
// text (no BoxText), so a cut is made only where the kept lines are a
// prefix of text.
func boxLines(text string) []string {
	ls := wrapNoted(text, widthBox)
	if len(ls) <= boxMaxLines {
		return ls
	}
	kept := append([]string(nil), ls[:boxMaxLines]...)
	last := kept[boxMaxLines-1]
	for last != "" && textWidth(last)+2 > widthBox {
		_, n := utf8.DecodeLastRuneInString(last)
		last = last[:len(last)-n]
	}
	kept[boxMaxLines-1] = last + "…"
	prefix := strings.TrimRight(strings.Join(kept[:boxMaxLines-1], "")+last, "、，, ")
	if !strings.HasPrefix(text, prefix) {
		return ls
	}
	return kept
}

// goalHead prints the heading of an output's or outcome's group and its
// goal text (活動目標 / 成果目標) as the RS PDF's text has them: the
// kind and the goal label share a line above a goal of up to two lines;
// a longer goal (three to six lines) has the goal label on a line of its
// own under the kind, and a goal of seven lines or more a blank line
// between them as well (the kind's cell is centred on a taller row).
func goalHead(w *writer, kind, goal string, text []string) {
	switch {
	case len(text) <= 2:
		w.line(kind + " " + goal)
	case len(text) < 7:
		w.line(kind)
		w.line(goal)
		w.cell()
	default:
		w.line(kind)
		w.cell()
		w.line(goal)
		w.cell()
	}
	w.lines(text)
	w.cell()
}

// measureLines prints an indicator's label and name (活動指標 / 成果指標):
// beside each other when the name is one line, else the label above the
// name's lines.
func measureLines(w *writer, label string, name []string) {
	if oneLine(name) {
		w.line(label + " " + name[0])
		return
	}
	w.line(label)
	w.lines(name)
}

// subsidyRow prints a 補助率等 row whose 補助対象, 補助率 and 補助上限等
// are one line each as one line, "対象 率 上限", with the URL on the
// next line, as the RS PDF's text has it; ok is false when a cell takes
// more than one line or is absent ("--": the parser reads a row of
// three cells and a URL only when every cell says something), and when
// the row has no URL (hasURL): each cell is then printed on its own.
func subsidyRow(target, rate, limit []string, hasURL bool) (row string, ok bool) {
	if !hasURL || !oneLine(target) || !oneLine(rate) || !oneLine(limit) ||
		target[0] == absent || rate[0] == absent || limit[0] == absent {
		return "", false
	}
	return join(target[0], rate[0], limit[0]), true
}

// besideRow appends a text to a table row when it is one line (the
// 支出先ブロック row and its 事業を行う上での役割); ok is false when the
// text takes more lines, which are then printed under the row.
func besideRow(row string, text []string) (string, bool) {
	if !oneLine(text) {
		return row, false
	}
	return row + " " + text[0], true
}

// pairLine prints two labelled one-line values on one line ("所見 --
// 詳細 --"), as the RS PDF's text has them; ok is false when either
// value takes more than one line.
func pairLine(label1 string, v1 []string, label2 string, v2 []string) (string, bool) {
	if !oneLine(v1) || !oneLine(v2) {
		return "", false
	}
	return label1 + " " + v1[0] + " " + label2 + " " + v2[0], true
}

// useRowGroups lays out one 費目・使途 row whose cells wrap in their
// columns (cells: each cell's lines), as the RS PDF's text prints it:
// the cells follow each other on a line, separated by a space; the
// first cell that wraps goes on with its next lines, and the cells after
// it follow its last line ("B 岐阜県 令和6年度　地方における孤" /
// "独・孤立対策推進事業交付金 補助金 … 3,500"). A second wrapping cell
// stands on its own lines, a group of its own, and the cells after it
// on a line of their own. The groups are printed with a blank line
// between them (a cell boundary for the parser, which joins the lines
// of a group without a separator). A row whose lines could end it early
// for the parser (a line before the last ending in an amount or "--"),
// or whose last line would not end it (endsRow), is printed on one line
// instead, each cell unwrapped.
func useRowGroups(cells [][]string) [][]string {
	var groups [][]string
	var cur []string
	line := ""
	add := func(c string) {
		if line == "" {
			line = c
		} else {
			line += " " + c
		}
	}
	wrapped := 0
	for _, c := range cells {
		if len(c) == 1 {
			add(c[0])
			continue
		}
		wrapped++
		if wrapped == 1 {
			add(c[0])
			cur = append(cur, line)
			cur = append(cur, c[1:len(c)-1]...)
			line = c[len(c)-1]
			continue
		}
		if line != "" {
			cur = append(cur, line)
		}
		groups = append(groups, cur, c)
		cur, line = nil, ""
	}
	if line != "" {
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	for gi, g := range groups {
		for li, l := range g {
			if (gi < len(groups)-1 || li < len(g)-1) && endsLikeAmount(l) {
				return [][]string{{oneRow(cells)}}
			}
		}
	}
	if last := groups[len(groups)-1]; !endsRow(last[len(last)-1]) {
		return [][]string{{oneRow(cells)}}
	}
	return groups
}

// endsRow reports whether the parser reads l as the end of a 費目・使途
// row printed over several lines: a cell before an amount. A 金額 "--"
// ends only a row printed whole on one line.
func endsRow(l string) bool {
	i := strings.LastIndexByte(l, ' ')
	return i > 0 && num.IsAmount(l[i+1:])
}

// oneRow joins the cells of a row on one line, each cell's lines joined
// without a separator (how the parser reads them back).
func oneRow(cells [][]string) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = strings.Join(c, "")
	}
	return strings.Join(parts, " ")
}

// endsLikeAmount reports whether the last space-separated token of l is
// an amount or "--": the parser ends a 費目・使途 row at such a line.
func endsLikeAmount(l string) bool {
	tok := l[strings.LastIndexByte(l, ' ')+1:]
	return tok == absent || num.IsAmount(tok)
}

// wrapAtSpaces wraps s at width as the RS PDF wraps the boxes of 資金の
// 流れ: where a line is full at a space (U+3000 or ASCII), the line ends
// there and the space is dropped ("C. 一般社団法人えんがお" / "ほか");
// elsewhere as wrap. The parser joins the lines with nothing, so only
// cells it reads without their spaces may be wrapped so: a block's name
// (the 支出先上位者リスト row carries it; the flow's is compared without
// spaces) and the 間接経費 lines (indirectLines). A space is not a cut
// where the next line would start with a digit (an amount to the
// parser).
func wrapAtSpaces(s string, width int) []string {
	var out []string
	for {
		cut := widthCut(s, width)
		if cut < 0 {
			return append(out, s)
		}
		if r, _ := utf8.DecodeRuneInString(s[cut:]); isSpace(r) {
			if rest := strings.TrimLeft(s[cut:], " \u3000"); rest != "" && !startsSpecial(rest) && !startsFigure(rest) {
				out = append(out, strings.TrimRight(s[:cut], " \u3000"))
				s = rest
				continue
			}
		}
		first := wrap(s, width)[0]
		if first == s || first == "" {
			return append(out, s)
		}
		out = append(out, first)
		s = s[len(first):]
	}
}

// startsFigure reports whether t starts with a digit: a line of a flow
// box that starts so reads as the box's amount.
func startsFigure(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return num.IsDigit(r)
}

// indirectLines prints a 間接経費 line of 資金の流れ ("間接経費: 1,079
// 千円", "1. 職員旅費: 1,079 千円") wrapped as the RS PDF's narrow box
// wraps it (wrapAtSpaces at widthIndirect), when the first line keeps
// the label or the item's name whole with its last colon (the parser
// reads an item up to its 千円 over at most a few lines and splits it at
// the last colon); else the line is printed whole.
func indirectLines(s string) []string {
	ls := wrapAtSpaces(s, widthIndirect)
	if len(ls) > 1 && len(ls[0]) <= strings.LastIndexByte(s, ':') {
		return []string{s}
	}
	return ls
}
