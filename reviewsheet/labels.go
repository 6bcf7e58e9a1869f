package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// label is a label printed on the sheet, by its canonical spelling (as on
// the RS system's 2025 PDF, joined when the PDF wraps it). Labels are
// matched exactly against their spellings, never by substring search.
type label string

// altSpellings lists further exact spellings of a label seen in other
// extractions (ASCII parentheses, a folded ∕, …). Each section file adds
// its own in an init function.
var altSpellings = map[label][]string{}

func addSpellings(l label, alts ...string) {
	altSpellings[l] = append(altSpellings[l], alts...)
	hasAltBits |= 1 << altBit(l)
}

// hasAltBits is a one-word filter over altSpellings: a label whose bit is
// clear has no alternates, which spares the map lookup on the hot path
// (matchLabel runs for every label tried on every line).
var hasAltBits uint64

func altBit(l label) uint {
	if len(l) == 0 {
		return 0
	}
	return uint(len(l)+int(l[0])*7+int(l[len(l)-1])*31) % 64
}

// Top-level sections and the KPI block, in sheet order.
const (
	secBasic        label = "基本情報"
	secBudget       label = "予算・執行"
	secOutcome      label = "効果発現経路"
	secKPI          label = "事業に関連するKPIが定められている閣議決定等"
	secEvaluation   label = "点検・評価"
	secSpending     label = "支出先"
	secOtherRemarks label = "その他備考"
)

// maxLabelLines bounds how many physical lines a wrapped label may span.
const maxLabelLines = 6

// matchLabel reports whether the lines starting at lines[i] spell l,
// possibly wrapped over several lines, followed by the end of a line or
// an ASCII space and more text. It returns the number of lines the label
// occupies and the text after it on its last line.
func matchLabel(lines []sheettext.Line, i int, l label) (n int, rest string, ok bool) {
	hasAlt := hasAltBits&(1<<altBit(l)) != 0
	if !hasAlt && i < len(lines) && !samePrefix(lines[i].Text, string(l)) {
		return 0, "", false // the hot path: most lines start with another character
	}
	if n, rest, ok = matchSpelling(lines, i, string(l)); ok || !hasAlt {
		return
	}
	for _, s := range altSpellings[l] {
		if n, rest, ok = matchSpelling(lines, i, s); ok {
			return
		}
	}
	return 0, "", false
}

// samePrefix reports whether a and b agree on their first (up to) three
// bytes: one kana or kanji. It is a cheap pre-filter; matchSpelling decides.
func samePrefix(a, b string) bool {
	n := min(3, len(a), len(b))
	return a[:n] == b[:n]
}

func matchSpelling(lines []sheettext.Line, i int, s string) (int, string, bool) {
	for k := 0; k < maxLabelLines && i+k < len(lines); k++ {
		t := lines[i+k].Text
		if len(t) >= len(s) {
			if t == s {
				return k + 1, "", true
			}
			if strings.HasPrefix(t, s) && t[len(s)] == ' ' {
				return k + 1, strings.TrimLeft(t[len(s):], " "), true
			}
			return 0, "", false
		}
		if !strings.HasPrefix(s, t) {
			return 0, "", false
		}
		s = s[len(t):]
	}
	return 0, "", false
}

// splitInline splits the text after a label where a later label of the
// same row starts, e.g. "-- 主要経費 その他の事項経費" with 主要経費 gives
// ("--", "その他の事項経費", true). The label must stand between spaces (or
// end the text).
func splitInline(s string, l label) (before, after string, ok bool) {
	if b, a, ok := cutToken(s, string(l)); ok {
		return b, a, true
	}
	if hasAltBits&(1<<altBit(l)) == 0 {
		return s, "", false
	}
	for _, sp := range altSpellings[l] {
		if b, a, ok := cutToken(s, sp); ok {
			return b, a, true
		}
	}
	return s, "", false
}

func cutToken(s, tok string) (before, after string, ok bool) {
	if s == tok {
		return "", "", true
	}
	if len(s) <= len(tok) || strings.IndexByte(s, ' ') < 0 {
		return s, "", false // a label among other text stands between spaces
	}
	if strings.HasPrefix(s, tok+" ") {
		return "", strings.TrimLeft(s[len(tok):], " "), true
	}
	for from := 0; from < len(s); {
		j := strings.Index(s[from:], " "+tok)
		if j < 0 {
			return s, "", false
		}
		j += from
		end := j + 1 + len(tok)
		if end == len(s) {
			return strings.TrimRight(s[:j], " "), "", true
		}
		if s[end] == ' ' {
			return strings.TrimRight(s[:j], " "), strings.TrimLeft(s[end:], " "), true
		}
		from = j + 1
	}
	return s, "", false
}
