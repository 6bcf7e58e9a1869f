package sheettext

import (
	"bytes"
	"math/bits"
)

// Pos is a byte offset into the source of a File, plus one; the zero Pos
// means "no position" (for example a value imported from CSV).
type Pos int32

// NoPos is the zero Pos.
const NoPos Pos = 0

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p != NoPos }

// Line is one non-blank line of the input.
type Line struct {
	Text string // the line without its terminator and trailing blanks
	Pos  Pos    // offset of the first byte of Text
	// Break is true when one or more blank lines or a form feed stand
	// between this line and the previous non-blank line.
	Break bool
	// Page is true when a form feed stands between this line and the
	// previous non-blank line.
	Page bool
}

// Position is an expanded Pos: 1-based line and column (in bytes).
type Position struct {
	Line   int
	Column int
}

// File maps offsets of one input to line numbers.
type File struct {
	Name  string
	lines []int32 // offset of the first byte of each line
	size  int
}

// Position expands p. The zero Position is returned for NoPos.
func (f *File) Position(p Pos) Position {
	if f == nil || !p.IsValid() {
		return Position{}
	}
	off := int32(p) - 1
	// binary search for the last line start <= off
	lo, hi := 0, len(f.lines)
	for lo+1 < hi {
		m := (lo + hi) / 2
		if f.lines[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	return Position{Line: lo + 1, Column: int(off-f.lines[lo]) + 1}
}

// Line returns the 1-based line number of p, or 0 for NoPos.
func (f *File) Line(p Pos) int { return f.Position(p).Line }

// LineCount is the number of physical lines seen in the input.
func (f *File) LineCount() int { return len(f.lines) }

// MaxSize is the largest input Scan accepts: positions are 32-bit.
const MaxSize = 1<<31 - 2

// Scan splits src into non-blank lines. It never fails on content; the
// caller checks the size against MaxSize first. Line numbers count LF,
// CRLF and lone CR line ends, as editors and grep -n do; a form feed
// splits a line for parsing but does not start a new line number.
// Invalid UTF-8 is kept as is (the section parsers report it where it
// matters).
//
// Speed: no Go loop visits every byte. The line starts are found 64
// bytes at a time with vector compares (lfStarts); without a CR (the
// common case) they are also the line ends, and form feeds, found with
// the vectorised bytes.IndexByte, split the lines that hold one. The lines are allocated once, sized by the starts
// (a line of one byte, its LF, is blank), the text is copied into one
// string once, and every Line.Text is a substring of it. Every line,
// blank or not, is written to the next free slot, which only a
// non-blank one then keeps: no branch on blank lines (four in ten).
func Scan(name string, src []byte) (*File, []Line) {
	f := &File{Name: name, size: len(src)}
	if bytes.IndexByte(src, '\r') >= 0 {
		nl := bytes.Count(src, []byte{'\n'})
		f.lines = lineStarts(src, nl)
		return f, scanSegments(src, nl+1)
	}
	starts := lfStarts(src)
	f.lines = starts
	// the form feeds, found in one pass (a sheet has a few dozen at
	// most), then len(src)
	var ffBuf [64]int
	ffs := ffBuf[:0]
	for k := nextByte(src, 0, '\f'); k < len(src); k = nextByte(src, k+1, '\f') {
		ffs = append(ffs, k)
	}
	n := len(ffs) // lines that are not a bare LF, and form feeds: an upper bound of the non-blank
	ffs = append(ffs, len(src))
	ff, fi := ffs[0], 0 // the next form feed, ffs[fi]
	for k := 1; k < len(starts); k++ {
		// without a branch (four lines in ten are blank in the 2024
		// corpus, a branch would be mispredicted): d > 1 ⇔ d-2 >= 0
		n += 1 - int(uint32(starts[k]-starts[k-1]-2)>>31)
	}
	// n+1 lines are written at most: every line is stored at lines[m],
	// and m advances past the non-blank ones only (no branch on blank)
	lines := make([]Line, n+1)
	text := string(src) // one copy; every Line.Text is a substring of it
	brk := false
	i := 0 // the start of the current line
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		i = 3 // the first line starts after a byte order mark (no LF in it)
	}
	m := 0
	// pageAt is the slot of the line after the last form feed seen: its
	// Page is set once a line is kept there (m > pageAt), so that the
	// loop carries one flag, not two. The loop's state (lines, m, brk)
	// stays in it, not in a closure, whose shared variables would live in
	// memory; a line is written field by field through a pointer (fewer
	// registers than a composite literal).
	pageAt := -1
	for _, s := range starts[1:] {
		j := int(s) - 1 // the line is text[i:j], without its LF
		if ff < j {
			m, i, ff, pageAt = formFeeds(lines, m, text, i, j, ffs, &fi, pageAt, brk)
			brk = true
		}
		e := trimEnd(text, i, j)
		l := &lines[m]
		l.Text, l.Pos, l.Break = text[i:e], Pos(i+1), brk
		blank := e == i
		m += b2i(!blank)
		brk = blank
		i = int(s)
	}
	// the last line, up to the end of the input
	if ff < len(text) {
		m, i, _, pageAt = formFeeds(lines, m, text, i, len(text), ffs, &fi, pageAt, brk)
		brk = true
	}
	if e := trimEnd(text, i, len(text)); e > i {
		lines[m] = Line{Pos: Pos(i + 1), Text: text[i:e], Break: brk}
		m++
	}
	if pageAt >= 0 && pageAt < m {
		lines[pageAt].Page = true
	}
	if m > 0 { // the first line follows nothing
		lines[0].Break, lines[0].Page = false, false
	}
	return f, lines[:m:m]
}

// formFeeds is Scan's step for the form feeds in the line text[i:j],
// ffs[*fi] the first (ffs: the offsets of the form feeds, then
// len(text); *fi is advanced past those in the line): each ends a
// segment (kept at lines[m] unless blank) and starts a page. It returns
// the new m, the start of the segment after the last form feed, the next
// form feed and the slot of the line that starts the page (the Page of
// the previous such slot is set here, its line being kept); the line
// after a form feed follows a break. (Scan's loop keeps ffs and fi in
// memory: fewer registers in it.)
func formFeeds(lines []Line, m int, text string, i, j int, ffs []int, fi *int, pageAt int, brk bool) (int, int, int, int) {
	k := *fi
	for ffs[k] < j {
		ff := ffs[k]
		if e := trimEnd(text, i, ff); e > i {
			lines[m] = Line{Pos: Pos(i + 1), Text: text[i:e], Break: brk}
			m++
		}
		if pageAt >= 0 && pageAt < m {
			lines[pageAt].Page = true
		}
		pageAt, brk = m, true
		i = ff + 1
		k++
	}
	*fi = k
	return m, i, ffs[k], pageAt
}

// b2i is 1 for true and 0 for false (compiled without a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scanSegments is Scan's splitting for inputs with a CR:
// every LF, CR, CRLF and form feed ends a segment. The ends of each kind
// are found with bytes.IndexByte, each search resumed only once the scan
// has passed its last hit. size is the expected number of segments.
func scanSegments(src []byte, size int) []Line {
	lines := make([]Line, 0, size)
	text := string(src)
	i := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		i = 3
	}
	// next end of each kind at or after i; len(src) when there is none
	lf, cr, ff := nextByte(src, i, '\n'), nextByte(src, i, '\r'), nextByte(src, i, '\f')
	brk, page := false, false
	for i < len(src) {
		if lf < i {
			lf = nextByte(src, i, '\n')
		}
		if cr < i {
			cr = nextByte(src, i, '\r')
		}
		if ff < i {
			ff = nextByte(src, i, '\f')
		}
		j := min(lf, cr, ff)
		if k := i + len(trimRight(src[i:j])); k == i {
			brk = true
		} else {
			lines = append(lines, Line{Pos: Pos(i + 1), Text: text[i:k], Break: brk && len(lines) > 0, Page: page && len(lines) > 0})
			brk, page = false, false
		}
		if j >= len(src) {
			break
		}
		if src[j] == '\f' {
			page, brk = true, true
			j++
			// a page break right before a line end ends the same line
			if j < len(src) && src[j] == '\r' {
				j++
			}
			if j < len(src) && src[j] == '\n' {
				j++
			}
		} else if src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
			j += 2
		} else {
			j++
		}
		i = j
	}
	return lines
}

