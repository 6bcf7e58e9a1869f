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
// ever ask: a path is recorded in the pieces the parser holds (constant
// strings and indexes, see jpath), and the path strings and the map are
// built on the first lookup.
type Source struct {
	Name string // input name
	file *sheettext.File
	// the marks in the order the parser recorded them: full chunks, then
	// the chunk being filled (chunks are never copied to grow)
	chunks [][]mark
	marks  []mark
	// chunkSize is the size of the chunks after the first
	chunkSize int
	// spelled holds the leaves of two-segment marks (setSlow)
	spelled sheettext.Chunk
	once    sync.Once                // builds pos from marks on first lookup
	pos     map[string]sheettext.Pos // path → position; the last mark wins
	pages   *Pages                   // the pages of a PDF's text; nil for text input
}

// mark is one recorded path, a[i] (a negative index is not printed)
// then leaf, and where it was printed. A path of two segments, a[i]b[j]
// (rare: 0.2% of the marks in the rendered 2024 corpus), has b[j] spelled
// into leaf when it is recorded.
type mark struct {
	a, leaf string
	i       int32
	pos     sheettext.Pos
}

// path spells the mark's path into buf and returns it.
func (m *mark) path(buf []byte) []byte {
	buf = append(buf, m.a...)
	if m.i >= 0 {
		buf = appendIndex(buf, int(m.i))
	}
	return append(buf, m.leaf...)
}

// all returns every mark in the order recorded.
func (s *Source) all() []mark {
	if len(s.chunks) == 0 {
		return s.marks
	}
	var out []mark
	for _, c := range s.chunks {
		out = append(out, c...)
	}
	return append(out, s.marks...)
}

// newSource sizes the first chunk of marks for f: the rendered 2024
// corpus records 0.18 paths per line (the median of its sheets, blank
// lines counted; nine in ten record at most 0.23, the sample 0.28). A
// sheet that records more adds chunks of 1/32 mark per line.
func newSource(f *sheettext.File) *Source {
	n := f.LineCount()
	return &Source{Name: f.Name, file: f, marks: make([]mark, 0, n*3/16+8), chunkSize: n/32 + 8}
}

func (s *Source) index() {
	s.once.Do(func() {
		all := s.all()
		s.pos = make(map[string]sheettext.Pos, len(all))
		var buf []byte
		for k := range all {
			buf = all[k].path(buf[:0])
			s.pos[string(buf)] = all[k].pos
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
// value inserted at index from of list a); the later marks win. The
// marks are matched by their spelled paths, as a lookup sees them.
func (s *Source) shift(a string, from int) {
	var buf []byte
	all := s.all()
	if len(s.chunks) == 0 {
		all = all[:len(all):len(all)] // the marks set below go to s.marks
	}
	for k := range all {
		buf = all[k].path(buf[:0])
		rest, isA := strings.CutPrefix(string(buf), a+"[")
		num, leaf, ok := strings.Cut(rest, "]")
		if i, err := strconv.Atoi(num); isA && ok && err == nil && i >= from {
			s.set(jp(a, i+1), leaf, all[k].pos)
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

// set records the path p followed by leaf (e.g. ".amount", or ""): its
// pieces only, spelled out on the first lookup (index). The indexes fit
// in 32 bits: they count values read from an input of less than 2^31
// bytes (sheettext.MaxSize).
func (s *Source) set(p jpath, leaf string, pos sheettext.Pos) {
	if len(s.marks) == cap(s.marks) || p.j >= 0 || p.b != "" || !pos.IsValid() {
		s.setSlow(p, leaf, pos)
		return
	}
	s.marks = append(s.marks, mark{a: p.a, leaf: leaf, i: int32(p.i), pos: pos})
}

// setSlow is set for a path of two segments, when the chunk is full, or
// for no position.
func (s *Source) setSlow(p jpath, leaf string, pos sheettext.Pos) {
	if !pos.IsValid() {
		return
	}
	if len(s.marks) == cap(s.marks) {
		if len(s.marks) > 0 {
			s.chunks = append(s.chunks, s.marks)
		}
		s.marks = make([]mark, 0, max(s.chunkSize, 16))
	}
	if p.b != "" || p.j >= 0 { // spelled in the chunk: no allocation per mark
		var buf [64]byte
		b := append(buf[:0], p.b...)
		if p.j >= 0 {
			b = appendIndex(b, p.j)
		}
		leaf = s.spelled.Copy(append(b, leaf...))
	}
	s.marks = append(s.marks, mark{a: p.a, leaf: leaf, i: int32(p.i), pos: pos})
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
