package sheetarrow

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// fullDisk is an output file that accepts limit bytes, then fails as a
// full disk does (part of the last write may have reached the file).
type fullDisk struct {
	f     *os.File
	limit int
}

func (d *fullDisk) Write(p []byte) (int, error) {
	if len(p) <= d.limit {
		d.limit -= len(p)
		return d.f.Write(p)
	}
	n, _ := d.f.Write(p[:d.limit])
	d.limit = 0
	return n, &os.PathError{Op: "write", Path: d.f.Name(), Err: syscall.ENOSPC}
}

func (d *fullDisk) Close() error { return d.f.Close() }

// withFullDisk makes every output file fail after limit bytes.
func withFullDisk(t *testing.T, limit int) {
	old := createFile
	t.Cleanup(func() { createFile = old })
	createFile = func(path string) (io.WriteCloser, error) {
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		return &fullDisk{f: f, limit: limit}, nil
	}
}

// snapshot reads every file of dir by name.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = b
	}
	return out
}

// TestFullDiskLeavesEarlierOutput: a write that fails part-way (a full
// disk) leaves no file that looks whole: the tables of an earlier run are
// untouched and no temporary file remains, in every format.
func TestFullDiskLeavesEarlierOutput(t *testing.T) {
	s := sampleSheet(t)
	for _, format := range []Format{FormatCSV, FormatParquet, FormatIPC} {
		t.Run(format.String(), func(t *testing.T) {
			dir := export(t, []*reviewsheet.Sheet{s}, format, WriterOptions{})
			before := snapshot(t, dir)
			require.Len(t, before, int(numTables))

			withFullDisk(t, 2048)
			w, err := NewWriter(dir, format, WriterOptions{FlushSheets: 1})
			require.NoError(t, err)
			var werr error
			for range 20 {
				if werr = w.Write(s, sampleFindings()); werr != nil {
					break
				}
			}
			cerr := w.Close()
			err = errors.Join(werr, cerr)
			require.Error(t, err)
			assert.ErrorIs(t, err, syscall.ENOSPC)
			assert.Equal(t, before, snapshot(t, dir), "earlier tables replaced or temporary files left")
		})
	}
}

// TestDiscard: a discarded run removes its temporary files and keeps the
// earlier tables; a new directory gets no table at all.
func TestDiscard(t *testing.T) {
	s := sampleSheet(t)
	dir := export(t, []*reviewsheet.Sheet{s}, FormatCSV, WriterOptions{})
	before := snapshot(t, dir)
	w, err := NewWriter(dir, FormatCSV, WriterOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(s, nil))
	w.Discard()
	assert.Error(t, w.Close())
	assert.Equal(t, before, snapshot(t, dir))

	fresh := filepath.Join(t.TempDir(), "out")
	w, err = NewWriter(fresh, FormatParquet, WriterOptions{})
	require.NoError(t, err)
	w.Discard()
	assert.Empty(t, snapshot(t, fresh))
}

func TestCheckOutputDir(t *testing.T) {
	assert.NoError(t, CheckOutputDir(filepath.Join(t.TempDir(), "new"), FormatCSV))
	dir := export(t, []*reviewsheet.Sheet{sampleSheet(t)}, FormatCSV, WriterOptions{})
	assert.NoError(t, CheckOutputDir(dir, FormatCSV), "an earlier export of the format")
	err := CheckOutputDir(dir, FormatParquet)
	require.ErrorIs(t, err, ErrForeignFiles, "tables of another format are other files")
	assert.True(t, strings.Contains(err.Error(), "budget_items.csv"), err.Error())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x"), nil, 0o644))
	assert.ErrorIs(t, CheckOutputDir(dir, FormatCSV), ErrForeignFiles)
	f := filepath.Join(dir, "x")
	err = CheckOutputDir(f, FormatCSV)
	assert.Error(t, err)
	assert.NotErrorIs(t, err, ErrForeignFiles)
}

// TestCSVFormulaNeutralised: text cells that a spreadsheet would run as a
// formula get a leading apostrophe; numbers (negative too) stay numbers;
// Raw writes the text as it is.
func TestCSVFormulaNeutralised(t *testing.T) {
	s := sampleSheet(t)
	s.Name = "=HYPERLINK(\"http://x\",\"y\")"
	neg := int64(-5_000_000)
	s.Budget.Years[0].Supplementary = &neg
	cell := func(dir, table, col string) string {
		head, rows := readCSV(t, filepath.Join(dir, table+".csv"))
		for j, c := range head {
			if c == col {
				return rows[0][j]
			}
		}
		t.Fatalf("no column %s in %s", col, table)
		return ""
	}
	dir := export(t, []*reviewsheet.Sheet{s}, FormatCSV, WriterOptions{})
	assert.Equal(t, "'"+s.Name, cell(dir, "sheets", "name"))
	assert.Equal(t, "-5000000", cell(dir, "budget_years", "supplementary"))
	raw := export(t, []*reviewsheet.Sheet{s}, FormatCSV, WriterOptions{CSV: CSVOptions{Raw: true}})
	assert.Equal(t, s.Name, cell(raw, "sheets", "name"))

	for in, want := range map[string]string{"+1": "'+1", "-x": "'-x", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx",
		"\rx": "\"'\rx\"", "a=b": "a=b", "": `""`, "円": "円"} {
		assert.Equal(t, want, string(appendCSVText(nil, in)), "%q", in)
	}
}

// TestParquetLabels: the Japanese label and unit of every column are in
// the Parquet file's own key/value metadata, where readers without Arrow
// (DuckDB's parquet_kv_metadata) find them.
func TestParquetLabels(t *testing.T) {
	dir := export(t, []*reviewsheet.Sheet{sampleSheet(t)}, FormatParquet, WriterOptions{})
	for _, tb := range Tables() {
		r, err := file.OpenParquetFile(filepath.Join(dir, FileName(tb, FormatParquet)), false)
		require.NoError(t, err)
		kv := r.MetaData().KeyValueMetadata()
		get := func(k string) string {
			v := kv.FindValue(k)
			if v == nil {
				return ""
			}
			return *v
		}
		assert.Equal(t, tb.String(), get(MetaKeyTable))
		assert.Equal(t, tb.Description(), get(MetaKeyDescription))
		for _, f := range Schema(tb).Fields() {
			ja, _ := f.Metadata.GetValue(MetaJapanese)
			unit, _ := f.Metadata.GetValue(MetaUnit)
			assert.Equal(t, ja, get(MetaKeyJapanese+f.Name), "%s.%s", tb, f.Name)
			assert.Equal(t, unit, get(MetaKeyUnit+f.Name), "%s.%s", tb, f.Name)
		}
		r.Close()
	}
	r, err := file.OpenParquetFile(filepath.Join(dir, "budget_years.parquet"), false)
	require.NoError(t, err)
	defer r.Close()
	assert.Equal(t, "執行額", *r.MetaData().KeyValueMetadata().FindValue("rsheet:ja:executed"))
	assert.Equal(t, "JPY", *r.MetaData().KeyValueMetadata().FindValue("rsheet:unit:executed"))
}
