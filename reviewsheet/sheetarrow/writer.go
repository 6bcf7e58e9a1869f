package sheetarrow

import (
	"errors"
	"fmt"
	"os"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// Format is an output file format.
type Format int

// The output formats.
const (
	FormatIPC     Format = iota // Arrow IPC file (Feather v2), <table>.arrow
	FormatParquet               // Parquet (zstd by default), <table>.parquet
	FormatCSV                   // CSV (RFC 4180, UTF-8, header), <table>.csv
)

var formatNames = [...]string{FormatIPC: "arrow", FormatParquet: "parquet", FormatCSV: "csv"}

// String returns the format name, which is also its file extension.
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat reads a format name: "arrow" (or "ipc"), "parquet", "csv".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "arrow", "ipc":
		return FormatIPC, nil
	case "parquet":
		return FormatParquet, nil
	case "csv":
		return FormatCSV, nil
	}
	return 0, fmt.Errorf("sheetarrow: unknown format %q (want arrow, parquet or csv)", s)
}

// FileName returns the file name of table t in format f ("budget_years.parquet").
func FileName(t Table, f Format) string { return t.String() + "." + f.String() }

// DefaultFlushSheets is how many sheets a Writer gathers before it writes
// a record batch of every table.
const DefaultFlushSheets = 256

// WriterOptions configures a Writer. The zero value writes every table
// with the defaults of each format.
type WriterOptions struct {
	// Allocator for the record batches (memory.DefaultAllocator when nil).
	Allocator memory.Allocator
	// FlushSheets is the number of sheets per record batch; 0 means
	// DefaultFlushSheets. Memory use grows with it.
	FlushSheets int
	IPC         IPCOptions
	Parquet     ParquetOptions
	CSV         CSVOptions
}

// Writer streams sheets into one file per table in a directory. Every
// FlushSheets sheets it turns the gathered rows into one record batch per
// table and writes it, so memory stays bounded whatever the number of
// sheets. Close finishes the files; every table gets a file, possibly
// with no rows.
type Writer struct {
	dir    string
	format Format
	opts   WriterOptions
	b      *Builder
	pipe   *pipe // the goroutine that writes the batches (writer_pipe.go)
	sinks  [numTables]sink
	tmp    [numTables]string // temporary file of each table until Close commits it
	rows   [numTables]int64
	sheets int
	batch  int
	err    error
	closed bool
}

// sink writes the record batches of one table to one file.
type sink interface {
	write(rec arrow.Record) error
	close() error
	// abort releases resources after an error; the file is left as is.
	abort()
}

// NewWriter creates dir (if needed) and one temporary file per table in
// it. Close renames them to the tables' names ("budget_years.parquet"),
// replacing files of those names, only when every table is complete; after
// an error, or Discard, nothing of the final names is touched (see
// commit.go). CheckOutputDir tells beforehand whether dir holds anything
// else.
func NewWriter(dir string, format Format, opts WriterOptions) (*Writer, error) {
	if opts.Allocator == nil {
		opts.Allocator = memory.DefaultAllocator
	}
	if opts.FlushSheets <= 0 {
		opts.FlushSheets = DefaultFlushSheets
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	w := &Writer{dir: dir, format: format, opts: opts}
	for t := range numTables {
		s, err := w.newSink(t)
		if err != nil {
			w.abort()
			w.removeTemps()
			return nil, err
		}
		w.sinks[t] = s
	}
	w.b = NewBuilder(opts.Allocator)
	w.b.reuse = true
	w.pipe = startPipe(&w.sinks, format)
	return w, nil
}

func (w *Writer) newSink(t Table) (sink, error) {
	path, err := reserveTemp(w.dir, t, w.format)
	if err != nil {
		return nil, err
	}
	w.tmp[t] = path
	switch w.format {
	case FormatIPC:
		return newIPCSink(path, t, w.opts.Allocator, w.opts.IPC)
	case FormatParquet:
		return newParquetSink(path, t, w.opts.Allocator, w.opts.Parquet)
	case FormatCSV:
		return newCSVSink(path, t, w.opts.CSV)
	}
	return nil, fmt.Errorf("sheetarrow: unknown format %v", w.format)
}

// Write adds one sheet and its findings; see Builder.Add.
func (w *Writer) Write(s *reviewsheet.Sheet, findings []audit.Finding) error {
	src := ""
	if s != nil && s.Source != nil {
		src = s.Source.Name
	}
	return w.WriteNamed(s, src, findings)
}

// WriteNamed adds one sheet with an explicit source name; see
// Builder.AddNamed. A sheet the Builder rejects (no project_id) is an
// error for that sheet only: the Writer stays usable.
func (w *Writer) WriteNamed(s *reviewsheet.Sheet, source string, findings []audit.Finding) error {
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return errors.New("sheetarrow: write after Close")
	}
	if err := w.b.AddNamed(s, source, findings); err != nil {
		return err
	}
	w.sheets++
	w.batch++
	if w.batch >= w.opts.FlushSheets {
		return w.flush()
	}
	return nil
}

