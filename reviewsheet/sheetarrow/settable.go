package sheetarrow

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
)

// Set-level tables are computed over a whole set of sheets (entities,
// summaries) rather than sheet by sheet, so they are not part of the
// per-sheet Table enum and Builder. A SetTable describes one: its name,
// description and columns with their Japanese labels and units, as the
// per-sheet tables have them. Its rows are appended with a SetRows and
// written, several tables at once, by WriteSetTables with the same
// atomic behaviour as Writer (see commit.go).

// SetColumnType is the type of a set-level column.
type SetColumnType uint8

// Column types of set-level tables (no dictionaries: the tables are
// small).
const (
	SetInt32 SetColumnType = iota
	SetInt64
	SetFloat64
	SetBool
	SetString
)

// SetColumn is one column of a SetTable.
type SetColumn struct {
	Name    string // snake_case column name
	Type    SetColumnType
	JA      string // Japanese label (Arrow field metadata "ja"; Parquet rsheet:ja:NAME)
	Unit    string // UnitYen, UnitPercent, UnitYear or ""
	NotNull bool
}

// SetTable is a set-level table.
type SetTable struct {
	Name        string // file name without extension ("entities")
	Description string
	Columns     []SetColumn
}

// Schema returns the Arrow schema of t, with the labels and units as
// field metadata ("ja", "unit").
func (t *SetTable) Schema() *arrow.Schema {
	fields := make([]arrow.Field, len(t.Columns))
	for i, c := range t.Columns {
		keys, vals := []string{MetaJapanese}, []string{c.JA}
		if c.Unit != "" {
			keys, vals = append(keys, MetaUnit), append(vals, c.Unit)
		}
		fields[i] = arrow.Field{Name: c.Name, Type: c.Type.arrow(), Nullable: !c.NotNull, Metadata: arrow.NewMetadata(keys, vals)}
	}
	return arrow.NewSchema(fields, nil)
}

func (c SetColumnType) arrow() arrow.DataType {
	switch c {
	case SetInt32:
		return arrow.PrimitiveTypes.Int32
	case SetInt64:
		return arrow.PrimitiveTypes.Int64
	case SetFloat64:
		return arrow.PrimitiveTypes.Float64
	case SetBool:
		return arrow.FixedWidthTypes.Boolean
	}
	return arrow.BinaryTypes.String
}

// SetRows appends rows to a SetTable, one value per column in column
// order; NewRecord turns them into a record.
type SetRows struct {
	t    *SetTable
	b    *array.RecordBuilder
	next int
}

// NewSetRows starts the rows of t.
func NewSetRows(mem memory.Allocator, t *SetTable) *SetRows {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	return &SetRows{t: t, b: array.NewRecordBuilder(mem, t.Schema())}
}

func (r *SetRows) field() array.Builder {
	f := r.b.Field(r.next)
	r.next = (r.next + 1) % len(r.t.Columns)
	return f
}

// Null appends a null to the next column.
func (r *SetRows) Null() { r.field().AppendNull() }

// Int32 appends v to the next column (SetInt32).
func (r *SetRows) Int32(v int) { r.field().(*array.Int32Builder).Append(int32(v)) }

// Int64 appends v to the next column (SetInt64).
func (r *SetRows) Int64(v int64) { r.field().(*array.Int64Builder).Append(v) }

// Int64Ptr appends *v, or null.
func (r *SetRows) Int64Ptr(v *int64) {
	if v == nil {
		r.Null()
		return
	}
	r.Int64(*v)
}

// IntPtr appends *v to a SetInt64 column, or null.
func (r *SetRows) IntPtr(v *int) {
	if v == nil {
		r.Null()
		return
	}
	r.Int64(int64(*v))
}

// Float64Ptr appends *v, or null.
func (r *SetRows) Float64Ptr(v *float64) {
	if v == nil {
		r.Null()
		return
	}
	r.field().(*array.Float64Builder).Append(*v)
}

// Bool appends v.
func (r *SetRows) Bool(v bool) { r.field().(*array.BooleanBuilder).Append(v) }

// String appends s.
func (r *SetRows) String(s string) { r.field().(*array.StringBuilder).Append(s) }

// StringNZ appends s, or null when s is "".
func (r *SetRows) StringNZ(s string) {
	if s == "" {
		r.Null()
		return
	}
	r.String(s)
}

// StringPtr appends *s, or null.
func (r *SetRows) StringPtr(s *string) {
	if s == nil {
		r.Null()
		return
	}
	r.String(*s)
}

// NewRecord returns the rows appended so far as a record (the caller
// releases it) and starts over.
func (r *SetRows) NewRecord() arrow.Record {
	if r.next != 0 {
		panic(fmt.Sprintf("sheetarrow: %s: row ends after %d of %d columns", r.t.Name, r.next, len(r.t.Columns)))
	}
	return r.b.NewRecord()
}

// Release frees the builder.
func (r *SetRows) Release() { r.b.Release() }

// SetRecord is one table to write: its description and its rows.
type SetRecord struct {
	Table  *SetTable
	Record arrow.Record
}

