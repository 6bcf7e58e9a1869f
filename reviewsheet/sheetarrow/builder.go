package sheetarrow

import (
	"errors"
	"fmt"
	"unsafe"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/sheettable"
	"github.com/rsheet/rsheet/spending"
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
	reuse  bool
	key    key               // of the sheet being added
	walker sheettable.Walker // its scratch spans sheets
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
	b.key = key{year: int32(s.FiscalYear), id: s.ProjectID}
	b.walker.Walk(s, source, findings, (*rowSink)(b))
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

// key holds the two columns that start every row: the sheet being added.
type key struct {
	year int32
	id   string
}

// rowSink is a Builder seen as the sheettable.Sink of the sheet being
// added: each row goes to its table through the table's Col list.
type rowSink Builder

func (s *rowSink) Sheet(r sheettable.SheetRow) {
	addRow((*Builder)(s), Sheets, sheettable.SheetCols, r)
}
func (s *rowSink) BudgetYear(r *budget.Year) {
	addRow((*Builder)(s), BudgetYears, sheettable.BudgetYearCols, r)
}
func (s *rowSink) BudgetItem(r sheettable.ItemRow) {
	addRow((*Builder)(s), BudgetItems, sheettable.BudgetItemCols, r)
}
func (s *rowSink) OutcomeNode(r *outcome.Node) {
	addRow((*Builder)(s), OutcomeNodes, sheettable.OutcomeNodeCols, r)
}
func (s *rowSink) OutcomeLink(r *outcome.Link) {
	addRow((*Builder)(s), OutcomeLinks, sheettable.OutcomeLinkCols, r)
}
func (s *rowSink) OutcomeValue(r sheettable.ValueRow) {
	addRow((*Builder)(s), OutcomeValues, sheettable.OutcomeValueCols, r)
}
func (s *rowSink) SpendingBlock(r *spending.Block) {
	addRow((*Builder)(s), SpendingBlocks, sheettable.SpendingBlockCols, r)
}
func (s *rowSink) SpendingRecipient(r sheettable.RecipientRow) {
	addRow((*Builder)(s), SpendingRecipients, sheettable.SpendingRecipientCols, r)
}
func (s *rowSink) SpendingContract(r sheettable.ContractRow) {
	addRow((*Builder)(s), SpendingContracts, sheettable.SpendingContractCols, r)
}
func (s *rowSink) SpendingUse(r *spending.Use) {
	addRow((*Builder)(s), SpendingUses, sheettable.SpendingUseCols, r)
}
func (s *rowSink) SpendingDebtContract(r sheettable.DebtRow) {
	addRow((*Builder)(s), SpendingDebtContracts, sheettable.SpendingDebtContractCols, r)
}
func (s *rowSink) Finding(r *audit.Finding) {
	addRow((*Builder)(s), Findings, sheettable.FindingCols, r)
}

// addRow appends one row of t: the key columns, then each column's cell
// read from r.
func addRow[R any](b *Builder, t Table, cols []sheettable.Col[R], r R) {
	b.rows[t]++
	fs := b.fields[t]
	fs[0].(*array.Int32Builder).Append(b.key.year)
	fs[1].(*array.StringBuilder).Append(b.key.id)
	appendCells(fs[2:], cols, r)
}

// appendCells appends the cells of r to fs, fs[i] read by cols[i]: the
// column's kind names both its builder (arrowType) and its getter
// (sheettable.Check holds every list to that), and a getter's false is a
// null.
func appendCells[R any](fs []array.Builder, cols []sheettable.Col[R], r R) {
	for i := range cols {
		c := &cols[i]
		switch c.Type {
		case sheettable.Int32:
			f := fs[i].(*array.Int32Builder)
			if v, ok := c.Int(r); ok {
				f.Append(int32(v))
			} else {
				f.AppendNull()
			}
		case sheettable.Int64:
			f := fs[i].(*array.Int64Builder)
			if v, ok := c.Int(r); ok {
				f.Append(v)
			} else {
				f.AppendNull()
			}
		case sheettable.Float64:
			f := fs[i].(*array.Float64Builder)
			if v, ok := c.Float(r); ok {
				f.Append(v)
			} else {
				f.AppendNull()
			}
		case sheettable.Bool:
			f := fs[i].(*array.BooleanBuilder)
			if v, ok := c.Bool(r); ok {
				f.Append(v)
			} else {
				f.AppendNull()
			}
		case sheettable.String:
			f := fs[i].(*array.StringBuilder)
			if v, ok := c.Str(r); ok {
				f.Append(v)
			} else {
				f.AppendNull()
			}
		case sheettable.Dict:
			f := fs[i].(*array.BinaryDictionaryBuilder)
			v, ok := c.Str(r)
			if !ok {
				f.AppendNull()
				continue
			}
			// Append, not AppendString: AppendString allocates a []byte
			// copy per call; the memo table only reads the bytes (it
			// copies a new value).
			if err := f.Append(unsafe.Slice(unsafe.StringData(v), len(v))); err != nil {
				// Only a full memo table fails; with int32 indices that is 2^31 values.
				panic(err)
			}
		default:
			panic("sheetarrow: unknown column kind " + c.Type.String())
		}
	}
}
