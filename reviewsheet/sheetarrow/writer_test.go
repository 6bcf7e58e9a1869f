package sheetarrow

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// want builds the expected rows of every table in one batch.
func want(tb testing.TB, sheets []*reviewsheet.Sheet) [][][]any {
	b := NewBuilder(nil)
	defer b.Release()
	for _, s := range sheets {
		require.NoError(tb, b.Add(s, sampleFindings()))
	}
	out := make([][][]any, numTables)
	for t := range numTables {
		rec := b.NewRecord(t)
		out[t] = rowsOf(rec)
		rec.Release()
	}
	return out
}

// export writes sheets with a Writer into a new directory.
func export(tb testing.TB, sheets []*reviewsheet.Sheet, format Format, opts WriterOptions) string {
	dir := tb.TempDir()
	w, err := NewWriter(dir, format, opts)
	require.NoError(tb, err)
	for _, s := range sheets {
		require.NoError(tb, w.Write(s, sampleFindings()))
	}
	require.NoError(tb, w.Close())
	assert.Equal(tb, len(sheets), w.Sheets())
	return dir
}

// readIPC reads an IPC file back with arrow-go's file reader.
func readIPC(tb testing.TB, path string, mem memory.Allocator) (*arrow.Schema, [][]any, int) {
	f, err := os.Open(path)
	require.NoError(tb, err)
	defer f.Close()
	r, err := ipc.NewFileReader(f, ipc.WithAllocator(mem))
	require.NoError(tb, err)
	defer r.Close()
	var rows [][]any
	for i := range r.NumRecords() {
		rec, err := r.Record(i)
		require.NoError(tb, err)
		rows = append(rows, rowsOf(rec)...)
	}
	return r.Schema(), rows, r.NumRecords()
}

// readParquet reads a Parquet file back with pqarrow.
func readParquet(tb testing.TB, path string, mem memory.Allocator) (*arrow.Schema, [][]any) {
	pf, err := file.OpenParquetFile(path, false, file.WithReadProps(nil))
	require.NoError(tb, err)
	defer pf.Close()
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{}, mem)
	require.NoError(tb, err)
	tbl, err := fr.ReadTable(context.Background())
	require.NoError(tb, err)
	defer tbl.Release()
	tr := array.NewTableReader(tbl, 0)
	defer tr.Release()
	var rows [][]any
	for tr.Next() {
		rows = append(rows, rowsOf(tr.Record())...)
	}
	return tbl.Schema(), rows
}

// readCSV reads a CSV file back with encoding/csv.
func readCSV(tb testing.TB, path string) ([]string, [][]string) {
	data, err := os.ReadFile(path)
	require.NoError(tb, err)
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(tb, err)
	require.NotEmpty(tb, recs)
	return recs[0], recs[1:]
}

func TestRoundTripIPC(t *testing.T) {
	sheets := copies(sampleSheet(t), 10)
	exp := want(t, sheets)
	for _, flush := range []int{1, 4, 100} { // many batches (spooled) and one batch (direct)
		dir := export(t, sheets, FormatIPC, WriterOptions{FlushSheets: flush})
		for _, tb := range Tables() {
			schema, rows, n := readIPC(t, filepath.Join(dir, FileName(tb, FormatIPC)), memory.DefaultAllocator)
			assert.True(t, schema.Equal(Schema(tb)), "%s schema", tb)
			assertMetadata(t, schema, tb)
			assert.Equal(t, exp[tb], rows, "%s (flush %d)", tb, flush)
			if flush == 100 {
				assert.LessOrEqual(t, n, 1, tb)
			}
		}
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		assert.Len(t, entries, int(numTables), "no spool files left behind")
	}
}

func TestRoundTripIPCZstd(t *testing.T) {
	sheets := copies(sampleSheet(t), 3)
	exp := want(t, sheets)
	dir := export(t, sheets, FormatIPC, WriterOptions{FlushSheets: 2, IPC: IPCOptions{Zstd: true}})
	_, rows, _ := readIPC(t, filepath.Join(dir, "budget_years.arrow"), memory.DefaultAllocator)
	assert.Equal(t, exp[BudgetYears], rows)
}

