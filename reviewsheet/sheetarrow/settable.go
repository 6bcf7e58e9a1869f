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

	"github.com/rsheet/rsheet/reviewsheet/sheettable"
)

// Set-level tables are computed over a whole set of sheets (entities,
// summaries) rather than sheet by sheet, so they are not part of the
// per-sheet Table enum and Builder. A SetTable (package sheettable)
// describes one: its name, description and columns with their Japanese
// labels and units, as the per-sheet tables have them. Its rows are read
// by its columns' getters (CrossRecords) and written, several tables at
// once, by WriteSetTables with the same atomic behaviour as Writer (see
// commit.go).

// SetColumnType is the type of a set-level column (no dictionaries: the
// tables are small).
type SetColumnType = sheettable.Kind

// Column types of set-level tables.
const (
	SetInt32   = sheettable.Int32
	SetInt64   = sheettable.Int64
	SetFloat64 = sheettable.Float64
	SetBool    = sheettable.Bool
	SetString  = sheettable.String
)

// SetColumn is one column of a SetTable: Name, Type, JA (Arrow field
// metadata "ja"; Parquet rsheet:ja:NAME), Unit, NotNull.
type SetColumn = sheettable.Column

// SetTable is a set-level table: Name (the file name without extension),
// Description, Columns.
type SetTable = sheettable.SetTable

// SetSchema returns the Arrow schema of t, with the labels and units as
// field metadata ("ja", "unit").
func SetSchema(t *SetTable) *arrow.Schema { return schemaOf(t.Columns) }

// setRecord returns the rows of t as one record, each row's cells read
// by cols (the Col list t.Columns was made from). The caller releases it.
func setRecord[R any](mem memory.Allocator, t *SetTable, cols []sheettable.Col[R], rows []R) SetRecord {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	b := array.NewRecordBuilder(mem, SetSchema(t))
	defer b.Release()
	fs := b.Fields()
	for _, r := range rows {
		appendCells(fs, cols, r)
	}
	return SetRecord{Table: t, Record: b.NewRecord()}
}

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
	schema := SetSchema(sr.Table)
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
		for _, kv := range labelMetadata(sr.Table.Name, sr.Table.Description, sr.Table.Columns) {
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
