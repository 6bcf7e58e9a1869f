package sheetarrow

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/crossproject"
)

func crossRecords(t *testing.T) ([]SetRecord, *crossproject.Result) {
	t.Helper()
	a := crossproject.New()
	require.NoError(t, a.Add(sampleSheet(t)))
	res, err := a.Result()
	require.NoError(t, err)
	mem := memory.NewCheckedAllocator(memory.DefaultAllocator)
	recs, err := CrossRecords(mem, res)
	require.NoError(t, err)
	t.Cleanup(func() {
		for _, r := range recs {
			r.Record.Release()
		}
		mem.AssertSize(t, 0)
	})
	return recs, res
}

func TestCrossRecords(t *testing.T) {
	recs, res := crossRecords(t)
	require.Len(t, recs, len(CrossTables()))
	rows := map[string]int64{}
	for i, r := range recs {
		assert.Same(t, CrossTables()[i], r.Table)
		assert.Equal(t, len(r.Table.Columns), int(r.Record.NumCols()), r.Table.Name)
		rows[r.Table.Name] = r.Record.NumRows()
		for _, f := range r.Record.Schema().Fields() {
			ja, ok := f.Metadata.GetValue(MetaJapanese)
			assert.True(t, ok && ja != "", "%s.%s has a Japanese label", r.Table.Name, f.Name)
		}
	}
	assert.Equal(t, int64(len(res.Entities)), rows["entities"])
	assert.Equal(t, int64(len(res.Payments)), rows["entity_payments"])
	assert.Equal(t, int64(len(res.Contracts)), rows["contracts"])
	assert.Equal(t, int64(len(res.Projects)), rows["project_years"])
	assert.Equal(t, int64(1), rows["summary_ministry"])
	assert.Equal(t, int64(len(res.ByMinistry)+len(res.ByMethod)), rows["summary_contracts"])
	// the sample's 岐阜県 row as written in entity_payments
	pay := recs[2].Record
	found := false
	for i := range int(pay.NumRows()) {
		if v := value(pay.Column(9), i); v == "lg:210005" && value(pay.Column(3), i) == "recipients" {
			found = true
			assert.Equal(t, int64(3_672_000), value(pay.Column(12), i))
			assert.Equal(t, "direct", value(pay.Column(6), i))
			assert.Equal(t, "4000020210005", value(pay.Column(8), i))
		}
	}
	assert.True(t, found)
}

func TestWriteSetTables(t *testing.T) {
	recs, _ := crossRecords(t)
	for _, f := range []Format{FormatParquet, FormatIPC, FormatCSV} {
		dir := t.TempDir()
		require.NoError(t, WriteSetTables(dir, f, recs, WriterOptions{}))
		ents, err := os.ReadDir(dir)
		require.NoError(t, err)
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		want := []string{}
		for _, tb := range CrossTables() {
			want = append(want, SetFileName(tb, f))
		}
		assert.ElementsMatch(t, want, names, "no temporary file left")
		require.NoError(t, CheckSetOutputDir(dir, f, CrossTables()))

		path := filepath.Join(dir, SetFileName(EntitiesTable, f))
		switch f {
		case FormatParquet:
			rdr, err := file.OpenParquetFile(path, false)
			require.NoError(t, err)
			md := rdr.MetaData().KeyValueMetadata()
			require.NotNil(t, md.FindValue(MetaKeyTable))
			assert.Equal(t, "entities", *md.FindValue(MetaKeyTable))
			assert.Equal(t, "法人番号", *md.FindValue(MetaKeyJapanese + "corporate_number"))
			fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
			require.NoError(t, err)
			tbl, err := fr.ReadTable(context.Background())
			require.NoError(t, err)
			assert.Equal(t, recs[0].Record.NumRows(), tbl.NumRows())
			tbl.Release()
			rdr.Close()
		case FormatIPC:
			fh, err := os.Open(path)
			require.NoError(t, err)
			r, err := ipc.NewFileReader(fh)
			require.NoError(t, err)
			assert.Equal(t, 1, r.NumRecords())
			rec, err := r.Record(0)
			require.NoError(t, err)
			assert.Equal(t, recs[0].Record.NumRows(), rec.NumRows())
			r.Close()
			fh.Close()
		case FormatCSV:
			fh, err := os.Open(path)
			require.NoError(t, err)
			rows, err := csv.NewReader(fh).ReadAll()
			fh.Close()
			require.NoError(t, err)
			assert.Equal(t, "entity_key", rows[0][0])
			assert.Len(t, rows, int(recs[0].Record.NumRows())+1)
		}
	}
}

// A table that cannot be written leaves no file of a final name and no
// temporary file, and an earlier output untouched.
func TestWriteSetTablesAtomic(t *testing.T) {
	recs, _ := crossRecords(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "entities.csv"), []byte("earlier\n"), 0o644))
	err := WriteSetTables(dir, Format(99), recs, WriterOptions{})
	require.Error(t, err)
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, ents, 1)
	b, err := os.ReadFile(filepath.Join(dir, "entities.csv"))
	require.NoError(t, err)
	assert.Equal(t, "earlier\n", string(b))

	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644))
	err = CheckSetOutputDir(dir, FormatCSV, CrossTables())
	require.ErrorIs(t, err, ErrForeignFiles)
	assert.True(t, strings.Contains(err.Error(), "notes.txt"))
}
