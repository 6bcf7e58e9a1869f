package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Displaced slashes. Labels such as 実績∕目標∕見込みの and
// 当初見込み∕目標値 hold U+2215 (∕). A producer (Chromium) draws it
// raised, and pdftotext -layout prints it out of its line, leaving a
// space where it was:
//
//	     ∕ ∕                      →   実績∕目標∕見込みの
//	実績 目標 見込みの
//
//	…落札率(%)   一者応札等の理由と改善策 落札率非公開の理由∕
//	                                  →   …落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由
//
//	…落札率(%)                ∕
//	       一者応札等の理由と改善策 落札率非公開の理由
//	                                  →   …落札率(%)  一者応札等の理由と改善策∕落札率非公開の理由
//
// The rule (RestoreSlashes): a line of nothing but k slashes puts them,
// in order, into the first k single spaces between two characters of
// the next line, and goes; a slash ending a line goes into the last
// single space of the line's last segment (text after a run of two or
// more spaces), or, when that has none and the next line is indented
// with one, into that space, the next line joining this one. A slash
// that finds no such space stays where it is.

// RestoreSlashes applies the rule to lines.
func RestoreSlashes(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a slash moves
	for i := 0; i < len(lines); i++ {
		l, n := slashesAt(lines, i)
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, l)
		i += n - 1
	}
	return linerules.Rewritten(out, lines)
}

// slashesAt applies the rule at lines[i]: it returns the line that
// stands for the n lines from lines[i] on (one, or two when the next
// line is taken in), or n == 0 when the rule does not apply there (a
// line without ∕ among them).
func slashesAt(lines []sheettext.Line, i int) (sheettext.Line, int) {
	l := lines[i]
	if !strings.Contains(l.Text, slash) {
		return l, 0
	}
	trimmed := strings.TrimSpace(l.Text)
	if k := strings.Count(trimmed, slash); k > 0 && strings.Trim(trimmed, slash+" ") == "" && i+1 < len(lines) {
		if t, ok := fillGaps(lines[i+1].Text, k, false); ok {
			next := lines[i+1]
			next.Text, next.Break, next.Page = t, next.Break || l.Break, next.Page || l.Page
			return next, 2
		}
	}
	body, ok := strings.CutSuffix(strings.TrimRight(l.Text, " "), slash)
	if !ok || body == "" {
		return l, 0
	}
	body = strings.TrimRight(body, " ")
	seg := body[strings.LastIndex(body, "  ")+1:]
	if t, ok := fillGaps(seg, 1, true); ok {
		l.Text = body[:len(body)-len(seg)] + t
		return l, 1
	}
	if i+1 < len(lines) && strings.HasPrefix(lines[i+1].Text, " ") && !lines[i+1].Break {
		if t, ok := fillGaps(strings.TrimSpace(lines[i+1].Text), 1, true); ok {
			l.Text = body + "  " + t
			return l, 2
		}
	}
	return l, 0
}

const slash = "∕"

// slashRune is slash, for the gate (gutterrules.go).
const slashRune = slash

// fillGaps puts k slashes into single spaces between two characters of
// t: the first k, or with last the last one (k is then 1). It reports
// false when t has fewer such spaces.
func fillGaps(t string, k int, last bool) (string, bool) {
	var gaps []int
	for i := 1; i+1 < len(t); i++ {
		if t[i] == ' ' && t[i-1] != ' ' && t[i+1] != ' ' {
			gaps = append(gaps, i)
		}
	}
	if len(gaps) < k || len(gaps) == 0 {
		return t, false
	}
	if last {
		gaps = gaps[len(gaps)-1:]
	} else {
		gaps = gaps[:k]
	}
	var b strings.Builder
	prev := 0
	for _, g := range gaps {
		b.WriteString(t[prev:g])
		b.WriteString(slash)
		prev = g + 1
	}
	b.WriteString(t[prev:])
	return b.String(), true
}
