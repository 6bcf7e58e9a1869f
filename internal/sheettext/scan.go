package sheettext

import (
	"bytes"
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
func Scan(name string, src []byte) (*File, []Line) {
	f := &File{Name: name, size: len(src)}
	nl := bytes.Count(src, []byte{'\n'})
	f.lines = make([]int32, 1, 1+nl)
	// Inputs without CR or FF (the common case) take the IndexByte paths.
	// There the line starts are recorded by the loop below, which visits
	// every LF anyway.
	plain := bytes.IndexByte(src, '\r') < 0 && bytes.IndexByte(src, '\f') < 0
	if !plain {
		for i := 0; i < len(src); i++ {
			switch src[i] {
			case '\n':
				f.lines = append(f.lines, int32(i+1))
			case '\r':
				if i+1 >= len(src) || src[i+1] != '\n' {
					f.lines = append(f.lines, int32(i+1))
				}
			}
		}
	}
	lines := make([]Line, 0, nl+1) // an upper bound: no regrowth
	text := string(src)            // one copy; every Line.Text is a substring of it
	i := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		i = 3
	}
	brk, page := false, false
	for i < len(src) {
		var j int
		if plain {
			j = bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src)
			} else {
				j += i
				f.lines = append(f.lines, int32(j+1))
			}
		} else {
			j = i
			for j < len(src) && src[j] != '\n' && src[j] != '\r' && src[j] != '\f' {
				j++
			}
		}
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
	return f, lines
}

func trimRight(b []byte) []byte {
	for len(b) > 0 {
		c := b[len(b)-1]
		if c == ' ' || c == '\t' || c == '\v' || c == 0 {
			b = b[:len(b)-1]
			continue
		}
		break
	}
	return b
}

// Fields splits s on runs of ASCII spaces and tabs. U+3000 (ideographic
// space) is content, never a separator.
func Fields(s string) []string {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return AppendFields(make([]string, 0, n), s)
}

// AppendFields appends the fields of s (as Fields splits them) to dst.
// With a dst backed by an array on the caller's stack, splitting a line
// allocates nothing.
func AppendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}
