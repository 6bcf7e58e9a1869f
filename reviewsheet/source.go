package reviewsheet

import (
	"strconv"
	"strings"
	"sync"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// Source records where the figures of a sheet were printed, keyed by
// their JSON path (e.g. "budget.years[1].executed",
// "spending.recipients[7].amount"). Findings use it to point at lines.
//
// The parser records a position for nearly every value, but few callers
// ever ask: paths are written into one byte buffer as they are recorded
// and turned into a map on the first lookup.
type Source struct {
	Name  string // input name
	file  *sheettext.File
	buf   []byte                   // the recorded paths, one after another
	marks []mark                   // in the order the parser recorded them
	once  sync.Once                // builds pos from marks on first lookup
	pos   map[string]sheettext.Pos // path → position; the last mark wins
	pages *Pages                   // the pages of a PDF's text; nil for text input
}

// mark is one recorded path: buf[start:end] and where it was printed.
type mark struct {
	start, end int32
	pos        sheettext.Pos
}

// newSource sizes its buffers for f: the sample records 0.28 paths (of
// 34 bytes on average) per line, blank lines counted, the rendered 2024
// corpus 0.17 (of 21 bytes); a sheet that records more grows them once.
func newSource(f *sheettext.File) *Source {
	n := f.LineCount()/4 + 16
	return &Source{Name: f.Name, file: f, buf: make([]byte, 0, 28*n), marks: make([]mark, 0, n)}
}

func (s *Source) index() {
	s.once.Do(func() {
		all := string(s.buf)
		s.pos = make(map[string]sheettext.Pos, len(s.marks))
		for _, m := range s.marks {
			s.pos[all[m.start:m.end]] = m.pos
		}
	})
}

// Line returns the 1-based line on which the value at path was printed,
// or 0 when it is not known. A nil Source knows no lines.
func (s *Source) Line(path string) int {
	if s == nil {
		return 0
	}
	s.index()
	return s.file.Line(s.pos[path])
}

// Page returns the page of a line of a PDF's text (see Pages); 0 for
// text input or a nil Source.
func (s *Source) Page(line int) int {
	if s == nil {
		return 0
	}
	return s.pages.Page(line)
}

// Len returns how many paths carry a position.
func (s *Source) Len() int {
	if s == nil {
		return 0
	}
	s.index()
	return len(s.pos)
}

// shift records the marks of a[i]… with i ≥ from again at a[i+1]… (a
// value inserted at index from of list a); the later marks win.
func (s *Source) shift(a string, from int) {
	all, n := string(s.buf), len(s.marks)
	for _, m := range s.marks[:n] {
		rest, isA := strings.CutPrefix(all[m.start:m.end], a+"[")
		num, leaf, ok := strings.Cut(rest, "]")
		if i, err := strconv.Atoi(num); isA && ok && err == nil && i >= from {
			s.set(jp(a, i+1), leaf, m.pos)
		}
	}
}

// jpath is a JSON path of up to two indexed segments, kept in pieces
// until it is recorded: a[i]b[j]; a negative index is not printed.
// jp("spending.recipients", 3).at(".contracts", 0) spells
// "spending.recipients[3].contracts[0]".
type jpath struct {
	a, b string
	i, j int
}

// jp is the path a[i].
func jp(a string, i int) jpath { return jpath{a: a, i: i, j: -1} }

// at extends a path a[i] to a[i]b[j].
func (p jpath) at(b string, j int) jpath { p.b, p.j = b, j; return p }

// set records the path p followed by leaf (e.g. ".amount", or "").
func (s *Source) set(p jpath, leaf string, pos sheettext.Pos) {
	if !pos.IsValid() {
		return
	}
	start := len(s.buf)
	b := append(s.buf, p.a...)
	if p.i >= 0 {
		b = appendIndex(b, p.i)
	}
	b = append(b, p.b...)
	if p.j >= 0 {
		b = appendIndex(b, p.j)
	}
	s.buf = append(b, leaf...)
	s.marks = append(s.marks, mark{start: int32(start), end: int32(len(s.buf)), pos: pos})
}

// appendIndex appends "[i]"; indexes below 100 (nearly all) without
// strconv.
func appendIndex(b []byte, i int) []byte {
	switch {
	case i < 10:
		return append(b, '[', byte('0'+i), ']')
	case i < 100:
		return append(b, '[', byte('0'+i/10), byte('0'+i%10), ']')
	}
	return append(strconv.AppendInt(append(b, '['), int64(i), 10), ']')
}
