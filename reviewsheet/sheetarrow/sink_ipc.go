package sheetarrow

import (
	"bufio"
	"errors"
	"io"
	"os"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/apache/arrow/go/v17/arrow/memory"
)

// IPCOptions configures Arrow IPC output.
type IPCOptions struct {
	// Zstd compresses the record batch buffers with zstd. Off by default:
	// not every reader (older DuckDB arrow extensions among them)
	// understands compressed IPC.
	Zstd bool
}

// ipcSink writes an Arrow IPC file.
//
// The IPC file format allows one dictionary per field (arrow-go v17
// rejects replacements and deltas in files), while a Writer's dictionary
// columns grow batch by batch. Because a Builder's dictionaries only ever
// append, the last batch's dictionary is a superset of every earlier one
// with the same indices. So: a single batch is written straight to the
// file; from the second batch on, batches are spooled to an IPC stream
// (which carries dictionary deltas) next to the file, and close copies
// them into the file, each batch with the final dictionary.
type ipcSink struct {
	path  string
	t     Table
	mem   memory.Allocator
	opts  IPCOptions
	first arrow.Record // the only batch so far, retained

	spoolPath string
	spool     *os.File
	spoolBuf  *bufio.Writer
	sw        *ipc.Writer
	// dicts are the dictionaries of the last batch, by field (nil for
	// plain fields), retained.
	dicts []arrow.Array
	// final are the dictionaries written to the file (Go memory).
	final []arrow.Array
}

func newIPCSink(path string, t Table, mem memory.Allocator, opts IPCOptions) (*ipcSink, error) {
	// Create the file now so that errors (a bad directory) show early.
	f, err := createFile(path)
	if err != nil {
		return nil, err
	}
	f.Close()
	return &ipcSink{path: path, t: t, mem: mem, opts: opts, spoolPath: path + ".spool"}, nil
}

func (s *ipcSink) ipcOptions(extra ...ipc.Option) []ipc.Option {
	o := []ipc.Option{ipc.WithSchema(schemas[s.t]), ipc.WithAllocator(s.mem)}
	if s.opts.Zstd {
		o = append(o, ipc.WithZstd())
	}
	return append(o, extra...)
}

func (s *ipcSink) write(rec arrow.Record) error {
	if s.first == nil && s.sw == nil {
		rec.Retain()
		s.first = rec
		return nil
	}
	if s.sw == nil {
		f, err := os.Create(s.spoolPath)
		if err != nil {
			return err
		}
		s.spool = f
		s.spoolBuf = bufio.NewWriterSize(f, ipcBuffer)
		s.sw = ipc.NewWriter(s.spoolBuf, s.ipcOptions(ipc.WithDictionaryDeltas(true))...)
		err = s.sw.Write(s.first)
		s.first.Release()
		s.first = nil
		if err != nil {
			return err
		}
	}
	if err := s.sw.Write(rec); err != nil {
		return err
	}
	s.keepDicts(rec)
	return nil
}

// keepDicts retains the dictionaries of rec in place of the previous ones.
func (s *ipcSink) keepDicts(rec arrow.Record) {
	if s.dicts == nil {
		s.dicts = make([]arrow.Array, rec.NumCols())
	}
	for i, c := range rec.Columns() {
		d, ok := c.(*array.Dictionary)
		if !ok {
			continue
		}
		if s.dicts[i] != nil {
			s.dicts[i].Release()
		}
		s.dicts[i] = d.Dictionary()
		s.dicts[i].Retain()
	}
}

