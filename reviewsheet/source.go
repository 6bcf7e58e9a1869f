package reviewsheet

import "github.com/rsheet/rsheet/internal/sheettext"

// Source records where the figures of a sheet were printed, keyed by
// their JSON path (e.g. "budget.years[1].executed",
// "spending.recipients[7].amount"). Findings use it to point at lines.
type Source struct {
	Name string // input name
	file *sheettext.File
	pos  map[string]sheettext.Pos
}

func newSource(f *sheettext.File) *Source {
	return &Source{Name: f.Name, file: f, pos: make(map[string]sheettext.Pos, 512)}
}

// Line returns the 1-based line on which the value at path was printed,
// or 0 when it is not known. A nil Source knows no lines.
func (s *Source) Line(path string) int {
	if s == nil {
		return 0
	}
	return s.file.Line(s.pos[path])
}

// Paths returns how many paths carry a position.
func (s *Source) Len() int {
	if s == nil {
		return 0
	}
	return len(s.pos)
}

func (s *Source) set(path string, p sheettext.Pos) {
	if p.IsValid() {
		s.pos[path] = p
	}
}
