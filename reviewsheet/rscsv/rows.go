package rscsv

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"

	"github.com/rsheet/rsheet/reviewsheet"
)

// rowReader reads the data rows of one CSV after its header, row by row:
// both the in-memory load (decode) and the streaming merge (merge.go) read
// through it, so a row means the same in both.
type rowReader struct {
	in     *input
	cs     *csvStream
	h      *header
	lim    Limits
	yc, ic int
	common []bool // the shared columns, which a placeholder row fills alone

	lastKey          key
	lastYear, lastID string
	errs             reviewsheet.ErrorList // row-level problems; those rows are skipped
}

// openRows opens in and reads its header.
func openRows(in *input, lim Limits, total *atomic.Int64) (*rowReader, error) {
	cs, err := openCSV(in, lim, total)
	if err != nil {
		return nil, err
	}
	h, _, err := checkHeader(in, cs)
	if err != nil {
		cs.Close()
		return nil, err
	}
	cs.cr.ReuseRecord = true
	rr := &rowReader{in: in, cs: cs, h: h, lim: lim, yc: h.col(colYear), ic: h.col(colID), common: make([]bool, len(h.names))}
	for i, n := range h.names {
		for _, c := range commonColumns {
			if n == c {
				rr.common[i] = true
			}
		}
	}
	return rr, nil
}

func (rr *rowReader) Close() error { return rr.cs.Close() }

// next returns the next data row: its sheet key, its cells (valid until
// the next call), the line it starts on, and whether it is a placeholder
// (blank beyond the shared columns). A row that cannot be placed (a bad
// 事業年度 or 予算事業ID, more cells than the header) is recorded in errs
// and skipped; blank lines are skipped. It returns io.EOF at the end, and
// any other error (I/O, CSV syntax, a limit) stops the file.
func (rr *rowReader) next() (k key, f []string, line int, blank bool, err error) {
	in, h := rr.in, rr.h
	for {
		f, err = rr.cs.read()
		if err == io.EOF {
			return key{}, nil, 0, false, io.EOF
		}
		line, _ = rr.cs.cr.FieldPos(0)
		if err != nil {
			return key{}, nil, line, false, asLineError(in.name, line, err)
		}
		if err := checkFields(in.name, line, h, f, rr.lim.FieldBytes); err != nil {
			return key{}, nil, line, false, err
		}
		if len(f) > len(h.names) {
			rr.errs.Add(&reviewsheet.Error{File: in.name, Line: line, Err: fmt.Errorf("%w: %d fields, header has %d", reviewsheet.ErrLayout, len(f), len(h.names))})
			continue
		}
		if len(f) == 1 && strings.TrimSpace(f[0]) == "" {
			continue // blank line
		}
		if len(f) < len(h.names) && (rr.yc >= len(f) || rr.ic >= len(f)) {
			rr.errs.Add(&reviewsheet.Error{File: in.name, Line: line, Err: fmt.Errorf("%w: %d fields, header has %d", reviewsheet.ErrLayout, len(f), len(h.names))})
			continue
		}
		ys, ids := strings.TrimSpace(f[rr.yc]), strings.TrimSpace(f[rr.ic])
		k = rr.lastKey
		if ys != rr.lastYear || ids != rr.lastID {
			y, yerr := parseInt(ys)
			if yerr != nil || y == nil {
				rr.errs.Add(&reviewsheet.Error{File: in.name, Line: line, Column: rr.yc + 1, Label: colYear, Err: fmt.Errorf("%w: 事業年度 %q", reviewsheet.ErrSyntax, ys)})
				continue
			}
			id, iderr := normalizeID(ids)
			if iderr != nil {
				rr.errs.Add(&reviewsheet.Error{File: in.name, Line: line, Column: rr.ic + 1, Label: colID, Err: fmt.Errorf("%w: %v", reviewsheet.ErrSyntax, iderr)})
				continue
			}
			k = key{Year: *y, ID: id}
			rr.lastKey, rr.lastYear, rr.lastID = k, ys, ids
		}
		blank = true
		for i, v := range f {
			if !rr.common[i] && strings.TrimSpace(v) != "" {
				blank = false
				break
			}
		}
		return k, f, line, blank, nil
	}
}

func rowsLimit(in *input, line int, k key, lim Limits) error {
	return limitError(in.name, line, "", "more than %d rows for 事業年度 %d, 予算事業ID %s (Limits.RowsPerProject)", lim.RowsPerProject, k.Year, k.ID)
}

func projectsLimit(in *input, line int, lim Limits) error {
	return limitError(in.name, line, "", "more than %d projects (Limits.Projects)", lim.Projects)
}
