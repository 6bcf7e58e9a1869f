package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// A ∕ (U+2215) of a wrapped label printed after the label's last line.
// Chromium draws the slash raised; pdftotext's default mode prints it on
// a line of its own after the label, leaving a single space where it
// stood:
//
//	所見を踏まえた                  所見を踏まえた
//	改善点 概算要              →    改善点∕概算要
//	求における反映                  求における反映
//	状況                            状況
//	∕
//
// SlashesAfterLabel puts the k slashes of a line of nothing but slashes
// into the k single spaces of the n lines just before it (n at most
// label.MaxLines, the nearest first) when the lines so mended spell a
// label of the sheet that holds k slashes, whole (nothing after it, all
// n lines used), and drops the slash line. A slash line after anything
// else (a "--" value, a label the slashes do not complete) stays for
// RestoreSlashes and the parsers, as before. Called only on text that
// shows pdftotext's de-hyphenation (normalize.Gated).
func SlashesAfterLabel(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a slash moves
	for i := range lines {
		k := slashLine(lines[i].Text)
		if k == 0 || lines[i].Page {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		mended, n := mendBefore(lines, i, k)
		if n == 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = CopyBefore(lines, i)
		}
		copy(out[len(out)-n:], mended)
	}
	return Rewritten(out, lines)
}

const labelSlash = "∕"

// slashLine counts the slashes of a line of nothing but slashes and
// single spaces; 0 for any other line.
func slashLine(t string) int {
	if !strings.Contains(t, labelSlash) || strings.Trim(t, labelSlash+" ") != "" {
		return 0
	}
	return strings.Count(t, labelSlash)
}

// mendBefore tries the n lines before lines[i], n = 1…label.MaxLines:
// their single spaces, k in all, become slashes, and the lines must then
// spell a label with k slashes over exactly those n lines. It returns
// the mended lines and n, or 0.
func mendBefore(lines []sheettext.Line, i, k int) ([]sheettext.Line, int) {
	for n := 1; n <= label.MaxLines && n <= i; n++ {
		span := lines[i-n : i]
		gaps := 0
		for _, l := range span {
			gaps += strings.Count(l.Text, " ")
		}
		if gaps != k {
			continue
		}
		mended := make([]sheettext.Line, n)
		copy(mended, span)
		for m := range mended {
			mended[m].Text = strings.ReplaceAll(mended[m].Text, " ", labelSlash)
		}
		for _, s := range SheetLabels() {
			if strings.Count(s, labelSlash) != k || !strings.HasPrefix(s, firstRunes(mended[0].Text)) {
				continue
			}
			if m, rest, ok := label.MatchSpelling(mended, 0, s); ok && m == n && rest == "" {
				return mended, n
			}
		}
	}
	return nil, 0
}

// firstRunes is t up to its first slash (the part a label must start
// with for the mended lines to spell it).
func firstRunes(t string) string {
	if j := strings.Index(t, labelSlash); j >= 0 {
		return t[:j]
	}
	return t
}