func TestRoundTripParquet(t *testing.T) {
	sheets := copies(sampleSheet(t), 10)
	exp := want(t, sheets)
	for _, opts := range []WriterOptions{
		{FlushSheets: 3},
		{FlushSheets: 3, Parquet: ParquetOptions{RowGroupRows: 5, ZstdLevel: 9}},
		{Parquet: ParquetOptions{Uncompressed: true}},
	} {
		dir := export(t, sheets, FormatParquet, opts)
		for _, tb := range Tables() {
			schema, rows := readParquet(t, filepath.Join(dir, FileName(tb, FormatParquet)), memory.DefaultAllocator)
			assertMetadata(t, schema, tb) // names, types, labels (Parquet adds PARQUET:field_id)
			assert.Equal(t, exp[tb], rows, "%s %+v", tb, opts)
		}
	}
}

func TestRoundTripCSV(t *testing.T) {
	sheets := copies(sampleSheet(t), 5)
	exp := want(t, sheets)
	for _, opts := range []CSVOptions{{}, {LF: true}, {BOM: true}} {
		dir := export(t, sheets, FormatCSV, WriterOptions{FlushSheets: 2, CSV: opts})
		for _, tb := range Tables() {
			path := filepath.Join(dir, FileName(tb, FormatCSV))
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, opts.BOM, bytes.HasPrefix(raw, []byte("\uFEFF")))
			if opts.BOM {
				require.NoError(t, os.WriteFile(path, raw[3:], 0o644))
			}
			header, rows := readCSV(t, path)
			var names []string
			for _, f := range Schema(tb).Fields() {
				names = append(names, f.Name)
			}
			assert.Equal(t, names, header)
			require.Len(t, rows, len(exp[tb]), tb)
			for i, r := range exp[tb] {
				var s []string
				for _, v := range r {
					s = append(s, csvText(v))
				}
				assert.Equal(t, s, rows[i], "%s row %d", tb, i)
			}
		}
	}
}

