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
// Every bullet is three bytes, E2 … or E3 83 BB (・): other lines (most
// begin with a kanji, E4–E9, or kana, E3 81–83) are told by their bytes
// without decoding a rune.
func IsBullet(s string) bool {
	if len(s) < 3 || s[0] != 0xE2 {
		return len(s) >= 3 && s[0] == 0xE3 && s[1] == 0x83 && s[2] == 0xBB
	}
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
// The end runes are not decoded: a Unicode space is ASCII (U+0009–000D,
// U+0020) or one of C2 85, C2 A0 (U+0085, U+00A0), E1 9A 80 (U+1680),
// E2 80 80–8A (U+2000–200A), E2 80 A8, A9, AF (U+2028, U+2029, U+202F),
// E2 81 9F (U+205F) and E3 80 80 (U+3000); a line that begins and ends
// otherwise (、 and 。 are E3 80 81 and 82) is returned as it is, the
// others go through strings.TrimSpace.
//
// The first test is two table lookups: whether the first byte may begin
// a space, the last may end one (spaceEnds); most cells end with a digit
// or a byte of a kana or kanji that no space ends with.
func TrimSpace(s string) string {
	if s == "" || spaceEnds[s[0]]&1 == 0 && spaceEnds[s[len(s)-1]]&2 == 0 {
		return s
	}
	if !mayStartSpace(s) && !mayEndSpace(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// spaceEnds[b] has bit 1 when a Unicode space may begin with byte b, bit
// 2 when one may end with it (the encodings listed at TrimSpace).
var spaceEnds = func() (t [256]uint8) {
	for _, c := range "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" {
		b := string(c)
		t[b[0]] |= 1
		t[b[len(b)-1]] |= 2
	}
	return t
}()

// mayStartSpace reports whether s (not empty) begins with a space (see
// TrimSpace).
func mayStartSpace(s string) bool {
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		return asciiSpace(c)
	case c == 0xC2:
		return len(s) >= 2 && (s[1] == 0x85 || s[1] == 0xA0)
	default:
		return len(s) >= 3 && space3(c, s[1], s[2])
	}
}

// mayEndSpace reports whether s (not empty) ends with a space.
func mayEndSpace(s string) bool {
	n := len(s)
	c := s[n-1]
	if c < utf8.RuneSelf {
		return asciiSpace(c)
	}
	return n >= 2 && s[n-2] == 0xC2 && (c == 0x85 || c == 0xA0) ||
		n >= 3 && space3(s[n-3], s[n-2], c)
}

// space3 reports whether a, b, c encode a Unicode space of three bytes.
func space3(a, b, c byte) bool {
	switch a {
	case 0xE3:
		return b == 0x80 && c == 0x80
	case 0xE2:
		return b == 0x80 && (c >= 0x80 && c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) || b == 0x81 && c == 0x9F
	case 0xE1:
		return b == 0x9A && c == 0x80
	}
	return false
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
