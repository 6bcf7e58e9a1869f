package sheetarrow

import (
	"errors"
	"fmt"
	"unsafe"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// Builder accumulates the rows of every table for a set of sheets and
// hands them out as Arrow records. Rows keep the order of Add calls and,
// within a sheet, the order of the sheet.
//
// Dictionary columns keep their dictionary across NewRecord calls: the
// dictionary of a later record extends that of an earlier one, and an
// index means the same value in every record of one Builder.
//
// A Builder is not safe for concurrent use. Release it when done.
type Builder struct {
	tables [numTables]*array.RecordBuilder
	rows   [numTables]int
	// fields are each table's field builders, in schema order.
	fields [numTables][]array.Builder
	// reuse makes NewRecord reserve room for as many rows (and string
	// bytes) as the record it returned, so that a streaming Writer's
	// builders do not regrow from nothing after every batch.
	reuse bool
	ranks []blockRank // scratch of addSpending
}

// NewBuilder returns a Builder whose arrays are allocated from mem
// (memory.DefaultAllocator when nil).
func NewBuilder(mem memory.Allocator) *Builder {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	b := &Builder{}
	for t := range numTables {
		b.tables[t] = array.NewRecordBuilder(mem, schemas[t])
		b.fields[t] = b.tables[t].Fields()
	}
	return b
}

// Release frees the builders. Records already returned stay valid.
func (b *Builder) Release() {
	for t := range numTables {
		if b.tables[t] != nil {
			b.tables[t].Release()
			b.tables[t] = nil
		}
	}
}

// ErrNoProjectID is returned by Add for a sheet without a 予算事業ID: the
// tables could not join its rows.
var ErrNoProjectID = errors.New("sheetarrow: sheet has no project_id")

// Add appends the rows of one sheet to every table, and findings to the
// findings table. The source column is s.Source.Name; use AddNamed for
// sheets without a Source (RS CSV imports).
func (b *Builder) Add(s *reviewsheet.Sheet, findings []audit.Finding) error {
	src := ""
	if s != nil && s.Source != nil {
		src = s.Source.Name
	}
	return b.AddNamed(s, src, findings)
}

// AddNamed is Add with an explicit source name for the sheets table.
func (b *Builder) AddNamed(s *reviewsheet.Sheet, source string, findings []audit.Finding) error {
	if s == nil {
		return errors.New("sheetarrow: nil sheet")
	}
	if s.ProjectID == "" {
		return ErrNoProjectID
	}
	k := key{year: int32(s.FiscalYear), id: s.ProjectID}
	b.addSheet(k, s, source)
	b.addBudget(k, &s.Budget)
	b.addOutcome(k, s.Outcome)
	b.addSpending(k, s.Spending)
	b.addFindings(k, findings)
	return nil
}

// Rows returns the number of rows of t added since its last NewRecord.
func (b *Builder) Rows(t Table) int { return b.rows[t] }

// NewRecord returns the rows of t added since the last call as one record
// (possibly with zero rows) and resets the table. The caller releases
// the record.
func (b *Builder) NewRecord(t Table) arrow.Record {
	n := b.rows[t]
	b.rows[t] = 0
	if !b.reuse || n == 0 {
		return b.tables[t].NewRecord()
	}
	var data [64]int
	fs := b.fields[t]
	for i, f := range fs {
		if sb, ok := f.(*array.StringBuilder); ok && i < len(data) {
			data[i] = sb.DataLen()
		}
	}
	rec := b.tables[t].NewRecord()
	for i, f := range fs {
		f.Reserve(n)
		if sb, ok := f.(*array.StringBuilder); ok && i < len(data) {
			sb.ReserveData(data[i])
		}
	}
	return rec
}

// NewRecords returns NewRecord for every table, indexed by Table.
func (b *Builder) NewRecords() []arrow.Record {
	recs := make([]arrow.Record, numTables)
	for t := range numTables {
		recs[t] = b.NewRecord(t)
	}
	return recs
}

// Build returns the tables of sheets as one record per table, indexed by
// Table, allocated from mem. check gives the findings of each sheet (nil:
// no findings). The caller releases the records. On error (a sheet
// without project_id) no record is returned.
func Build(mem memory.Allocator, sheets []*reviewsheet.Sheet, check func(*reviewsheet.Sheet) []audit.Finding) ([]arrow.Record, error) {
	b := NewBuilder(mem)
	defer b.Release()
	for i, s := range sheets {
		var fs []audit.Finding
		if check != nil && s != nil {
			fs = check(s)
		}
		if err := b.Add(s, fs); err != nil {
			return nil, fmt.Errorf("sheet %d: %w", i, err)
		}
	}
	return b.NewRecords(), nil
}

// key holds the two columns that start every row.
type key struct {
	year int32
	id   string
}

// row appends the values of one row, column by column, in schema order.
type row struct {
	fs []array.Builder
	i  int
}

// start begins a row of t with its key columns.
func (b *Builder) start(t Table, k key) row {
	b.rows[t]++
	r := row{fs: b.fields[t]}
	r.i32(k.year)
	r.str(k.id)
	return r
}

// col is one column of a table whose rows are built from values of type
// R: its schema entry and the function that appends its cell. A table's
// schema and its rows come from the one list (schemaOf, addRow), so a
// column can never be filled with another column's value.
type col[R any] struct {
	column
	put func(w *row, r R)
}

// schemaOf returns the schema entries of cols, in order.
func schemaOf[R any](cols []col[R]) []column {
	out := make([]column, len(cols))
	for i := range cols {
		out[i] = cols[i].column
	}
	return out
}

// addRow appends one row of t: the key columns, then each column's cell
// from r. A put that appends other than exactly one value is a
// programming error, reported with its column's name.
func addRow[R any](b *Builder, t Table, k key, cols []col[R], r R) {
	w := b.start(t, k)
	for i := range cols {
		at := w.i
		cols[i].put(&w, r)
		if w.i != at+1 {
			panic(fmt.Sprintf("sheetarrow: %s.%s appended %d values", t, cols[i].name, w.i-at))
		}
	}
	w.end()
}

// end checks that the row filled every column: a mismatch between an
// appender and tableColumns is a programming error.
func (r *row) end() {
	if r.i != len(r.fs) {
		panic(fmt.Sprintf("sheetarrow: row filled %d of %d columns", r.i, len(r.fs)))
	}
}

func (r *row) next() array.Builder {
	f := r.fs[r.i]
	r.i++
	return f
}

func (r *row) null() { r.next().AppendNull() }

func (r *row) i32(v int32) { r.next().(*array.Int32Builder).Append(v) }

// intp appends an optional int as int32.
func (r *row) intp(v *int) {
	if v == nil {
		r.null()
		return
	}
	r.i32(int32(*v))
}

// i32nz appends v, null when zero (line 0 = unknown).
func (r *row) i32nz(v int) {
	if v == 0 {
		r.null()
		return
	}
	r.i32(int32(v))
}

func (r *row) i64(v int64) { r.next().(*array.Int64Builder).Append(v) }

func (r *row) i64p(v *int64) {
	if v == nil {
		r.null()
		return
	}
	r.i64(*v)
}

func (r *row) f64(v float64) { r.next().(*array.Float64Builder).Append(v) }

func (r *row) f64p(v *float64) {
	if v == nil {
		r.null()
		return
	}
	r.f64(*v)
}

// f64ok appends v, null when !ok.
func (r *row) f64ok(v float64, ok bool) {
	if !ok {
		r.null()
		return
	}
	r.f64(v)
}

func (r *row) boolean(v bool) { r.next().(*array.BooleanBuilder).Append(v) }

func (r *row) boolp(v *bool) {
	if v == nil {
		r.null()
		return
	}
	r.boolean(*v)
}

func (r *row) str(s string) { r.next().(*array.StringBuilder).Append(s) }

func (r *row) strp(s *string) {
	if s == nil {
		r.null()
		return
	}
	r.str(*s)
}

// strnz appends s, null when empty.
func (r *row) strnz(s string) {
	if s == "" {
		r.null()
		return
	}
	r.str(s)
}

// dict appends s to a dictionary column, null when empty.
func (r *row) dict(s string) {
	f := r.next().(*array.BinaryDictionaryBuilder)
	if s == "" {
		f.AppendNull()
		return
	}
	// Append, not AppendString: AppendString allocates a []byte copy per
	// call; the memo table only reads the bytes (it copies a new value).
	if err := f.Append(unsafe.Slice(unsafe.StringData(s), len(s))); err != nil {
		// Only a full memo table fails; with int32 indices that is 2^31 values.
		panic(err)
	}
}

func (r *row) dictp(s *string) {
	if s == nil {
		r.null()
		return
	}
	r.dict(*s)
}

// joined appends the items joined with sep, null when there are none.
func (r *row) joined(items []string, sep string) {
	if len(items) == 0 {
		r.null()
		return
	}
	f := r.next().(*array.StringBuilder)
	if len(items) == 1 {
		f.Append(items[0])
		return
	}
	n := len(sep) * (len(items) - 1)
	for _, it := range items {
		n += len(it)
	}
	buf := make([]byte, 0, n)
	for i, it := range items {
		if i > 0 {
			buf = append(buf, sep...)
		}
		buf = append(buf, it...)
	}
	f.BinaryBuilder.Append(buf)
}