func TestCSVCells(t *testing.T) {
	assert.Equal(t, `abc`, string(appendCSVString(nil, "abc")))
	assert.Equal(t, `""`, string(appendCSVString(nil, "")))
	assert.Equal(t, `"a,b"`, string(appendCSVString(nil, "a,b")))
	assert.Equal(t, `"say ""hi"""`, string(appendCSVString(nil, `say "hi"`)))
	assert.Equal(t, "\"a\nb\"", string(appendCSVString(nil, "a\nb")))
	assert.Equal(t, "計画、通知", string(appendCSVString(nil, "計画、通知")))

	// Null is an empty cell; an empty string is "".
	dir := t.TempDir()
	s := sampleSheet(t)
	w, err := NewWriter(dir, FormatCSV, WriterOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(s, []audit.Finding{{Code: "x", Severity: "info", Message: ""}}))
	require.NoError(t, w.Close())
	raw, err := os.ReadFile(filepath.Join(dir, "findings.csv"))
	require.NoError(t, err)
	assert.Equal(t, "fiscal_year,project_id,code,severity,path,line,stated,recomputed,message\r\n2025,006423,x,info,,,,,\r\n", string(raw))
	raw, err = os.ReadFile(filepath.Join(dir, "budget_years.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(raw), "\r\n2025,006423,2024,408000000,203368000,3050000000,700540000,,3953908000,684784000,17.3,17.31916878187353,,,\r\n")
}

// assertMetadata checks names, types, nullability and the Japanese
// labels and units of schema against Schema(tb).
func assertMetadata(t *testing.T, schema *arrow.Schema, tb Table) {
	t.Helper()
	require.Equal(t, Schema(tb).NumFields(), schema.NumFields(), tb)
	for i, f := range Schema(tb).Fields() {
		got := schema.Field(i)
		assert.Equal(t, f.Name, got.Name, tb)
		assert.True(t, arrow.TypeEqual(f.Type, got.Type), "%s.%s: %s", tb, f.Name, got.Type)
		assert.Equal(t, f.Nullable, got.Nullable, "%s.%s", tb, f.Name)
		for _, k := range []string{MetaJapanese, MetaUnit} {
			w, _ := f.Metadata.GetValue(k)
			g, _ := got.Metadata.GetValue(k)
			assert.Equal(t, w, g, "%s.%s %s", tb, f.Name, k)
		}
	}
}

func TestWriteRecords(t *testing.T) {
	sheets := copies(sampleSheet(t), 3)
	exp := want(t, sheets)
	b := NewBuilder(nil)
	for _, s := range sheets {
		require.NoError(t, b.Add(s, sampleFindings()))
	}
	recs := b.NewRecords()
	b.Release()
	defer releaseAll(recs)
	dir := t.TempDir()
	require.NoError(t, WriteRecords(dir, FormatParquet, recs, WriterOptions{}))
	_, rows := readParquet(t, filepath.Join(dir, "budget_years.parquet"), memory.DefaultAllocator)
	assert.Equal(t, exp[BudgetYears], rows)
	assert.Error(t, WriteRecords(dir, FormatParquet, recs[:2], WriterOptions{}))
}

func TestFormats(t *testing.T) {
	for _, f := range []Format{FormatIPC, FormatParquet, FormatCSV} {
		g, err := ParseFormat(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, g)
	}
	_, err := ParseFormat("xlsx")
	assert.Error(t, err)
	assert.Equal(t, "budget_years.parquet", FileName(BudgetYears, FormatParquet))
	_, err = NewWriter(filepath.Join(t.TempDir(), "f"), Format(9), WriterOptions{})
	assert.Error(t, err)
}

func TestWriterBadDir(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(f, nil, 0o644))
	_, err := NewWriter(filepath.Join(f, "sub"), FormatCSV, WriterOptions{})
	assert.Error(t, err)
}

// TestDeterministic: the same sheets give byte-identical files.
func TestDeterministic(t *testing.T) {
	sheets := copies(sampleSheet(t), 5)
	for _, f := range []Format{FormatIPC, FormatParquet, FormatCSV} {
		a := export(t, sheets, f, WriterOptions{FlushSheets: 2})
		b := export(t, sheets, f, WriterOptions{FlushSheets: 2})
		for _, tb := range Tables() {
			x, err := os.ReadFile(filepath.Join(a, FileName(tb, f)))
			require.NoError(t, err)
			y, err := os.ReadFile(filepath.Join(b, FileName(tb, f)))
			require.NoError(t, err)
			assert.True(t, bytes.Equal(x, y), "%s differs between runs", FileName(tb, f))
		}
	}
}

// Leak tests: every path runs on a memory.CheckedAllocator.

func TestNoLeakParquet(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	sheets := copies(sampleSheet(t), 7)
	dir := export(t, sheets, FormatParquet, WriterOptions{Allocator: mem, FlushSheets: 3})
	mem.AssertSize(t, 0)
	for _, tb := range Tables() {
		readParquet(t, filepath.Join(dir, FileName(tb, FormatParquet)), mem)
	}
	mem.AssertSize(t, 0)
}

func TestNoLeakCSV(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	export(t, copies(sampleSheet(t), 7), FormatCSV, WriterOptions{Allocator: mem, FlushSheets: 3})
	mem.AssertSize(t, 0)
}

func TestNoLeakIPCWrite(t *testing.T) {
	for _, flush := range []int{3, 100} {
		mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
		export(t, copies(sampleSheet(t), 7), FormatIPC, WriterOptions{Allocator: mem, FlushSheets: flush})
		mem.AssertSize(t, 0)
	}
}

// TestIPCReadLeakIsArrows: reading our IPC files back leaks only in
// arrow-go v17's ipc.FileReader, which does not release the dictionaries
// it reads (the dictionary buffers: a few hundred bytes per dictionary column here; fixed in v18.8).
// Tables without dictionary columns must read back with no leak at all,
// and the others within that bound.
func TestIPCReadLeakIsArrows(t *testing.T) {
	dir := export(t, copies(sampleSheet(t), 7), FormatIPC, WriterOptions{FlushSheets: 3})
	for _, tb := range Tables() {
		mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
		readIPC(t, filepath.Join(dir, FileName(tb, FormatIPC)), mem)
		dicts := 0
		for _, f := range Schema(tb).Fields() {
			if f.Type.ID() == arrow.DICTIONARY {
				dicts++
			}
		}
		if dicts == 0 {
			mem.AssertSize(t, 0)
			continue
		}
		assert.LessOrEqual(t, mem.CurrentAlloc(), 1024*dicts, "%s: %d bytes left by the v17 IPC file reader", tb, mem.CurrentAlloc())
	}
}

// TestZstdCodec: the replacement codec is registered, writes what a fresh
// v17 encoder writes at every level, and decodes with the original codec.
func TestZstdCodec(t *testing.T) {
	c, err := compress.GetCodec(compress.Codecs.Zstd)
	require.NoError(t, err)
	z, ok := c.(*reusedZstd)
	require.True(t, ok, "codec not replaced: %T", c)
	src := bytes.Repeat([]byte("孤独・孤立対策推進経費 684784000,"), 500)
	for _, level := range []int{compress.DefaultCompressionLevel, 1, 3, 9, 19} {
		l := zstd.SpeedDefault
		if level != compress.DefaultCompressionLevel {
			l = zstd.EncoderLevelFromZstd(level)
		}
		fresh, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(l))
		require.NoError(t, err)
		want := fresh.EncodeAll(src, nil)
		for range 2 { // reused encoder: same bytes every time
			got := z.EncodeLevel(nil, src, level)
			assert.Equal(t, want, got, "level %d", level)
			assert.Equal(t, src, z.Decode(nil, got))
		}
	}
	assert.Equal(t, src, z.Decode(nil, z.Encode(nil, src)))
}

