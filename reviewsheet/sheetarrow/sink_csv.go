package sheetarrow

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
)

// CSVOptions configures CSV output. The zero value writes RFC 4180 CSV:
// UTF-8 without a byte order mark, a header row of the column names,
// CRLF line ends.
//
// Cells: a null is an empty unquoted cell; an empty string is "" (quoted)
// so that readers which tell them apart (DuckDB) can; numbers are plain
// decimals (no exponent, full precision); booleans are true/false.
// Fields holding a comma, a double quote, CR or LF are quoted, with
// quotes doubled; line breaks inside text are kept as they are.
//
// Formula injection: spreadsheets run a cell that begins with =, +, -, @,
// a tab or a CR as a formula. A text cell (never a number) that begins
// with one of them is written with a leading apostrophe ('=HYPERLINK(…)
// becomes '=HYPERLINK(…)), which spreadsheets show as text and hide;
// numbers, including negative amounts, stay numbers. Raw turns this off
// for readers that are not spreadsheets.
type CSVOptions struct {
	// Raw writes text cells exactly as they are, without the apostrophe
	// that neutralises formulas.
	Raw bool
	// BOM starts each file with a UTF-8 byte order mark, which Excel needs
	// to recognise UTF-8 (it otherwise assumes Shift_JIS on Japanese
	// Windows). DuckDB, pandas and R read either.
	BOM bool
	// LF ends lines with LF instead of CRLF.
	LF bool
}

// csvSink writes a CSV file.
type csvSink struct {
	f   io.WriteCloser
	w   *bufio.Writer
	eol string
	raw bool
	buf []byte
}

func newCSVSink(path string, t Table, opts CSVOptions) (*csvSink, error) {
	f, err := createFile(path)
	if err != nil {
		return nil, err
	}
	s := &csvSink{f: f, w: bufio.NewWriterSize(f, 256<<10), eol: "\r\n", raw: opts.Raw}
	if opts.LF {
		s.eol = "\n"
	}
	if opts.BOM {
		s.w.WriteString("\uFEFF")
	}
	if err := writeCSVHeader(s.w, schemas[t], s.eol); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

func writeCSVHeader(w io.StringWriter, schema *arrow.Schema, eol string) error {
	for i, f := range schema.Fields() {
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString(f.Name)
	}
	_, err := w.WriteString(eol)
	return err
}

func (s *csvSink) write(rec arrow.Record) error {
	return writeCSVRows(s.w, rec, s.eol, s.raw, &s.buf)
}

// cellFunc appends the CSV cell of row i (the caller handles nulls).
type cellFunc func(dst []byte, i int) []byte

// writeCSVRows writes the rows of rec (text cells neutralised unless raw);
// buf is scratch space.
func writeCSVRows(w io.Writer, rec arrow.Record, eol string, raw bool, buf *[]byte) error {
	cols := rec.Columns()
	cells := make([]cellFunc, len(cols))
	text := appendCSVText
	if raw {
		text = appendCSVString
	}
	for j, c := range cols {
		f, err := csvCell(c, text)
		if err != nil {
			return fmt.Errorf("column %s: %w", rec.ColumnName(j), err)
		}
		cells[j] = f
	}
	b := (*buf)[:0]
	for i := range int(rec.NumRows()) {
		for j, c := range cols {
			if j > 0 {
				b = append(b, ',')
			}
			if c.IsNull(i) {
				continue
			}
			b = cells[j](b, i)
		}
		b = append(b, eol...)
		if len(b) >= 64<<10 {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	_, err := w.Write(b)
	*buf = b[:0]
	return err
}

func csvCell(c arrow.Array, text func([]byte, string) []byte) (cellFunc, error) {
	switch a := c.(type) {
	case *array.Int32:
		return func(dst []byte, i int) []byte { return strconv.AppendInt(dst, int64(a.Value(i)), 10) }, nil
	case *array.Int64:
		return func(dst []byte, i int) []byte { return strconv.AppendInt(dst, a.Value(i), 10) }, nil
	case *array.Float64:
		return func(dst []byte, i int) []byte { return strconv.AppendFloat(dst, a.Value(i), 'f', -1, 64) }, nil
	case *array.Boolean:
		return func(dst []byte, i int) []byte { return strconv.AppendBool(dst, a.Value(i)) }, nil
	case *array.String:
		return func(dst []byte, i int) []byte { return text(dst, a.Value(i)) }, nil
	case *array.Dictionary:
		dict, ok := a.Dictionary().(*array.String)
		if !ok {
			return nil, fmt.Errorf("unsupported dictionary type %s", a.DataType())
		}
		return func(dst []byte, i int) []byte { return text(dst, dict.Value(a.GetValueIndex(i))) }, nil
	}
	return nil, fmt.Errorf("unsupported type %s", c.DataType())
}

// appendCSVText appends the text cell s, neutralised against formula
// injection (see CSVOptions): a leading =, +, -, @, tab or CR gets an
// apostrophe before it.
func appendCSVText(dst []byte, s string) []byte {
	if s != "" && isFormulaStart(s[0]) {
		return appendCSVString(dst, "'"+s)
	}
	return appendCSVString(dst, s)
}

// isFormulaStart reports whether a spreadsheet reads a cell beginning
// with b as a formula.
func isFormulaStart(b byte) bool {
	switch b {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// appendCSVString appends s as an RFC 4180 field: quoted when it is
// empty or holds a comma, a quote, CR or LF.
func appendCSVString(dst []byte, s string) []byte {
	if s != "" && !strings.ContainsAny(s, ",\"\r\n") {
		return append(dst, s...)
	}
	dst = append(dst, '"')
	for {
		k := strings.IndexByte(s, '"')
		if k < 0 {
			break
		}
		dst = append(dst, s[:k+1]...)
		dst = append(dst, '"')
		s = s[k+1:]
	}
	dst = append(dst, s...)
	return append(dst, '"')
}

func (s *csvSink) close() error {
	err := s.w.Flush()
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	s.f = nil
	return err
}

func (s *csvSink) abort() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
}
