package rscsv

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"unsafe"

	kflate "github.com/klauspost/compress/flate"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Warning is a non-fatal remark about an input: a column the importer
// does not know (reported once per file and column), a file that is not an
// RS table, … Warnings never stop an import.
type Warning struct {
	File    string `json:"file"`
	Column  string `json:"column,omitempty"`
	Message string `json:"message"`
}

func (w Warning) String() string {
	if w.Column != "" {
		return fmt.Sprintf("%s: column %q: %s", w.File, w.Column, w.Message)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Message)
}

// input is one CSV: a file on disk or a member of a ZIP.
type input struct {
	name string // display name: "x.csv" or "x.zip/x.csv"
	spec *tableSpec
	size int64 // uncompressed bytes, to schedule large files first
	open func() (io.ReadCloser, error)
}

// discover expands paths (ZIPs, CSVs, directories) into the RS CSVs they
// hold, in a deterministic order. A directory contributes every RS file
// in it (not recursively); a file named on its own must be an RS table.
func discover(paths []string) ([]*input, []Warning, error) {
	var ins []*input
	var warns []Warning
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, nil, err
		}
		if st.IsDir() {
			ents, err := os.ReadDir(p)
			if err != nil {
				return nil, nil, err
			}
			for _, e := range ents {
				n := e.Name()
				if e.IsDir() || !IsTableFile(n) {
					continue
				}
				more, w, err := discoverFile(filepath.Join(p, n))
				if err != nil {
					return nil, nil, err
				}
				ins, warns = append(ins, more...), append(warns, w...)
			}
			continue
		}
		more, w, err := discoverFile(p)
		if err != nil {
			return nil, nil, err
		}
		if len(more) == 0 {
			return nil, nil, &reviewsheet.Error{File: p, Err: fmt.Errorf("%w: no RS table (file names start with the table number, e.g. 2-1_)", reviewsheet.ErrMissing)}
		}
		ins, warns = append(ins, more...), append(warns, w...)
	}
	sort.SliceStable(ins, func(i, j int) bool {
		if ins[i].spec.ID != ins[j].spec.ID {
			return ins[i].spec.ID < ins[j].spec.ID
		}
		return ins[i].name < ins[j].name
	})
	return ins, warns, nil
}

func discoverFile(p string) ([]*input, []Warning, error) {
	if strings.EqualFold(filepath.Ext(p), ".zip") {
		zr, err := zip.OpenReader(p)
		if err != nil {
			return nil, nil, &reviewsheet.Error{File: p, Err: fmt.Errorf("open zip: %w", err)}
		}
		defer zr.Close()
		var ins []*input
		var warns []Warning
		seen := make(map[string]bool, len(zr.File))
		for _, f := range zr.File {
			if err := checkMember(p, f); err != nil {
				return nil, nil, err
			}
			if seen[strings.ToLower(f.Name)] {
				warns = append(warns, Warning{File: p + "/" + f.Name, Message: "duplicate ZIP member; only the first is read"})
				continue
			}
			seen[strings.ToLower(f.Name)] = true
			if f.FileInfo().IsDir() || !strings.EqualFold(filepath.Ext(f.Name), ".csv") {
				continue
			}
			spec := tableOf(f.Name)
			if spec == nil {
				warns = append(warns, Warning{File: p + "/" + f.Name, Message: "not an RS table; skipped"})
				continue
			}
			ins = append(ins, &input{name: p + "/" + f.Name, spec: spec, size: int64(f.UncompressedSize64), open: zipOpener(p, f.Name)})
		}
		return ins, warns, nil
	}
	spec := tableOf(p)
	if spec == nil {
		return nil, nil, nil
	}
	var size int64
	if st, err := os.Stat(p); err == nil {
		size = st.Size()
	}
	return []*input{{name: p, spec: spec, size: size, open: func() (io.ReadCloser, error) { return os.Open(p) }}}, nil, nil
}

// inflate is the Deflate decompressor of ZIP members: klauspost's, which
// inflates the RS CSVs about twice as fast as compress/flate.
func inflate(r io.Reader) io.ReadCloser { return kflate.NewReader(r) }

// zipOpener reads a ZIP member without unpacking it to disk.
func zipOpener(zipPath, member string) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) {
		zr, err := zip.OpenReader(zipPath)
		if err != nil {
			return nil, err
		}
		zr.RegisterDecompressor(zip.Deflate, inflate)
		f, err := zr.Open(member)
		if err != nil {
			zr.Close()
			return nil, err
		}
		return &multiCloser{Reader: f, closers: []io.Closer{f, zr}}, nil
	}
}

type multiCloser struct {
	io.Reader
	closers []io.Closer
}

