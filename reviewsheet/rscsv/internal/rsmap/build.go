package rsmap

import (
	"fmt"

	"github.com/rsheet/rsheet/reviewsheet"
)

// builder maps the rows of one (事業年度, 予算事業ID) to a Sheet.
type builder struct {
	p    Project
	year int // the 事業年度
	sh   *reviewsheet.Sheet
	errs reviewsheet.ErrorList
}

// rows returns the rows of table id for the sheet (see Project.Rows).
func (b *builder) rows(id string) []Row { return b.p.Rows(id) }

// fail records a value problem at r's line and column col.
func (b *builder) fail(r Row, col string, err error) {
	b.errs.Add(&reviewsheet.Error{File: r.File(), Line: r.Line(), Column: r.Column(col) + 1, Label: col,
		Err: fmt.Errorf("%w: %v", reviewsheet.ErrSyntax, err)})
}

func (b *builder) yen(r Row, col string) *int64 {
	v, err := parseYen(r.Get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) int(r Row, col string) *int {
	v, err := ParseInt(r.Get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) bool(r Row, col string) bool {
	v, err := parseBool(r.Get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v != nil && *v
}

func (b *builder) fraction(r Row, col string) *float64 {
	v, err := parseFractionPercent(r.Get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) percent(r Row, col string) *float64 {
	v, err := parsePercent(r.Get(col))
	if err != nil {
		b.fail(r, col, err)
	}
	return v
}

func (b *builder) text(r Row, col string) *string { return text(r.Get(col)) }

// Build maps the sheet of 事業年度 year and 予算事業ID id (as the sheet
// prints it: NormalizeID) from the rows p delivers. It never fails as a
// whole: value problems are returned with file, line and column, and the
// values left nil.
func Build(year int, id string, p Project) (*reviewsheet.Sheet, reviewsheet.ErrorList) {
	b := &builder{p: p, year: year, sh: &reviewsheet.Sheet{
		FiscalYear:  year,
		ProjectYear: year,
		ProjectID:   id,
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