func (s *ipcSink) close() (err error) {
	defer s.abort()
	f, err := createFile(s.path)
	if err != nil {
		return err
	}
	bw := &seekBuffer{w: bufio.NewWriterSize(f, ipcBuffer)}
	defer func() {
		if ferr := bw.w.Flush(); err == nil {
			err = ferr
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	fw, err := ipc.NewFileWriter(bw, s.ipcOptions()...)
	if err != nil {
		return err
	}
	switch {
	case s.first != nil:
		s.keepDicts(s.first)
		err = s.writeFinal(fw, s.first)
	case s.sw != nil:
		err = s.copySpool(fw)
	}
	if cerr := fw.Close(); err == nil {
		err = cerr
	}
	return err
}

// copySpool copies the spooled batches into fw.
func (s *ipcSink) copySpool(fw *ipc.FileWriter) error {
	if err := s.sw.Close(); err != nil {
		return err
	}
	s.sw = nil
	if err := s.spoolBuf.Flush(); err != nil {
		return err
	}
	if _, err := s.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	r, err := ipc.NewReader(bufio.NewReaderSize(s.spool, ipcBuffer), ipc.WithAllocator(s.mem))
	if err != nil {
		return err
	}
	defer r.Release()
	for r.Next() {
		if err := s.writeFinal(fw, r.Record()); err != nil {
			return err
		}
	}
	return r.Err()
}

// writeFinal writes rec to fw with every dictionary column pointing at
// the final dictionary.
//
// arrow-go v17's ipc.FileWriter retains each dictionary it writes and
// never releases it (128 B per dictionary column and file on a
// CheckedAllocator; fixed in v18.8). So that the leak never lands on the
// caller's allocator, the final dictionaries are copied once into Go
// memory (memory.NewGoAllocator), which the garbage collector reclaims
// with the writer.
func (s *ipcSink) writeFinal(fw *ipc.FileWriter, rec arrow.Record) error {
	if s.final == nil {
		s.final = make([]arrow.Array, len(s.dicts))
		for i, d := range s.dicts {
			if d != nil {
				s.final[i] = goCopyStrings(d)
			}
		}
	}
	schema := schemas[s.t]
	cols := make([]arrow.Array, rec.NumCols())
	var made []arrow.Array
	defer func() {
		for _, a := range made {
			a.Release()
		}
	}()
	for i, c := range rec.Columns() {
		cols[i] = c
		if s.final[i] == nil {
			continue
		}
		d, ok := c.(*array.Dictionary)
		if !ok {
			return errors.New("sheetarrow: spooled column lost its dictionary")
		}
		nd := array.NewDictionaryArray(schema.Field(i).Type, d.Indices(), s.final[i])
		made = append(made, nd)
		cols[i] = nd
	}
	out := array.NewRecord(schema, cols, rec.NumRows())
	defer out.Release()
	return fw.Write(out)
}

// goCopyStrings copies a string array into Go-managed memory.
func goCopyStrings(a arrow.Array) arrow.Array {
	s := a.(*array.String)
	b := array.NewStringBuilder(memory.NewGoAllocator())
	defer b.Release()
	b.Reserve(s.Len())
	b.ReserveData(len(s.ValueBytes()))
	for i := range s.Len() {
		if s.IsNull(i) {
			b.AppendNull()
		} else {
			b.Append(s.Value(i))
		}
	}
	return b.NewArray()
}

// ipcBuffer is the buffer size of IPC file writes: the IPC writers write
// every buffer and its padding separately.
const ipcBuffer = 256 << 10

// seekBuffer gives a buffered writer the Seek that ipc.NewFileWriter
// calls once, to learn the start position; it supports only
// Seek(0, io.SeekCurrent).
type seekBuffer struct {
	w   *bufio.Writer
	pos int64
}

func (b *seekBuffer) Write(p []byte) (int, error) {
	n, err := b.w.Write(p)
	b.pos += int64(n)
	return n, err
}

func (b *seekBuffer) Seek(offset int64, whence int) (int64, error) {
	if offset != 0 || whence != io.SeekCurrent {
		return 0, errors.New("sheetarrow: buffered IPC output cannot seek")
	}
	return b.pos, nil
}

// abort releases everything and removes the spool.
func (s *ipcSink) abort() {
	if s.first != nil {
		s.first.Release()
		s.first = nil
	}
	if s.sw != nil {
		s.sw.Close()
		s.sw = nil
	}
	if s.spool != nil {
		s.spool.Close()
		os.Remove(s.spoolPath)
		s.spool = nil
	}
	for _, ds := range [][]arrow.Array{s.dicts, s.final} {
		for i, d := range ds {
			if d != nil {
				d.Release()
				ds[i] = nil
			}
		}
	}
}