// SetFileName is the file name of set-level table t in format f.
func SetFileName(t *SetTable, f Format) string { return t.Name + "." + f.String() }

// WriteSetTables writes each table to dir (created if needed) as one file
// SetFileName(t, format). Like Writer, every file is first written to a
// temporary dot file beside its final name and all are renamed only when
// every table was written: after an error no file of a final name is
// created or replaced. CSV output follows opts.CSV (formula cells
// neutralised unless Raw); Parquet output is zstd-compressed with the
// labels in the key/value metadata (rsheet:table, rsheet:description,
// rsheet:ja:COLUMN, rsheet:unit:COLUMN) and the Arrow schema stored.
func WriteSetTables(dir string, format Format, recs []SetRecord, opts WriterOptions) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mem := opts.Allocator
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	tmps := make([]string, 0, len(recs))
	cleanup := func() {
		for _, t := range tmps {
			os.Remove(t)
		}
	}
	for _, sr := range recs {
		name := SetFileName(sr.Table, format)
		f, err := os.CreateTemp(dir, "."+name+".*.partial")
		if err != nil {
			cleanup()
			return err
		}
		tmps = append(tmps, f.Name())
		f.Close()
		if err := writeSetFile(f.Name(), format, sr, mem, opts); err != nil {
			cleanup()
			return fmt.Errorf("sheetarrow: %s: %w", name, err)
		}
	}
	for i, sr := range recs {
		if err := os.Rename(tmps[i], filepath.Join(dir, SetFileName(sr.Table, format))); err != nil {
			for _, t := range tmps[i:] {
				os.Remove(t)
			}
			return err
		}
	}
	return nil
}

// writeSetFile writes one table to path.
func writeSetFile(path string, format Format, sr SetRecord, mem memory.Allocator, opts WriterOptions) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		// pqarrow's Close closes f itself.
		if cerr := f.Close(); err == nil && !errors.Is(cerr, os.ErrClosed) {
			err = cerr
		}
	}()
	schema := sr.Table.Schema()
	switch format {
	case FormatCSV:
		w := bufio.NewWriterSize(f, 256<<10)
		eol := "\r\n"
		if opts.CSV.LF {
			eol = "\n"
		}
		if opts.CSV.BOM {
			w.WriteString("\uFEFF")
		}
		if err := writeCSVHeader(w, schema, eol); err != nil {
			return err
		}
		var buf []byte
		if err := writeCSVRows(w, sr.Record, eol, opts.CSV.Raw, &buf); err != nil {
			return err
		}
		return w.Flush()
	case FormatIPC:
		o := []ipc.Option{ipc.WithSchema(schema), ipc.WithAllocator(mem)}
		if opts.IPC.Zstd {
			o = append(o, ipc.WithZstd())
		}
		fw, err := ipc.NewFileWriter(f, o...)
		if err != nil {
			return err
		}
		if err := fw.Write(sr.Record); err != nil {
			fw.Close()
			return err
		}
		return fw.Close()
	case FormatParquet:
		props := []parquet.WriterProperty{parquet.WithAllocator(mem), parquet.WithCreatedBy("rsheet (parquet-go v17)"),
			parquet.WithDictionaryDefault(false), parquet.WithDataPageSize(dataPageBytes)}
		if !opts.Parquet.Uncompressed {
			props = append(props, parquet.WithCompression(compress.Codecs.Zstd))
		}
		fw, err := pqarrow.NewFileWriter(schema, f, parquet.NewWriterProperties(props...),
			pqarrow.NewArrowWriterProperties(pqarrow.WithAllocator(mem), pqarrow.WithStoreSchema()))
		if err != nil {
			return err
		}
		for _, kv := range setLabelMetadata(sr.Table) {
			if err := fw.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
				fw.Close()
				return err
			}
		}
		if err := fw.Write(sr.Record); err != nil {
			fw.Close()
			return err
		}
		return fw.Close()
	}
	return fmt.Errorf("unknown format %v", format)
}

// setLabelMetadata lists the Parquet key/value pairs of t (see
// labelMetadata for the per-sheet tables).
func setLabelMetadata(t *SetTable) [][2]string {
	out := [][2]string{{MetaKeyTable, t.Name}, {MetaKeyDescription, t.Description}}
	for _, c := range t.Columns {
		if c.JA != "" {
			out = append(out, [2]string{MetaKeyJapanese + c.Name, c.JA})
		}
		if c.Unit != "" {
			out = append(out, [2]string{MetaKeyUnit + c.Name, c.Unit})
		}
	}
	return out
}

// CheckSetOutputDir is CheckOutputDir for set-level tables: dir must not
// exist or hold only files named like tables in tables (of format f).
func CheckSetOutputDir(dir string, f Format, tables []*SetTable) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	ours := map[string]bool{}
	for _, t := range tables {
		ours[SetFileName(t, f)] = true
	}
	var other []string
	for _, e := range ents {
		if !ours[e.Name()] || e.IsDir() {
			other = append(other, e.Name())
		}
	}
	if len(other) == 0 {
		return nil
	}
	sort.Strings(other)
	return fmt.Errorf("%w: %s holds %s", ErrForeignFiles, dir, strings.Join(other, ", "))
}
