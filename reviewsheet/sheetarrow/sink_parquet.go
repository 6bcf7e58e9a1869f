package sheetarrow

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"os"
	"sync"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"
	"github.com/klauspost/compress/zstd"

	"github.com/rsheet/rsheet/reviewsheet/sheettable"
)

// DefaultRowGroupRows is the default maximum number of rows of a Parquet
// row group (DuckDB writes 122,880). A row group is buffered until it is
// full, so this bounds the writer's memory.
const DefaultRowGroupRows = 1 << 17

// dataPageBytes is the Parquet data page size.
const dataPageBytes = 128 << 10

// ParquetOptions configures Parquet output. The zero value writes zstd at
// its default level with row groups of up to DefaultRowGroupRows rows.
type ParquetOptions struct {
	// Uncompressed turns compression off.
	Uncompressed bool
	// ZstdLevel is the zstd level (1–22); 0 means the codec's default.
	ZstdLevel int
	// RowGroupRows caps the rows of a row group; 0 means
	// DefaultRowGroupRows. Batches are buffered into the current row group
	// until it is full, so this also bounds the writer's memory.
	RowGroupRows int64
}

// writerProperties returns the Parquet writer properties of o for t.
func (o ParquetOptions) writerProperties(mem memory.Allocator, t Table) *parquet.WriterProperties {
	rows := o.RowGroupRows
	if rows <= 0 {
		rows = DefaultRowGroupRows
	}
	props := []parquet.WriterProperty{
		parquet.WithAllocator(mem),
		parquet.WithMaxRowGroupLength(rows),
		// Each column keeps an encode and a compress buffer of about a page
		// while its row group is open: 1 MiB pages (the default) cost
		// ~300 MB RSS over the ~100 columns for 5,600 sheets, 128 KiB ~220 MB.
		parquet.WithDataPageSize(dataPageBytes),
		parquet.WithCreatedBy("rsheet (parquet-go v17)"),
		// Parquet dictionary encoding only for the key columns and the
		// dictionary columns. arrow-go v17 writes a column chunk's
		// encoding_stats from a map, so a chunk that falls back from
		// dictionary to plain pages lists them in random order and the
		// file is not byte-identical from run to run. A column falls back
		// when its distinct values pass the 1 MB dictionary page limit
		// (long texts, amounts); the key and dictionary columns, a few
		// thousand distinct values a year, never get there. Every other
		// column is PLAIN, which zstd compresses well.
		parquet.WithDictionaryDefault(false),
	}
	for i, c := range sheettable.TableColumns(t) {
		if c.Type == sheettable.Dict || i < len(sheettable.KeyColumns) {
			props = append(props, parquet.WithDictionaryFor(c.Name, true))
		}
	}
	if !o.Uncompressed {
		props = append(props, parquet.WithCompression(compress.Codecs.Zstd))
		if o.ZstdLevel > 0 {
			props = append(props, parquet.WithCompressionLevel(o.ZstdLevel))
		}
	}
	return parquet.NewWriterProperties(props...)
}

// parquetSink writes a Parquet file.
//
// Dictionary columns are written as plain strings (Parquet dictionary-
// encodes them itself) and the Arrow schema, dictionary types, labels and
// units included, is stored in the file under "ARROW:schema", as
// pqarrow.WithStoreSchema would: pqarrow and pyarrow read the columns
// back as dictionaries. Handing pqarrow the Arrow dictionaries instead
// costs twice: a dictionary that grows between batches makes it fall back
// to plain pages (see writerProperties), and its conversion
// (compute.Take) allocated 2.4 GB for 1,000 sheets.
type parquetSink struct {
	f      io.WriteCloser
	fw     *pqarrow.FileWriter
	mem    memory.Allocator
	schema *arrow.Schema // with dictionary columns as utf8
}

func newParquetSink(path string, t Table, mem memory.Allocator, opts ParquetOptions) (*parquetSink, error) {
	registerZstd()
	f, err := createFile(path)
	if err != nil {
		return nil, err
	}
	s := &parquetSink{f: f, mem: mem, schema: denseSchema(schemas[t])}
	arrProps := pqarrow.NewArrowWriterProperties(pqarrow.WithAllocator(mem))
	fw, err := pqarrow.NewFileWriter(s.schema, f, opts.writerProperties(mem, t), arrProps)
	if err != nil {
		f.Close()
		return nil, err
	}
	s.fw = fw
	if err := fw.AppendKeyValueMetadata("ARROW:schema", serializeSchema(schemas[t], mem)); err != nil {
		s.abort()
		return nil, err
	}
	for _, kv := range labelMetadata(t.String(), t.Description(), sheettable.TableColumns(t)) {
		if err := fw.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
			s.abort()
			return nil, err
		}
	}
	return s, nil
}

// Parquet key/value metadata that readers without Arrow show as it is
// (DuckDB's parquet_kv_metadata, pyarrow's metadata, R's arrow):
//
//	rsheet:table             budget_years
//	rsheet:description       one row per column of the 予算額執行額表 (budget year)
//	rsheet:ja:executed       執行額
//	rsheet:unit:executed     JPY
//
// one rsheet:ja: key per column with a label and one rsheet:unit: key per
// column with a unit, in column order. The same labels are in the Arrow
// schema's field metadata ("ja", "unit"), which only Arrow readers decode.
const (
	MetaKeyTable       = "rsheet:table"
	MetaKeyDescription = "rsheet:description"
	MetaKeyJapanese    = "rsheet:ja:"   // + column name
	MetaKeyUnit        = "rsheet:unit:" // + column name
)

