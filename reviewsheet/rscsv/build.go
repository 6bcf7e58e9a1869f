package rscsv

import (
	"fmt"

	"github.com/rsheet/rsheet/reviewsheet"
)

// row is one decoded row with the table it came from.
type row struct {
	t *table
	r record
}

// get returns the cell of column col, or "" when the file lacks the column.
func (r row) get(col string) string {
	return r.t.cell(&r.r, r.t.h.col(col))
}

// builder maps the rows of one (事業年度, 予算事業ID) to a Sheet.
type builder struct {
	tables map[string][]*table // by table number: the files that may hold rows of k
	k      key
	sh     *reviewsheet.Sheet
	errs   reviewsheet.ErrorList
}

// rows returns the rows of table id for the sheet, in file order,
// without blank placeholder rows. When several files of one table hold
// rows for the sheet (a year published under two names), only the first
// file (in name order) counts; load warns about the others.
func (b *builder) rows(id string) []row {
	var out []row
	for _, t := range b.tables[id] {
		rs, ok := t.rows[b.k]
		if !ok {
			continue
		}
		for _, r := range rs {
			if !r.blank {
				out = append(out, row{t: t, r: r})
			}
		}
		break
	}
	return out
}

// fail records a value problem at r's line and column col.
func (b *builder) fail(r row, col string, err error) {
	b.errs.Add(&reviewsheet.Error{File: r.t.in.name, Line: int(r.r.line), Column: r.t.h.col(col) + 1, Label: col,
		Err: fmt.Errorf("%w: %v", reviewsheet.ErrSyntax, err)})
}

func (b *builder) yen(r row, col string) *int64 {
	v, err := parseYen(r.get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) int(r row, col string) *int {
	v, err := parseInt(r.get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) bool(r row, col string) bool {
	v, err := parseBool(r.get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v != nil && *v
}

func (b *builder) fraction(r row, col string) *float64 {
	v, err := parseFractionPercent(r.get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) percent(r row, col string) *float64 {
	v, err := parsePercent(r.get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) text(r row, col string) *string { return text(r.get(col)) }

// build maps the sheet for k from the rows of tables. It never fails as a
// whole: value problems are returned and the values left nil.
func build(k key, tables map[string][]*table) (*reviewsheet.Sheet, reviewsheet.ErrorList) {
	b := &builder{tables: tables, k: k, sh: &reviewsheet.Sheet{
		FiscalYear:  k.Year,
		ProjectYear: k.Year,
		ProjectID:   k.ID,
	}}
	b.basicHeader()
	b.organization()
	b.overview()
	b.policies()
	b.subsidies()
	b.related()
	b.budgetYears()
	b.budgetItems()
	b.outcome()
	b.evaluation()
	b.spending()
	b.otherRemarks()
	return b.sh, b.errs
}