// nextByte is the offset of the first c in src at or after from, or
// len(src).
func nextByte(src []byte, from int, c byte) int {
	if k := bytes.IndexByte(src[from:], c); k >= 0 {
		return from + k
	}
	return len(src)
}

// lineStarts returns the offset of the first byte of each line of an
// input that holds a CR: 0, then the byte after every LF, CRLF and lone
// CR. nl is the number of LFs.
func lineStarts(src []byte, nl int) []int32 {
	starts := make([]int32, 1, 1+nl+bytes.Count(src, []byte{'\r'}))
	lf, r := nextByte(src, 0, '\n'), nextByte(src, 0, '\r')
	for lf < len(src) || r < len(src) {
		if lf < r {
			starts = append(starts, int32(lf+1))
			lf = nextByte(src, lf+1, '\n')
			continue
		}
		// a CR; followed by LF it ends its line together with the LF,
		// which is recorded then
		if r+1 >= len(src) || src[r+1] != '\n' {
			starts = append(starts, int32(r+1))
		}
		r = nextByte(src, r+1, '\r')
	}
	return starts
}

// trimEnd is the end of text[i:j] with trailing blanks trimmed (as
// trimRight).
func trimEnd(text string, i, j int) int {
	for j > i {
		if c := text[j-1]; c > ' ' || c != ' ' && c != '\t' && c != '\v' && c != 0 {
			break
		}
		j--
	}
	return j
}

