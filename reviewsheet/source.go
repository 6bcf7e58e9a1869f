package reviewsheet

import (
	"sync"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// Source records where the figures of a sheet were printed, keyed by
// their JSON path (e.g. "budget.years[1].executed",
// "spending.recipients[7].amount"). Findings use it to point at lines.
type Source struct {
	Name  string // input name
	file  *sheettext.File
	marks []mark                   // in the order the parser recorded them
	once  sync.Once                // builds pos from marks on first lookup
	pos   map[string]sheettext.Pos // path → position; the last mark wins
}

type mark struct {
	path string
	pos  sheettext.Pos
}

func newSource(f *sheettext.File) *Source {
	return &Source{Name: f.Name, file: f, marks: make([]mark, 0, 1024)}
}

func (s *Source) index() {
	s.once.Do(func() {
		s.pos = make(map[string]sheettext.Pos, len(s.marks))
		for _, m := range s.marks {
			s.pos[m.path] = m.pos
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

// Len returns how many paths carry a position.
func (s *Source) Len() int {
	if s == nil {
		return 0
	}
	s.index()
	return len(s.pos)
}

func (s *Source) set(path string, p sheettext.Pos) {
	if p.IsValid() {
		s.marks = append(s.marks, mark{path, p})
	}
}
