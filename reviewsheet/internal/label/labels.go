package label

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
)

// label is a label printed on the sheet, by its canonical spelling (as on
// the RS system's 2025 PDF, joined when the PDF wraps it). Labels are
// matched exactly against their spellings, never by substring search.
type Label string

// labelSpellings are the spellings of a label besides its canonical one,
// declared in one table. MatchSpelling already reads the spellings that
// differ only in what extractors change (widths, slashes, dashes,
// look-alike ideographs, a lone space: labelPrefix), so this table holds
// only other words and spellings whose first bytes differ (the prefix
// filters key on them). It is read once, when the fieldSets compile.
var labelSpellings = map[Label][]string{
	RowCarriedOver: {"前年度からの繰越し", "前年度から繰越"},
	KPIURL:         {"ＵＲＬ"}, // first bytes other than URL's
}

// AltSpellings returns the alternates of l (nil for most labels).
// Match asks for every label it tries, so the table is indexed once
// as a fixed array of small buckets (no hashing; most labels find an
// empty bucket).
func AltSpellings(l Label) []string {
	for _, e := range altIndex[altBucket(l)] {
		if e.l == l {
			return e.alts
		}
	}
	return nil
}

type altEntry struct {
	l    Label
	alts []string
}

var altIndex = func() (t [64][]altEntry) {
	for l, alts := range labelSpellings {
		b := altBucket(l)
		t[b] = append(t[b], altEntry{l, alts})
	}
	return t
}()

func altBucket(l Label) int {
	if len(l) == 0 {
		return 0
	}
	return (len(l) + int(l[0])*7 + int(l[len(l)-1])*31) & 63
}

// Top-level sections and the KPI block, in sheet order.
const (
	SecBasic        Label = "基本情報"
	SecBudget       Label = "予算・執行"
	SecOutcome      Label = "効果発現経路"
	SecKPI          Label = "事業に関連するKPIが定められている閣議決定等"
	SecEvaluation   Label = "点検・評価"
	SecSpending     Label = "支出先"
	SecOtherRemarks Label = "その他備考"
)

// MaxLines bounds how many physical lines a wrapped label may span.
const MaxLines = 6

// Match reports whether the lines starting at lines[i] spell l,
// possibly wrapped over several lines, followed by the end of a line or
// an ASCII space and more text. It returns the number of lines the label
// occupies and the text after it on its last line.
func Match(lines []sheettext.Line, i int, l Label) (n int, rest string, ok bool) {
	if i >= len(lines) {
		return 0, "", false
	}
	t := lines[i].Text
	// the hot path: most lines start with another character than l
	if SamePrefix(t, string(l)) {
		if rest, ok = exactAt(t, string(l)); ok {
			return 1, rest, true
		}
		if !differAtSecond(t, string(l)) {
			if n, rest, ok = MatchSpelling(lines, i, string(l)); ok {
				return
			}
		}
	}
	if len(t) >= 3 {
		if !mayStartAlt(t) {
			return 0, "", false
		}
	} else if t != "" && !altFirst[t[0]] { // a short line ("--")
		return 0, "", false
	}
	for _, s := range AltSpellings(l) {
		if SamePrefix(t, s) {
			if n, rest, ok = MatchSpelling(lines, i, s); ok {
				return
			}
		}
	}
	return 0, "", false
}

// Find returns the first index k ≥ i of lines at which Match(lines, k, l)
// holds, or len(lines). A line that starts neither l nor an alternate
// spelling of any label (its first three bytes) is passed over in the
// loop, before Match is called: the parser looks for a label among all
// the lines of a section.
func Find(lines []sheettext.Line, i int, l Label) int {
	for ; i < len(lines); i++ {
		t := lines[i].Text
		if len(t) >= 3 && len(l) >= 3 {
			if (t[0] != l[0] || t[1] != l[1] || t[2] != l[2]) && !mayStartAlt(t) {
				continue
			}
		} else if t != "" && l != "" && t[0] != l[0] && !altFirst[t[0]] {
			continue // a short line ("--") starts neither (its first byte)
		}
		if _, _, ok := Match(lines, i, l); ok {
			return i
		}
	}
	return len(lines)
}

