package sheetfmt

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
)

// Column widths counted on the sample (testdata/rs2025-006423.txt), in
// display columns: a full-width character counts 2, anything else 1. A
// width is the longest line the sample prints in that kind of cell; no
// wrapped line of the sample could have taken its next character (or the
// next two, where kinsoku moves a character down: "て、"). The PDF wraps
// by glyph width, so a line of half-width Latin or of many "・" may hold
// a character more or less than this count (TestSampleLayout).
const (
	widthText     = 138 // 事業の目的, 現状・課題, 事業の概要, 点検・評価 texts: 69 full-width
	widthPlan     = 78  // 計画・通知名: 39 full-width
	widthPlanURL  = 80  // 計画・通知等URL: 80 ASCII (a 91-character URL wraps)
	widthSubsidy  = 34  // 補助率等 cells: 16–17 full-width (URLs 33 ASCII)
	widthURLCell  = 33  // a URL wrapped in a narrow cell
	widthItem     = 72  // 歳出予算項目: 30 full-width and four " / " separators
	widthNotes    = 58  // その他特記事項: 29 full-width
	widthBox      = 28  // a node's box in 活動・成果目標等のつながり: 14 full-width
	widthNode     = 56  // 活動目標 / 成果目標 and the texts of a path block: 28 full-width
	widthLink     = 162 // 後続アウトカムへのつながり and アクティビティ: 81 full-width
	widthFlowBox  = 23  // a block's name in 資金の流れ: "A. " and 10 full-width
	widthFlowRole = 28  // a block's role in 資金の流れ: 14 full-width
	widthIndirect = 18  // 間接経費 lines in 資金の流れ: "1. 職員旅費: 1,079"
	widthRole     = 60  // 事業を行う上での役割 in the 支出先上位者リスト: 30 full-width
	widthContract = 54  // 契約概要: 27 full-width
	widthReason   = 48  // 一者応札等の理由と改善策∕落札率非公開の理由: 24 full-width
	// 費目・使途 columns
	widthUseName     = 38 // 支出先名: 19 full-width
	widthUseContract = 28 // 契約概要（契約名）: 14 full-width
	widthUse         = 38 // 使途: 19 full-width
)

// pageLines is how many lines a page holds before a form feed.
const pageLines = 70

// writer accumulates the sheet text: cells separated by blank lines and
// a form feed at the first cell boundary past every pageLines lines.
type writer struct {
	w        *bufio.Writer
	onPage   int  // lines written on the current page
	started  bool // a line has been written
	pendSep  bool // a blank line is due before the next line
	pendPage bool // a form feed is due before the next line
}

func newWriter(w io.Writer) *writer { return &writer{w: bufio.NewWriterSize(w, 64<<10)} }

// line writes one line. A tab in it is written as a space: a tab the RS
// CSV holds inside a text ("23,948,718\t千円", 2024-001953) reads as a
// cell boundary of layout text, and opens the parser's normalisation of
// the whole input, which then rewrites other texts ("2030 年度" joined,
// two U+3000 as one space: scripts/producer-sweep.sh, 2024-004756).
func (w *writer) line(s string) {
	if strings.IndexByte(s, '\t') >= 0 {
		s = strings.ReplaceAll(s, "\t", " ")
	}
	switch {
	case w.pendPage:
		w.w.WriteString("\f")
		w.onPage = 0
	case w.pendSep && w.started:
		w.w.WriteString("\n")
		w.onPage++
	}
	w.pendSep, w.pendPage = false, false
	w.started = true
	w.w.WriteString(s)
	w.w.WriteString("\n")
	w.onPage++
}

// lines writes each line.
func (w *writer) lines(ls []string) {
	for _, l := range ls {
		w.line(l)
	}
}

// cell ends a cell: a blank line comes before the next line, or a form
// feed when the page is full.
func (w *writer) cell() {
	w.pendSep = true
	if w.onPage >= pageLines {
		w.pendPage = true
	}
}

// section ends a section: three blank lines, as the sample prints them.
func (w *writer) section() {
	if w.onPage >= pageLines {
		w.pendPage = true
		return
	}
	w.w.WriteString("\n\n")
	w.onPage += 2
	w.pendSep = true
}

func (w *writer) flush() error { return w.w.Flush() }

// runeWidth is the display width of r: 2 for wide characters.
func runeWidth(r rune) int {
	if r < 0x1100 || (r >= 0xFF61 && r <= 0xFFDC) {
		return 1
	}
	return 2
}

