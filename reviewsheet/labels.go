package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// label is a label printed on the sheet, by its canonical spelling (as on
// the RS system's 2025 PDF, joined when the PDF wraps it). Labels are
// matched exactly against their spellings, never by substring search.
type label string

// Further exact spellings of a label seen in other extractions (ASCII
// parentheses, a folded ∕, …) live in altTable; each section file adds
// its own with addSpellings in an init function. matchLabel runs for
// every label tried on every line, so the table is a fixed array of small
// buckets (no hashing), and most labels find an empty bucket.
var altTable [64][]altEntry

type altEntry struct {
	l    label
	alts []string
}

func altBucket(l label) int {
	if len(l) == 0 {
		return 0
	}
	return (len(l) + int(l[0])*7 + int(l[len(l)-1])*31) & 63
}

func addSpellings(l label, alts ...string) {
	if spellingsFrozen.Load() {
		panic("reviewsheet: addSpellings after the first parse (call it from an init function)")
	}
	for _, a := range alts {
		addAltPrefix(a)
	}
	b := &altTable[altBucket(l)]
	for i := range *b {
		if (*b)[i].l == l {
			(*b)[i].alts = append((*b)[i].alts, alts...)
			return
		}
	}
	*b = append(*b, altEntry{l: l, alts: alts})
}

// altSpellings returns the alternates of l (nil for most labels).
func altSpellings(l label) []string {
	for _, e := range altTable[altBucket(l)] {
		if e.l == l {
			return e.alts
		}
	}
	return nil
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
	if i >= len(lines) {
		return 0, "", false
	}
	t := lines[i].Text
	// the hot path: most lines start with another character than l
	if samePrefix(t, string(l)) {
		if n, rest, ok = matchSpelling(lines, i, string(l)); ok {
			return
		}
	}
	if !mayStartAlt(t) {
		return 0, "", false
	}
	for _, s := range altSpellings(l) {
		if samePrefix(t, s) {
			if n, rest, ok = matchSpelling(lines, i, s); ok {
				return
			}
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

// cutToken splits s where tok stands between spaces (or at an end of s),
// e.g. "-- 主要経費 その他の事項経費" with 主要経費 gives ("--",
// "その他の事項経費", true).
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
