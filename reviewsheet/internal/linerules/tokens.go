package linerules

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/textnorm"
)

// IsDigits reports whether s is made of ASCII digits only (true for "").
func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// NormalizeLine applies the rules of Lines to one line.
func NormalizeLine(t string) string {
	t = textnorm.Fold(t)
	t = CollapseSpaces(t)
	if strings.IndexByte(t, ' ') >= 0 || len(t) <= 9 {
		t = fixTokens(t)
	}
	return t
}

// CollapseSpaces drops white space at both ends and turns every run of
// white space other than one ASCII space or one ideographic space into
// one ASCII space.
func CollapseSpaces(t string) string {
	if spacesClean(t) {
		return t
	}
	return collapse(t)
}

// spacesClean reports whether CollapseSpaces leaves t as it is. A line
// whose only white space is the ASCII space (most lines) is clean when
// no space starts or ends it and no two stand together; that is found
// without decoding its runes.
func spacesClean(t string) bool {
	if strings.IndexByte(t, '\t') < 0 && !strings.Contains(t, "\u00a0") && !strings.Contains(t, "\u3000") {
		return t == "" || t[0] != ' ' && t[len(t)-1] != ' ' && !strings.Contains(t, "  ")
	}
	for i, r := range t {
		if !textnorm.IsSpace(r) {
			continue
		}
		if r == '\t' || r == 0xA0 || i == 0 {
			return false
		}
		next, _ := utf8.DecodeRuneInString(t[i+utf8.RuneLen(r):])
		if i+utf8.RuneLen(r) == len(t) || textnorm.IsSpace(next) {
			return false
		}
	}
	return true
}

// collapse is CollapseSpaces on a line that is not clean.
func collapse(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	run, runLen := rune(0), 0
	flush := func() {
		if runLen == 0 {
			return
		}
		if b.Len() > 0 { // nothing before: leading white space is dropped
			if runLen == 1 && run == 0x3000 {
				b.WriteRune(run)
			} else {
				b.WriteByte(' ')
			}
		}
		runLen = 0
	}
	for _, r := range t {
		if textnorm.IsSpace(r) {
			run = r
			runLen++
			continue
		}
		flush()
		b.WriteRune(r)
	}
	return b.String() // a trailing run is dropped
}

// fixTokens rewrites dash cells as "--" and joins the spaces a font
// change inserted ("2025 年度", "予算事業 ID").
func fixTokens(t string) string {
	if !strings.Contains(t, " ") {
		if isDashCell(t) {
			return num.Absent
		}
		return t
	}
	// most lines have neither a dash cell nor a word to join: found
	// without splitting them
	dash := false
	for rest := t; !dash; {
		tok, after, more := strings.Cut(rest, " ")
		dash = tok != num.Absent && isDashCell(tok)
		if !more {
			break
		}
		rest = after
	}
	if !dash && !mayJoin(t) {
		return t
	}
	toks := strings.Split(t, " ")
	changed := false
	for i, tok := range toks {
		if tok != num.Absent && isDashCell(tok) {
			toks[i], changed = num.Absent, true
		}
	}
	if changed || mayJoin(t) {
		return joinTokens(t, toks, changed)
	}
	return t
}

// splitWords are the words joinsLeft joins to the word before them.
var splitWords = []string{" 年度", " ID", " URL", " KPI", " ＩＤ", " ＵＲＬ", "月 "}

// mayJoin reports whether t has a word joinsLeft may join.
// It visits the spaces of t only: every word starts or ends with one.
func mayJoin(t string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(t[i:], ' ')
		if k < 0 {
			return false
		}
		i += k
		if strings.HasSuffix(t[:i], "月") {
			return true
		}
		switch rest := t[i+1:]; {
		case strings.HasPrefix(rest, "年度"), strings.HasPrefix(rest, "ID"), strings.HasPrefix(rest, "URL"),
			strings.HasPrefix(rest, "KPI"), strings.HasPrefix(rest, "ＩＤ"), strings.HasPrefix(rest, "ＵＲＬ"):
			return true
		}
	}
}

// JoinWords joins the words a font change split ("2025 年度"), leaving
// the rest of t as it is.
func JoinWords(t string) string {
	if !mayJoin(t) {
		return t
	}
	return joinTokens(t, strings.Split(t, " "), false)
}

// joinTokens rebuilds t from its tokens, joining the split words.
func joinTokens(t string, toks []string, changed bool) string {
	var b strings.Builder
	b.Grow(len(t))
	for i, tok := range toks {
		if i > 0 {
			if joinsLeft(toks[i-1], tok) {
				changed = true
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(tok)
	}
	if !changed {
		return t
	}
	return b.String()
}

// isDashCell reports a cell of exactly two dashes of any kind.
func isDashCell(s string) bool {
	if s == num.Absent || len(s) < 2 || len(s) > 6 {
		return s == num.Absent
	}
	n := 0
	for _, r := range s {
		if !textnorm.IsDash(r) {
			return false
		}
		n++
	}
	return n == 2
}

// joinsLeft reports whether tok was split from the token ending in prev
// by a font change: 年度 after a digit, ID, URL or KPI after Japanese, a
// day after its month ("６月 11日").
func joinsLeft(prevTok, tok string) bool {
	prev, n := utf8.DecodeLastRuneInString(prevTok)
	switch {
	case prev == '月' && tok != "":
		// a day after <digit>月, and only one: 6月 11日, not 月 0月0日
		before, _ := utf8.DecodeLastRuneInString(prevTok[:len(prevTok)-n])
		r, _ := utf8.DecodeRuneInString(tok)
		return num.IsDigit(before) && num.IsDigit(r) && strings.Contains(tok, "日") && !strings.Contains(tok, "月")
	case strings.HasPrefix(tok, "年度"):
		return num.IsDigit(prev)
	case tok == "ID" || tok == "URL" || tok == "KPI" || tok == "ＩＤ" || tok == "ＵＲＬ":
		return prev >= 0x3000 && prev != 0x3000
	}
	return false
}

// CountFields is len(sheettext.Fields(s)) without the slice: the tokens
// of s apart by ASCII spaces and tabs.
func CountFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