func trimRight(b []byte) []byte {
	for len(b) > 0 {
		c := b[len(b)-1]
		if c > ' ' || c != ' ' && c != '\t' && c != '\v' && c != 0 {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}

// Fields splits s on runs of ASCII spaces and tabs. U+3000 (ideographic
// space) is content, never a separator. The fields are split into a
// buffer on the stack and copied into a slice of their number: one
// allocation, and one pass over s instead of a count and a split.
func Fields(s string) []string {
	var buf [16]string
	f := AppendFields(buf[:0], s)
	return append(make([]string, 0, len(f)), f...)
}

// AppendFields appends the fields of s (as Fields splits them) to dst.
// With a dst backed by an array on the caller's stack, splitting a line
// allocates nothing.
//
// A field's bytes are skipped eight at a time while none of the eight is
// a control byte or a space (below 0x21, see below21): most fields of a
// sheet are Japanese text, all of whose bytes are 0x80 and above.
func AppendFields(dst []string, s string) []string {
	for i := 0; i < len(s); {
		for i < len(s) && isSep(s[i]) {
			i++
		}
		start := i
		for i+8 <= len(s) {
			if m := below21(word(s, i)); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		for i < len(s) && !isSep(s[i]) {
			i++
		}
		if i > start {
			dst = append(dst, s[start:i])
		}
	}
	return dst
}

// word is the eight bytes of s from i, the first in the low byte.
func word(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// below21 has the high bit of a byte of the result set for the first
// byte of w below 0x21 (and possibly for later bytes); it is zero when no
// byte is. (w - 0x21 in each byte) borrows into the high bit exactly for
// the bytes below 0x21 up to the first of them; ^w drops the bytes of
// 0x80 and above.
func below21(w uint64) uint64 {
	const lo, hi = 0x2121212121212121, 0x8080808080808080
	return (w - lo) &^ w & hi
}

// isSep reports a field separator: ASCII space or tab. Most bytes are
// above the space and are told apart by one comparison.
func isSep(c byte) bool { return c <= ' ' && (c == ' ' || c == '\t') }