func TestWriterFlushAndClose(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, FormatCSV, WriterOptions{})
	require.NoError(t, err)
	s := sampleSheet(t)
	require.NoError(t, w.Write(s, nil))
	require.NoError(t, w.Flush())
	assert.EqualValues(t, 4, w.Rows(BudgetYears))
	assert.ErrorIs(t, w.Write(&reviewsheet.Sheet{}, nil), ErrNoProjectID)
	require.NoError(t, w.Write(s, nil)) // still usable
	require.NoError(t, w.Close())
	require.NoError(t, w.Close())
	assert.Error(t, w.Write(s, nil))
	assert.EqualValues(t, 8, w.Rows(BudgetYears))
	assert.Equal(t, 2, w.Sheets())
}

// TestParallelWriters: Writers in several goroutines (sharing the zstd
// codec) write the same bytes as one alone.
func TestParallelWriters(t *testing.T) {
	sheets := copies(sampleSheet(t), 6)
	ref := export(t, sheets, FormatParquet, WriterOptions{FlushSheets: 2})
	dirs := make([]string, 4)
	for i := range dirs {
		dirs[i] = t.TempDir()
	}
	var wg sync.WaitGroup
	errs := make([]error, len(dirs))
	for i, dir := range dirs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w, err := NewWriter(dir, FormatParquet, WriterOptions{FlushSheets: 2})
			if err != nil {
				errs[i] = err
				return
			}
			for _, s := range sheets {
				if err := w.Write(s, sampleFindings()); err != nil {
					errs[i] = err
				}
			}
			if err := w.Close(); err != nil {
				errs[i] = err
			}
		}()
	}
	wg.Wait()
	for i, dir := range dirs {
		require.NoError(t, errs[i])
		for _, tb := range Tables() {
			x, err := os.ReadFile(filepath.Join(ref, FileName(tb, FormatParquet)))
			require.NoError(t, err)
			y, err := os.ReadFile(filepath.Join(dir, FileName(tb, FormatParquet)))
			require.NoError(t, err)
			assert.True(t, bytes.Equal(x, y), "%s differs", tb)
		}
	}
}
