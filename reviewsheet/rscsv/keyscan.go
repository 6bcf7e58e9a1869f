package rscsv

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"sync/atomic"
)

// keyScanner reads only the 事業年度 and 予算事業ID of every record of a
// CSV, for the order pass of streaming (merge.go): it splits records as
// RFC 4180 does (a quoted field may hold commas, quotes and line breaks)
// but copies nothing past the key columns, so the pass costs little more
// than inflating the file. What it cannot split is left to the full
// reader, which reports it.
type keyScanner struct {
	br       *bufio.Reader
	yc, ic   int // key columns (0-based)
	last     int // max(yc, ic)
	line     int // line of the record being read (1-based)
	recBytes int64
	maxRec   int64
	field    []byte
	year, id string
}

func newKeyScanner(r io.Reader, yc, ic int, maxRec int64) *keyScanner {
	return &keyScanner{br: bufio.NewReaderSize(r, csvBuffer), yc: yc, ic: ic, last: max(yc, ic), maxRec: maxRec, line: 1}
}

// next reads the next record and returns its key fields as written
// (trimmed), and the line it starts on; io.EOF at the end. A record
// longer than the limit is an ErrLimit error.
func (s *keyScanner) next() (year, id string, line int, err error) {
	for {
		line = s.line
		s.year, s.id, s.recBytes = "", "", 0
		col, empty := 0, true
		var end byte
		for col <= s.last {
			s.field, end, err = s.readField(s.field[:0])
			if err != nil && (err != io.EOF || (col == 0 && len(s.field) == 0 && end == 0)) {
				return "", "", line, err
			}
			if len(bytes.TrimSpace(s.field)) > 0 || col > 0 {
				empty = false
			}
			switch col {
			case s.yc:
				s.year = strings.TrimSpace(string(s.field))
			case s.ic:
				s.id = strings.TrimSpace(string(s.field))
			}
			col++
			if end != ',' {
				break
			}
		}
		if end == ',' {
			if err := s.skipRecord(); err != nil && err != io.EOF {
				return "", "", line, err
			}
		}
		if !empty {
			return s.year, s.id, line, nil
		}
		if err == io.EOF {
			return "", "", line, io.EOF
		}
	}
}

// skipRecord passes over the rest of a record in whole buffers: outside
// quotes up to the next quote or line feed, inside up to the next quote
// (a doubled quote leaves and re-enters, which ends in the same state).
func (s *keyScanner) skipRecord() error {
	quoted := false
	for {
		if s.br.Buffered() == 0 {
			if _, err := s.br.Peek(1); err != nil {
				return err
			}
		}
		b, _ := s.br.Peek(s.br.Buffered())
		var i int
		if quoted {
			i = bytes.IndexByte(b, '"')
		} else {
			i = indexQuoteOrLF(b)
		}
		n := len(b)
		if i >= 0 {
			n = i + 1
		}
		if quoted || i < 0 {
			s.line += bytes.Count(b[:n], []byte{'\n'})
		}
		if err := s.count(n); err != nil {
			return err
		}
		s.br.Discard(n)
		switch {
		case i < 0:
		case b[i] == '\n' && !quoted:
			s.line++
			return nil
		default:
			quoted = !quoted
		}
	}
}

// indexQuoteOrLF returns the index of the first '"' or '\n' in b, or -1.
func indexQuoteOrLF(b []byte) int {
	q := bytes.IndexByte(b, '"')
	if q < 0 {
		return bytes.IndexByte(b, '\n')
	}
	if lf := bytes.IndexByte(b[:q], '\n'); lf >= 0 {
		return lf
	}
	return q
}

// readField reads one field into dst and returns the byte that ended it:
// ',', '\n', or 0 at the end of the input.
func (s *keyScanner) readField(dst []byte) ([]byte, byte, error) {
	c, err := s.byte()
	if err != nil {
		return dst, 0, err
	}
	if c != '"' {
		for {
			switch c {
			case ',':
				return dst, ',', nil
			case '\n':
				s.line++
				return bytes.TrimSuffix(dst, []byte{'\r'}), '\n', nil
			}
			dst = append(dst, c)
			if c, err = s.byte(); err != nil {
				return dst, 0, err
			}
		}
	}
	for { // quoted: up to the quote that is not doubled
		chunk, err := s.br.ReadSlice('"')
		if err := s.count(len(chunk)); err != nil {
			return dst, 0, err
		}
		s.line += bytes.Count(chunk, []byte{'\n'})
		dst = append(dst, chunk[:max(len(chunk)-1, 0)]...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return dst, 0, err
		}
		c, err := s.byte()
		if err != nil {
			return dst, 0, err
		}
		if c == '"' {
			dst = append(dst, '"')
			continue
		}
		for c != ',' && c != '\n' { // text after the closing quote: the full reader reports it
			if c, err = s.byte(); err != nil {
				return dst, 0, err
			}
		}
		if c == '\n' {
			s.line++
		}
		return dst, c, nil
	}
}

func (s *keyScanner) byte() (byte, error) {
	c, err := s.br.ReadByte()
	if err != nil {
		return 0, err
	}
	return c, s.count(1)
}

// count adds n bytes to the current record and fails past the limit.
func (s *keyScanner) count(n int) error {
	s.recBytes += int64(n)
	if s.recBytes > s.maxRec {
		return limitError("", s.line, "", "a record longer than %d bytes (Limits.RecordBytes)", s.maxRec)
	}
	return nil
}

// scanOrder reads in and returns errUnordered when a key is smaller than
// the one before it (keys that only repeat keep a sheet's rows together).
// It applies the row and project limits as decode does. Rows whose key
// does not read are passed over: the full reader reports them.
//
// count, when not nil, receives the number of sheets (key changes) seen.
func scanOrder(in *input, lim Limits, total *atomic.Int64, count *int) error {
	cs, err := openCSV(in, lim, total)
	if err != nil {
		return err
	}
	defer cs.Close()
	h, _, err := checkHeader(in, cs)
	if err != nil {
		return err
	}
	// encoding/csv read the header line by line from cs.buf: go on from
	// there. The scanner bounds records itself (the record guard counts
	// from the header on).
	cs.rec.max = 1 << 62
	ks := newKeyScanner(cs.buf, h.col(colYear), h.col(colID), lim.RecordBytes)
	ks.line = 2
	var prev key
	var lastYear, lastID string
	rows, projects := 0, 0
	for {
		ys, ids, line, err := ks.next()
		if count != nil {
			*count = projects
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return asLineError(in.name, line, err)
		}
		k := prev
		if projects == 0 || ys != lastYear || ids != lastID {
			y, yerr := parseInt(ys)
			id, iderr := normalizeID(ids)
			if yerr != nil || y == nil || iderr != nil {
				continue
			}
			k, lastYear, lastID = key{Year: *y, ID: id}, ys, ids
		}
		switch {
		case projects > 0 && k.less(prev):
			return errUnordered
		case projects == 0 || k != prev:
			prev, rows = k, 0
			if projects++; projects > lim.Projects {
				return projectsLimit(in, line, lim)
			}
		}
		if rows++; rows > lim.RowsPerProject {
			return rowsLimit(in, line, k, lim)
		}
	}
}
