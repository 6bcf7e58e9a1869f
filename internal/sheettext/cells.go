package sheettext

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
)

// The text of cells. A sheet prints a cell over as many lines as its
// width needs (wrapping in the middle of words and URLs alike), "--" for
// an absent value, and bullets (・, ○, ①, …) to start the items of a
// free text.

// absent is how a sheet prints a cell with no value (num.Absent).
const absent = num.Absent

// JoinWrapped joins the lines of one wrapped cell. The RS sheet wraps
// cells by width, in the middle of words and URLs alike, so the lines are
// concatenated without inserting anything.
func JoinWrapped(lines []Line) string {
	var c Chunk
	return c.JoinWrapped(lines)
}

// IsBullet reports whether a line starts a new item of a bulleted text.
func IsBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '・', '○', '◯', '●', '■', '□', '◆', '◇', '※', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩':
		return true
	}
	return false
}

// Paragraphs joins wrapped lines into paragraphs; a line that starts with
// a bullet starts a new paragraph.
func Paragraphs(lines []Line) []string {
	var c Chunk
	n := 0
	for _, l := range lines {
		n += len(l.Text) + 1
	}
	c.Size(n) // every paragraph in one allocation
	return c.Paragraphs(lines)
}

// OptText returns nil for an empty or absent ("--") cell and a pointer to
// its trimmed text otherwise.
func OptText(s string) *string {
	s = TrimSpace(s)
	if s == absent || s == "" {
		return nil
	}
	return &s
}

// TextValue is the text of a free-text cell: its paragraphs joined by
// "\n"; nil when the cell is empty or "--". It is built in one string: a
// bullet (IsBullet) after the first line starts a paragraph, the wrapped
// lines of one paragraph join without separator (as Paragraphs and
// JoinWrapped split and join them).
func TextValue(lines []Line) *string {
	if v, ok := TextString(lines); ok {
		return &v
	}
	return nil
}

// TextString is TextValue's text, and false where TextValue is nil (for
// callers that keep the strings themselves).
func TextString(lines []Line) (string, bool) {
	var c Chunk
	return c.TextString(lines)
}

// OptString is OptText's text, and false where OptText is nil.
func OptString(s string) (string, bool) {
	s = TrimSpace(s)
	return s, s != absent && s != ""
}

// IsURLStart reports whether s begins a URL (http, https, or file: the RS
// data holds links to local files, "file:///E:/…").
func IsURLStart(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "file://")
}

// IsURLPiece reports whether s could be the continuation of a URL that
// was wrapped: printable ASCII with no spaces.
func IsURLPiece(s string) bool {
	if s == "" || s == absent {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// MinWrappedURL is the shortest URL line that can have been wrapped:
// sheet cells are wider than this, so a shorter line ends its URL.
const MinWrappedURL = 20

// TakeURL reads a URL that starts at lines[0] and may continue on the
// following lines (never across a page break); it returns the URL and how
// many lines it used.
func TakeURL(lines []Line) (string, int) {
	n := urlLines(lines)
	return JoinWrapped(lines[:n]), n
}

// urlLines is the number of lines TakeURL reads.
func urlLines(lines []Line) int {
	n := 1
	for n < len(lines) && !lines[n].Break && IsURLPiece(lines[n].Text) && len(lines[n-1].Text) >= MinWrappedURL && !IsURLStart(lines[n].Text) {
		n++
	}
	return n
}

// TrimSpace is strings.TrimSpace (Unicode spaces, U+3000 included) with a
// fast path for the usual cell that neither starts nor ends with one:
// TrimSpace itself walks Japanese text rune by rune through TrimFunc.
//
// The end runes are not decoded: a Unicode space (U+0009–000D, U+0020,
// U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F,
// U+3000) is ASCII or begins with C2, E1, E2 or E3 80, so a line that
// begins and ends otherwise is returned as it is; the others go through
// strings.TrimSpace, which also returns a line without spaces unchanged.
func TrimSpace(s string) string {
	if s == "" {
		return s
	}
	if !mayStartSpace(s) && !mayEndSpace(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// mayStartSpace reports whether s (not empty) may begin with a space
// (see TrimSpace): false only when it does not.
func mayStartSpace(s string) bool {
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		return asciiSpace(c)
	case c == 0xE3:
		return len(s) > 1 && s[1] == 0x80
	default:
		return c == 0xC2 || c == 0xE1 || c == 0xE2
	}
}

// mayEndSpace reports whether s (not empty) may end with a space: its
// last byte is an ASCII space, or its last rune may begin with C2, E1,
// E2 or E3 80.
func mayEndSpace(s string) bool {
	n := len(s)
	if c := s[n-1]; c < utf8.RuneSelf {
		return asciiSpace(c)
	}
	return n >= 2 && s[n-2] == 0xC2 ||
		n >= 3 && (s[n-3] == 0xE1 || s[n-3] == 0xE2 || s[n-3] == 0xE3 && s[n-2] == 0x80)
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