// altFirst marks the first bytes of the alternate spellings (every byte
// if one were empty).
var altFirst = func() (a [256]bool) {
	for _, alts := range labelSpellings {
		for _, s := range alts {
			if s == "" {
				for b := range a {
					a[b] = true
				}
				continue
			}
			a[s[0]] = true
		}
	}
	return a
}()

// SamePrefix reports whether a and b agree on their first (up to) three
// bytes: one kana or kanji. It is a cheap pre-filter; MatchSpelling decides.
func SamePrefix(a, b string) bool {
	if len(a) >= 3 && len(b) >= 3 { // nearly always: three compares, no loop
		return a[0] == b[0] && a[1] == b[1] && a[2] == b[2]
	}
	n := min(len(a), len(b))
	for i := 0; i < n; i++ { // inline: a string comparison calls memequal
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// exactAt is the first test of MatchSpelling: t spells s exactly,
// followed by its end or by a space and the rest (returned). Inlined in
// Match and Set.Match, it saves the call on most lines that match.
func exactAt(t, s string) (rest string, ok bool) {
	if len(t) >= len(s) && t[:len(s)] == s {
		if len(t) == len(s) {
			return "", true
		}
		if t[len(s)] == ' ' {
			return trimSpaces(t[len(s)+1:]), true
		}
	}
	return "", false
}

// differAtSecond reports, for t and a spelling s that agree on their
// first three bytes (SamePrefix), whether MatchSpelling cannot match s at
// a line t because their second characters differ in a way it never
// reads alike: both first characters are of three bytes, both second
// characters too and of blocks labelKeyRune leaves alone (keySpecial is
// false: no space, slash, dash or full-width form), and they are not
// equal. The common prefix is then the first character, which holds no
// space, so neither the fold, nor a wrap, nor a label beside a wrapped
// one can match: "アウトカムを…" is not アクティビティ. Two in five of
// the calls of MatchSpelling that failed on the rendered 2024 corpus are
// ruled out so (the others differ later: アウトカムを… and アウトプット;
// a longer test cost the wrapped labels that match more than it saved).
func differAtSecond(t, s string) bool {
	if len(t) < 6 || len(s) < 6 || t[3] == s[3] && t[4] == s[4] && t[5] == s[5] {
		return false
	}
	return threeByteRune(s) && threeByteRune(t[3:]) && threeByteRune(s[3:]) && !keySpecial(t[3:]) && !keySpecial(s[3:])
}

// threeByteRune reports whether s starts with a lead byte of a
// three-byte UTF-8 sequence and two continuation bytes.
func threeByteRune(s string) bool {
	return s[0]&0xF0 == 0xE0 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80
}

// trimSpaces is strings.TrimLeft(t, " "), without the call.
func trimSpaces(t string) string {
	for len(t) > 0 && t[0] == ' ' {
		t = t[1:]
	}
	return t
}

// MatchSpelling matches the spelling s at lines[i], wrapped over up to
// MaxLines lines. The comparison is exact on the hot path and
// otherwise tolerant of what extractors change inside a label, rune by
// rune (labelPrefix): full-width or ASCII letters, digits and brackets
// (ＩＤ, （予定）), the slashes ∕ ／ /, dashes, look-alike ideographs, and
// a lone space a font change put inside the label (予算事業 ID).
func MatchSpelling(lines []sheettext.Line, i int, s string) (int, string, bool) {
	for k := 0; k < MaxLines && i+k < len(lines); k++ {
		t := lines[i+k].Text
		if len(t) >= len(s) {
			if t == s {
				return k + 1, "", true
			}
			if strings.HasPrefix(t, s) && t[len(s)] == ' ' {
				return k + 1, strings.TrimLeft(t[len(s):], " "), true
			}
		} else if strings.HasPrefix(s, t) {
			s = s[len(t):]
			continue
		}
		ti, si := labelPrefix(t, s)
		switch {
		case si == len(s) && ti == len(t):
			return k + 1, "", true
		case si == len(s) && t[ti] == ' ':
			return k + 1, strings.TrimLeft(t[ti:], " "), true
		case ti == len(t) && si < len(s): // wrapped: the label goes on
			s = s[si:]
		default:
			if k == 0 {
				if sp := strings.IndexByte(t[:min(len(t), len(s))], ' '); sp > 0 && strings.HasPrefix(s, t[:sp]) {
					return matchBesideWrapped(lines, i, s[sp:], strings.TrimLeft(t[sp:], " "))
				}
			}
			return 0, "", false
		}
	}
	return 0, "", false
}

// matchBesideWrapped matches a label wrapped in a column of its own with
// the cells of its row beside its first line, as layout text prints
// 関係する計画・ 計画・通知名 計画・通知等URL / 通知等: the lines after
// lines[i] must hold the rest of the label and nothing else. The text
// beside the first line is what follows the label.
func matchBesideWrapped(lines []sheettext.Line, i int, restOfLabel, beside string) (int, string, bool) {
	if i+1 >= len(lines) || lines[i+1].Break {
		return 0, "", false
	}
	n, after, ok := MatchSpelling(lines, i+1, restOfLabel)
	if !ok || after != "" {
		return 0, "", false
	}
	return n + 1, beside, true
}

// labelPrefix compares text t with a label spelling s from their starts,
// rune by rune as labelKeyRune folds them, a lone space in t inside the
// label skipped, and returns how far each was consumed.
func labelPrefix(t, s string) (ti, si int) {
	p := 0
	for p < len(t) && p < len(s) && t[p] == s[p] {
		p++
	}
	if p == len(t) || p == len(s) {
		return p, p
	}
	for p > 0 && !utf8.RuneStart(t[p]) {
		p--
	}
	// the usual mismatch (kanji against kana, say) is never a spelling
	// difference: labelKeyRune changes neither rune
	if !keySpecial(t[p:]) && !keySpecial(s[p:]) {
		return p, p
	}
	ti, si = p, p
	for ti < len(t) && si < len(s) {
		a, na := utf8.DecodeRuneInString(t[ti:])
		b, nb := utf8.DecodeRuneInString(s[si:])
		if a == b || labelKeyRune(a) == labelKeyRune(b) {
			ti, si = ti+na, si+nb
			continue
		}
		// a lone space inside the label, between two of its characters
		if textnorm.IsSpace(a) && ti > 0 && ti+na < len(t) {
			if next, _ := utf8.DecodeRuneInString(t[ti+na:]); !textnorm.IsSpace(next) {
				ti += na
				continue
			}
		}
		break
	}
	return ti, si
}

// keySpecial reports whether labelKeyRune may change the rune that
// starts s, from its bytes: white space, / and -, U+00A0, the blocks of
// E2 (dashes, slashes, radicals), EF (full-width forms, compatibility
// ideographs) and F0, the ideographic space and ー.
func keySpecial(s string) bool {
	switch c := s[0]; c {
	case ' ', '\t', '/', '-', 0xC2, 0xE2, 0xEF, 0xF0:
		return true
	case 0xE3:
		return len(s) >= 3 && (s[1] == 0x80 && s[2] == 0x80 || s[1] == 0x83 && s[2] == 0xBC)
	}
	return false
}

// labelKeyRune folds a rune of a label for labelPrefix: textnorm.Fold and
// Narrow, every slash to '/', every dash to '-', every space to ' '.
func labelKeyRune(r rune) rune {
	switch {
	case textnorm.IsSpace(r):
		return ' '
	case r == '/' || r == '∕' || r == '／':
		return '/'
	case textnorm.IsDash(r):
		return '-'
	}
	return textnorm.NarrowRune(textnorm.FoldRune(r))
}

// cutLabel cuts a spelling s of a label from the start of t as
// MatchSpelling compares them (on one line), and returns what follows.
func Cut(t, s string) (rest string, ok bool) {
	if r, ok := strings.CutPrefix(t, s); ok {
		return r, true
	}
	ti, si := labelPrefix(t, s)
	if si < len(s) {
		return t, false
	}
	return t[ti:], true
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