// Flush turns the gathered rows into record batches now and hands them to
// the Writer's encoding goroutine (writer_pipe.go); an error of the files
// comes back from a later Flush, Write or Close.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	return w.flush()
}

func (w *Writer) flush() error {
	w.batch = 0
	if err := w.pipe.failed(); err != nil {
		w.err = err
		return err
	}
	var b batch
	for t := range numTables {
		if w.b.Rows(t) == 0 {
			continue
		}
		b[t] = w.b.NewRecord(t)
		w.rows[t] += b[t].NumRows()
	}
	w.pipe.send(b)
	return nil
}

// Rows returns the number of rows of table t flushed so far (after
// Close: written in total).
func (w *Writer) Rows(t Table) int64 { return w.rows[t] }

// Sheets returns the number of sheets written.
func (w *Writer) Sheets() int { return w.sheets }

// Close flushes the remaining rows, finishes every file and gives each its
// final name. After an error nothing is renamed and the temporary files
// are removed.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	if w.err == nil {
		w.flush()
	}
	if err := w.pipe.wait(); err != nil && w.err == nil {
		w.err = err
	}
	w.closed = true
	if w.err != nil {
		w.abort()
		w.removeTemps()
		return w.err
	}
	for t := range numTables {
		if err := w.sinks[t].close(); err != nil && w.err == nil {
			w.err = fmt.Errorf("sheetarrow: %s: %w", FileName(t, w.format), err)
		}
		w.sinks[t] = nil
	}
	w.b.Release()
	if w.err != nil {
		w.removeTemps()
		return w.err
	}
	w.err = w.commit()
	return w.err
}

func (w *Writer) abort() {
	if w.pipe != nil {
		w.pipe.wait()
	}
	for t := range numTables {
		if w.sinks[t] != nil {
			w.sinks[t].abort()
			w.sinks[t] = nil
		}
	}
	if w.b != nil {
		w.b.Release()
	}
}

// WriteRecords writes one record per table (indexed by Table, as
// Builder.NewRecords returns them) into dir in the given format. A nil
// record writes an empty table.
func WriteRecords(dir string, format Format, recs []arrow.Record, opts WriterOptions) error {
	if len(recs) != int(numTables) {
		return fmt.Errorf("sheetarrow: WriteRecords needs %d records, got %d", numTables, len(recs))
	}
	w, err := NewWriter(dir, format, opts)
	if err != nil {
		return err
	}
	for t, rec := range recs {
		if rec == nil || rec.NumRows() == 0 {
			continue
		}
		if !rec.Schema().Equal(schemas[t]) {
			w.err = fmt.Errorf("sheetarrow: record %d does not have the schema of %s", t, Table(t))
			break
		}
		if err := w.sinks[t].write(rec); err != nil {
			w.err = fmt.Errorf("sheetarrow: %s: %w", FileName(Table(t), format), err)
			break
		}
		w.rows[t] += rec.NumRows()
	}
	return w.Close()
}