func (m *multiCloser) Close() error {
	var errs []error
	for _, c := range m.closers {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// header is the column layout of one file.
type header struct {
	names []string
	idx   map[string]int
	dups  [][2]int // columns (0-based) that repeat an earlier column's name
	// byAddr indexes the file's columns under the address of the name
	// constants the mapping asks for (see indexConstants).
	byAddr map[strAddr]int
}

// strAddr identifies a string by where its bytes are and how many there
// are: two strings with the same strAddr are the same string. The
// mapping asks for columns by name constants, whose bytes the linker
// stores once, so col finds them by address (two words hashed) before
// trying the name: the lookups by name were 8% of an import of the 2024
// set, by address they take about half as long.
type strAddr struct {
	p *byte
	n int
}

func addrOf(s string) strAddr { return strAddr{unsafe.StringData(s), len(s)} }

// indexConstants fills byAddr from the column names of spec (and the
// shared columns) that the file has. It runs before the header is shared
// between goroutines, which then only read it.
func (h *header) indexConstants(spec *tableSpec) {
	h.byAddr = make(map[strAddr]int)
	for _, list := range [][]string{commonColumns, {colYear, colID}, spec.Required, spec.Known} {
		for _, c := range list {
			if i, ok := h.idx[c]; ok {
				h.byAddr[addrOf(c)] = i
			}
		}
	}
}

// newHeader indexes the column names; a name that repeats keeps its first
// column and is listed in dups.
func newHeader(names []string) *header {
	names = append([]string(nil), names...)
	h := &header{names: names, idx: make(map[string]int, len(names))}
	for i, n := range names {
		n = strings.TrimSpace(n)
		names[i] = n
		if j, dup := h.idx[n]; dup {
			h.dups = append(h.dups, [2]int{j, i})
			continue
		}
		h.idx[n] = i
	}
	return h
}

// col returns the column of name, -1 when the file has none.
func (h *header) col(name string) int {
	if i, ok := h.byAddr[addrOf(name)]; ok {
		return i
	}
	if i, ok := h.idx[name]; ok {
		return i
	}
	return -1
}

// readHeader reads the first record of in and checks it against the
// table: a missing required column is an error naming file and column;
// an unknown column is a Warning.
// A file in another encoding than UTF-8 is a Warning naming it.
func readHeader(in *input, lim Limits) (*header, []Warning, error) {
	cs, err := openCSV(in, lim, nil)
	if err != nil {
		return nil, nil, err
	}
	defer cs.Close()
	h, warns, err := checkHeader(in, cs)
	if err == nil && cs.enc != encUTF8 {
		warns = append([]Warning{{File: in.name, Message: "encoded as " + cs.enc + ", not UTF-8; converted"}}, warns...)
	}
	return h, warns, err
}

func checkHeader(in *input, cs *csvStream) (*header, []Warning, error) {
	names, err := cs.read()
	if err != nil {
		if err == io.EOF {
			err = fmt.Errorf("%w: empty file, no header", reviewsheet.ErrMissing)
		}
		return nil, nil, asLineError(in.name, 1, err)
	}
	h := newHeader(names)
	h.indexConstants(in.spec)
	var errs reviewsheet.ErrorList
	// A column the importer reads that appears twice: which copy holds
	// the value cannot be told. (A repeated unknown column is only warned
	// about below, like any unknown column.)
	for _, d := range h.dups {
		if n := h.names[d[1]]; in.spec.Knows(n) || n == colYear || n == colID {
			errs.Add(&reviewsheet.Error{File: in.name, Line: 1, Column: d[1] + 1, Label: n,
				Err: fmt.Errorf("%w: columns %d and %d are both named %q", reviewsheet.ErrConflict, d[0]+1, d[1]+1, n)})
		}
	}
	for _, c := range append([]string{colYear, colID}, in.spec.Required...) {
		if h.col(c) < 0 {
			errs.Add(&reviewsheet.Error{File: in.name, Line: 1, Label: c,
				Err: fmt.Errorf("%w: required column %q of table %s", reviewsheet.ErrMissing, c, in.spec.ID)})
		}
	}
	if len(errs) > 0 {
		return nil, nil, errs
	}
	var warns []Warning
	seen := map[string]bool{}
	for _, n := range h.names {
		if !in.spec.Knows(n) && !seen[n] {
			seen[n] = true
			warns = append(warns, Warning{File: in.name, Column: n, Message: "unknown column of table " + in.spec.ID + "; not imported"})
		}
	}
	return h, warns, nil
}

// key identifies one sheet: (事業年度, 予算事業ID).
type key struct {
	Year int
	ID   string
}

func (k key) less(o key) bool {
	if k.Year != o.Year {
		return k.Year < o.Year
	}
	if len(k.ID) != len(o.ID) {
		return len(k.ID) < len(o.ID)
	}
	return k.ID < o.ID
}

// record is one data row as decoded. Its cells are stored as one string
// (the cells concatenated) and their end offsets in the table's shared,
// pointer-free ends slice: two allocations per row instead of one per
// cell, and little for the garbage collector to scan.
type record struct {
	s    string
	off  int32 // index of the row's first end offset in table.ends
	line int32 // 1-based line on which the row starts
	// blank: every column beyond the shared ones is empty (the
	// placeholder row a table holds for a project with nothing to list).
	blank bool
}

// table is one decoded file: its rows grouped by sheet.
type table struct {
	in   *input
	h    *header
	rows map[key][]record
	ends []uint32 // cell end offsets of every row, len(h.names) per row
}

// cell returns cell i of r.
func (t *table) cell(r *record, i int) string {
	n := len(t.h.names)
	if i < 0 || i >= n {
		return ""
	}
	ends := t.ends[int(r.off) : int(r.off)+n]
	start := uint32(0)
	if i > 0 {
		start = ends[i-1]
	}
	return r.s[start:ends[i]]
}

// add stores the cells f (padded to the header) as a record.
func (t *table) add(k key, f []string, line int, blank bool) {
	s, ok := joined(f)
	if !ok {
		n := 0
		for _, v := range f {
			n += len(v)
		}
		var b strings.Builder
		b.Grow(n)
		for _, v := range f {
			b.WriteString(v)
		}
		s = b.String()
	}
	off := len(t.ends)
	end := 0
	for i := 0; i < len(t.h.names); i++ {
		if i < len(f) {
			end += len(f[i])
		}
		t.ends = append(t.ends, uint32(end))
	}
	t.rows[k] = append(t.rows[k], record{s: s, off: int32(off), line: int32(line), blank: blank})
}

// joined returns the cells f concatenated, without copying them, when
// they already lie one after the other in memory, as in a record of
// encoding/csv (its cells are slices of one string it allocates per
// record, which the table then keeps instead of a copy). ok is false when
// they do not (cells from elsewhere): the caller copies. Every non-empty
// cell's address is checked, so nothing depends on how encoding/csv
// builds its strings.
func joined(f []string) (s string, ok bool) {
	var base *byte
	n := 0
	for _, v := range f {
		if len(v) == 0 {
			continue
		}
		p := unsafe.StringData(v)
		if base == nil {
			base = p
		} else if p != (*byte)(unsafe.Add(unsafe.Pointer(base), n)) {
			return "", false
		}
		n += len(v)
	}
	if n == 0 {
		return "", true
	}
	return unsafe.String(base, n), true
}

// decode reads every row of in, grouping rows by (事業年度, 予算事業ID).
// Row-level problems (a bad year or ID, a row longer than the header) are
// returned as errors and the row is skipped; an I/O or CSV syntax error
// stops the file.
//
// Past a limit (see Limits) the file stops with an error wrapping
// ErrLimit: nothing more is read from it.
func decode(in *input, lim Limits, total *atomic.Int64) (*table, reviewsheet.ErrorList, error) {
	rr, err := openRows(in, lim, total)
	if err != nil {
		return nil, nil, err
	}
	defer rr.Close()
	// About 2 KB of CSV per sheet and table in the 2024 set.
	t := &table{in: in, h: rr.h, rows: make(map[key][]record, min(8192, in.size/2048+16))}
	for {
		k, f, line, blank, err := rr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		if n := len(t.rows[k]); n >= lim.RowsPerProject {
			return nil, nil, rowsLimit(in, line, k, lim)
		} else if n == 0 && len(t.rows) >= lim.Projects {
			return nil, nil, projectsLimit(in, line, lim)
		}
		t.add(k, f, line, blank)
	}
	return t, rr.errs, nil
}

// asLineError positions a read error: a CSV syntax error at its line and
// column, a limit error (from the guards) at the record's line, any other
// error at line.
func asLineError(name string, line int, err error) *reviewsheet.Error {
	var pe *csv.ParseError
	if errors.As(err, &pe) && !errors.Is(err, ErrLimit) {
		return &reviewsheet.Error{File: name, Line: pe.Line, Column: pe.Column, Err: fmt.Errorf("%w: %v", reviewsheet.ErrSyntax, pe.Err)}
	}
	var re *reviewsheet.Error
	if errors.As(err, &re) {
		if re.Line == 0 {
			re.Line = line
		}
		return re
	}
	return &reviewsheet.Error{File: name, Line: line, Err: err}
}

// IsTableFile reports whether a file name is an RS table by its number
// prefix ("2-1_….zip", "5-1_….csv").
func IsTableFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".csv" || ext == ".zip") && tableOf(name) != nil
}

// Detect reports whether path is an input Open takes: an RS table file
// (IsTableFile) or a directory holding at least one. It reads names only.
func Detect(path string) bool {
	st, err := os.Stat(path)
	if err != nil {
		return false
	}
	if !st.IsDir() {
		return IsTableFile(path)
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if !e.IsDir() && IsTableFile(e.Name()) {
			return true
		}
	}
	return false
}