// wrap cuts s into lines of at most width display columns. A cut never
// leaves a space at either side of it (the parser joins wrapped lines
// with nothing and trims them), and never makes a line start with a
// character the parser reads as the start of something else (a bullet
// starts a paragraph; see breakable). Line breaks in s are kept.
func wrap(s string, width int) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = appendWrapped(out, para, width)
	}
	return out
}

// widthCut returns the byte offset of the first rune of s that does not
// fit in width columns (runeWidth: full-width 2, half-width 1), or -1
// when all of s fits.
func widthCut(s string, width int) int {
	w := 0
	for i, r := range s {
		w += runeWidth(r)
		if w > width {
			return i
		}
	}
	return -1
}

func appendWrapped(out []string, s string, width int) []string {
	for {
		if s == "" {
			return append(out, "")
		}
		cut := widthCut(s, width)
		if cut < 0 {
			return append(out, s)
		}
		// move the cut back to a place that reads back unchanged
		c := cut
		for c > 0 && !breakable(s, c) {
			_, n := utf8.DecodeLastRuneInString(s[:c])
			c -= n
		}
		if c <= 0 { // no good place: keep the line whole
			c = len(s)
			for i := cut; i < len(s); {
				if breakable(s, i) {
					c = i
					break
				}
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			if c == len(s) {
				return append(out, s)
			}
		}
		out = append(out, s[:c])
		s = s[c:]
	}
}

// breakable reports whether s may be cut before byte i.
func breakable(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i:])
	if isSpace(prev) || isSpace(next) {
		return false
	}
	if startsSpecial(s[i:]) {
		return false
	}
	// kinsoku: no line starts with closing punctuation or a percent sign
	// (a figure keeps its ％: "約" / "74％") or ends with an opening
	// bracket or a minus sign △ (as the sheet wraps)
	if strings.ContainsRune("、。，．）」』】〕］｝・％%", next) || strings.ContainsRune("（「『【〔［｛△▲", prev) {
		return false
	}
	// keep digits with their neighbours: "1,234" or "2024" split over
	// lines could read as a figure of its own
	if isDigitish(prev) && isDigitish(next) {
		return false
	}
	return true
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0'
}

func isDigitish(r rune) bool {
	return num.IsDigit(r) || r == ',' || r == '.' || r == '-' || r == '%'
}

// startsSpecial reports whether a line starting with t would be read as
// more than the continuation of a cell: a bullet, a URL, "--" or "-", a
// dash-like ー (longVowelDash), a block label.
func startsSpecial(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '・', '○', '◯', '●', '■', '□', '◆', '◇', '※', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '-', '－', '―', '△', '▲':
		return true
	case 'ー':
		return longVowelDash(t)
	}
	return strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "file://") || startsBlockLabel(t)
}

// longVowelDash reports whether t, which starts with the long vowel mark
// ー, could read as a dash: ー alone or before another dash ("ー", "ーー",
// "ー-"), an absent marker to the parser. Before anything else ー starts
// a line as the RS PDF lets it ("ームサイド株式会社）").
func longVowelDash(t string) bool {
	rest := strings.TrimPrefix(t, "ー")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == 'ー' || r == '-' || r == '－' || r == '―' || r == '‐' || r == '—' || isSpace(r)
}

// startsBlockLabel reports whether t starts like a block's box in
// 資金の流れ, capital letters and a full stop ("C." of "L.L.C."), which the
// parser reads as the start of the next block.
func startsBlockLabel(t string) bool {
	i := 0
	for i < len(t) && t[i] >= 'A' && t[i] <= 'Z' {
		i++
	}
	return i > 0 && i < len(t) && t[i] == '.'
}

// absent is how the sheet prints an empty cell.
const absent = num.Absent

// yen formats an amount in yen as the sheet prints it in 千円: thousands
// separators, △ for minus, and the digits below 1,000 yen as a decimal
// fraction ("1,234.5") so that the parser reads the exact yen back.
func yen(v *int64) string {
	if v == nil {
		return absent
	}
	return num.Thousand(*v, "△")
}

// intp formats an optional count.
func intp(v *int) string {
	if v == nil {
		return absent
	}
	return strconv.Itoa(*v)
}

// float formats a rate or figure with the shortest decimals that read back.
func float(v *float64) string {
	if v == nil {
		return absent
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// join joins cells with a space.
func join(cells ...string) string { return strings.Join(cells, " ") }
