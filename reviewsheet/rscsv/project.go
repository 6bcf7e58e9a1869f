package rscsv

import (
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv/internal/rsmap"
)

// The seam between the I/O layer and the mapping (package rsmap): the
// rows of one sheet, held by the decoded tables (read.go), are handed to
// rsmap.Build as an rsmap.Project.

// sheetRows is the rsmap.Project of sheet k over tables (by table
// number: the files that may hold rows of k).
type sheetRows struct {
	tables map[string][]*table
	k      key
}

// Rows returns the rows of table id for the sheet, in file order,
// without blank placeholder rows. When several files of one table hold
// rows for the sheet (a year published under two names), only the first
// file (in name order) counts; load warns about the others.
func (p sheetRows) Rows(id string) []rsmap.Row {
	for _, t := range p.tables[id] {
		rs, ok := t.rows[p.k]
		if !ok {
			continue
		}
		n := 0
		for i := range rs {
			if !rs[i].blank {
				n++
			}
		}
		if n == 0 {
			return nil
		}
		buf := make([]tableRow, 0, n) // one allocation for the rows
		out := make([]rsmap.Row, 0, n)
		for i := range rs {
			if !rs[i].blank {
				buf = append(buf, tableRow{t: t, r: &rs[i]})
				out = append(out, &buf[len(buf)-1])
			}
		}
		return out
	}
	return nil
}

// tableRow is one decoded row with the file it came from: an rsmap.Row.
type tableRow struct {
	t *table
	r *record
}

func (r *tableRow) Get(name string) string { return r.t.cell(r.r, r.t.h.col(name)) }
func (r *tableRow) Cell(i int) string      { return r.t.cell(r.r, i) }
func (r *tableRow) Column(name string) int { return r.t.h.col(name) }
func (r *tableRow) Columns() []string      { return r.t.h.names }
func (r *tableRow) File() string           { return r.t.in.name }
func (r *tableRow) Line() int              { return int(r.r.line) }

// build maps the sheet for k from the rows of tables (rsmap.Build). It
// never fails as a whole: value problems are returned and the values left
// nil.
func build(k key, tables map[string][]*table) (*reviewsheet.Sheet, reviewsheet.ErrorList) {
	return rsmap.Build(k.Year, k.ID, sheetRows{tables: tables, k: k})
}