// labelMetadata lists the key/value pairs of the table called name,
// described as about, with columns cols (per-sheet and set-level tables).
func labelMetadata(name, about string, cols []sheettable.Column) [][2]string {
	out := [][2]string{{MetaKeyTable, name}, {MetaKeyDescription, about}}
	for _, c := range cols {
		if c.JA != "" {
			out = append(out, [2]string{MetaKeyJapanese + c.Name, c.JA})
		}
		if c.Unit != "" {
			out = append(out, [2]string{MetaKeyUnit + c.Name, c.Unit})
		}
	}
	return out
}

// denseSchema returns schema with its dictionary fields turned into their
// value type.
func denseSchema(schema *arrow.Schema) *arrow.Schema {
	fields := schema.Fields()
	for i, f := range fields {
		if d, ok := f.Type.(*arrow.DictionaryType); ok {
			fields[i].Type = d.ValueType
		}
	}
	return arrow.NewSchema(fields, nil)
}

// serializeSchema encodes schema as pqarrow stores it: an IPC stream with
// no batches, in base64.
func serializeSchema(schema *arrow.Schema, mem memory.Allocator) string {
	var buf bytes.Buffer
	w := ipc.NewWriter(&buf, ipc.WithSchema(schema), ipc.WithAllocator(mem))
	w.Close()
	return base64.StdEncoding.EncodeToString(buf.Bytes())
}

func (s *parquetSink) write(rec arrow.Record) error {
	cols := make([]arrow.Array, rec.NumCols())
	var made []arrow.Array
	defer func() {
		for _, a := range made {
			a.Release()
		}
	}()
	for i, c := range rec.Columns() {
		cols[i] = c
		if d, ok := c.(*array.Dictionary); ok {
			cols[i] = decodeStrings(s.mem, d)
			made = append(made, cols[i])
		}
	}
	out := array.NewRecord(s.schema, cols, rec.NumRows())
	defer out.Release()
	return s.fw.WriteBuffered(out)
}

// decodeStrings returns the values of a dictionary<_, utf8> array.
func decodeStrings(mem memory.Allocator, d *array.Dictionary) arrow.Array {
	dict := d.Dictionary().(*array.String)
	b := array.NewStringBuilder(mem)
	defer b.Release()
	b.Reserve(d.Len())
	for i := range d.Len() {
		if d.IsNull(i) {
			b.AppendNull()
		} else {
			b.Append(dict.Value(d.GetValueIndex(i)))
		}
	}
	return b.NewArray()
}

func (s *parquetSink) close() error {
	err := s.fw.Close() // closes the file too
	if cerr := s.f.Close(); err == nil && cerr != nil && !errors.Is(cerr, os.ErrClosed) {
		err = cerr
	}
	s.fw, s.f = nil, nil
	return err
}

func (s *parquetSink) abort() {
	if s.fw != nil {
		s.fw.Close()
		s.f.Close()
		s.fw, s.f = nil, nil
	}
}

// arrow-go v17's Parquet zstd codec builds a new zstd encoder for every
// page it compresses (compress.zstdCodec.EncodeLevel): exporting 1,000
// sample sheets allocated 1.9 GB of encoder state and spent most of its
// time there. registerZstd replaces it (compress.RegisterCodec, the
// library's way to change a codec) with one that keeps one encoder per
// level and reuses it (zstd.Encoder.EncodeAll is safe for concurrent use).
// The encoder options are those of v17 (WithZeroFrames, the same level
// mapping), so the bytes written are the same; reading is delegated to
// the original codec unchanged.
//
// Importing the package changes nothing: the codec is replaced once, by
// the first Parquet sink a Writer opens (newParquetSink), and stays
// replaced for the life of the process.
func registerZstd() { zstdOnce.Do(registerZstdNow) }

var zstdOnce sync.Once

func registerZstdNow() {
	base, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		return
	}
	if _, ok := base.(*reusedZstd); ok {
		return
	}
	compress.RegisterCodec(compress.Codecs.Zstd, &reusedZstd{Codec: base})
}

type reusedZstd struct {
	compress.Codec // NewReader, NewWriter, NewWriterLevel, CompressBound, Decode

	mu   sync.Mutex
	encs map[zstd.EncoderLevel]*zstd.Encoder
}

func (z *reusedZstd) encoder(level int) *zstd.Encoder {
	l := zstd.SpeedDefault
	if level != compress.DefaultCompressionLevel {
		l = zstd.EncoderLevelFromZstd(level)
	}
	z.mu.Lock()
	defer z.mu.Unlock()
	if e, ok := z.encs[l]; ok {
		return e
	}
	e, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(l))
	if err != nil {
		panic(err) // only invalid options fail
	}
	if z.encs == nil {
		z.encs = make(map[zstd.EncoderLevel]*zstd.Encoder)
	}
	z.encs[l] = e
	return e
}

// Encode compresses src at the default level.
func (z *reusedZstd) Encode(dst, src []byte) []byte {
	return z.encoder(compress.DefaultCompressionLevel).EncodeAll(src, dst[:0])
}

// EncodeLevel compresses src at level.
func (z *reusedZstd) EncodeLevel(dst, src []byte, level int) []byte {
	return z.encoder(level).EncodeAll(src, dst[:0])
}
