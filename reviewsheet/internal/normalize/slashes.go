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
	take := func(i int) {
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.Contains(l.Text, slash) {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		trimmed := strings.TrimSpace(l.Text)
		if k := strings.Count(trimmed, slash); k > 0 && strings.Trim(trimmed, slash+" ") == "" && i+1 < len(lines) {
			if t, ok := fillGaps(lines[i+1].Text, k, false); ok {
				take(i)
				next := lines[i+1]
				next.Text, next.Break, next.Page = t, next.Break || l.Break, next.Page || l.Page
				out = append(out, next)
				i++
				continue
			}
		}
		body, ok := strings.CutSuffix(strings.TrimRight(l.Text, " "), slash)
		if !ok || body == "" {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		body = strings.TrimRight(body, " ")
		seg := body[strings.LastIndex(body, "  ")+1:]
		if t, ok := fillGaps(seg, 1, true); ok {
			take(i)
			l.Text = body[:len(body)-len(seg)] + t
			out = append(out, l)
			continue
		}
		if i+1 < len(lines) && strings.HasPrefix(lines[i+1].Text, " ") && !lines[i+1].Break {
			if t, ok := fillGaps(strings.TrimSpace(lines[i+1].Text), 1, true); ok {
				take(i)
				l.Text = body + "  " + t
				out = append(out, l)
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, l)
		}
	}
	return linerules.Rewritten(out, lines)
}

const slash = "∕"

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
