package rscsv

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/rsheet/rsheet/reviewsheet"
)

// ErrLimit is wrapped by the *reviewsheet.Error of an input that goes past
// one of the Limits. Nothing more is read from that CSV (or ZIP member).
var ErrLimit = errors.New("limit exceeded")

// Limits bound what the importer reads, so that a corrupt or hostile file
// (a ZIP bomb, one endless field) ends in an ErrLimit error instead of
// exhausting memory. A zero field takes its default. The defaults are far
// above the real sets: the 2024 set's largest member is 20 MB (3-2), all
// 13 members together 106 MB, its longest field 15 KB (1-2 事業の概要),
// its longest record 22 KB (4-1), at most 151 rows of one table for one
// project (5-3), and 5,664 projects (measured with Python's csv module
// over ../shared/rs2024; see the README's limits table).
type Limits struct {
	// MemberBytes bounds the decompressed bytes of one CSV (a ZIP member
	// or a file). Default 256 MiB.
	MemberBytes int64
	// TotalBytes bounds the decompressed bytes of all CSVs of a set.
	// Default 2 GiB.
	TotalBytes int64
	// RecordBytes bounds one record (row) as read, quotes included.
	// Default 4 MiB.
	RecordBytes int64
	// FieldBytes bounds one field. Default 1 MiB.
	FieldBytes int
	// RowsPerProject bounds the rows of one table for one (事業年度,
	// 予算事業ID). Default 100,000.
	RowsPerProject int
	// Projects bounds the distinct (事業年度, 予算事業ID) of one CSV.
	// Default 200,000.
	Projects int
}

// DefaultLimits are the limits Open applies.
var DefaultLimits = Limits{
	MemberBytes:    256 << 20,
	TotalBytes:     2 << 30,
	RecordBytes:    4 << 20,
	FieldBytes:     1 << 20,
	RowsPerProject: 100_000,
	Projects:       200_000,
}

// withDefaults fills the zero fields of l from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MemberBytes <= 0 {
		l.MemberBytes = d.MemberBytes
	}
	if l.TotalBytes <= 0 {
		l.TotalBytes = d.TotalBytes
	}
	if l.RecordBytes <= 0 {
		l.RecordBytes = d.RecordBytes
	}
	if l.FieldBytes <= 0 {
		l.FieldBytes = d.FieldBytes
	}
	if l.RowsPerProject <= 0 {
		l.RowsPerProject = d.RowsPerProject
	}
	if l.Projects <= 0 {
		l.Projects = d.Projects
	}
	return l
}

// limitError is the error of input name going past a limit at line (0
// when unknown).
func limitError(name string, line int, label, format string, args ...any) *reviewsheet.Error {
	return &reviewsheet.Error{File: name, Line: line, Label: label, Err: fmt.Errorf("%w: "+format, append([]any{ErrLimit}, args...)...)}
}

// byteGuard counts the decompressed bytes of one input and of the whole
// set and fails a Read that would go past either limit. It sits under
// every decoder, so it counts what the ZIP inflates, not what the ZIP
// header claims.
type byteGuard struct {
	r      io.Reader
	name   string
	n      int64 // bytes of this input so far
	member int64 // limit for this input
	total  *atomic.Int64
	max    int64 // limit for the set
}

func (g *byteGuard) Read(p []byte) (int, error) {
	if room := g.member - g.n; int64(len(p)) > room+1 {
		p = p[:room+1] // one byte past the limit tells a file of exactly the limit from a longer one
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	if g.n > g.member {
		return n, limitError(g.name, 0, "", "more than %d bytes decompressed (Limits.MemberBytes)", g.member)
	}
	if g.total != nil && g.total.Add(int64(n)) > g.max {
		return n, limitError(g.name, 0, "", "the set decompresses to more than %d bytes (Limits.TotalBytes)", g.max)
	}
	return n, err
}

// recordGuard bounds the bytes read past the start of the current record,
// so that one endless record (a field with no closing quote, a GB of one
// cell) fails before encoding/csv has gathered it all in memory. The
// reader above it buffers at most slack bytes ahead of the record.
type recordGuard struct {
	r     io.Reader
	name  string
	n     int64 // bytes delivered
	start int64 // offset of the current record (csv.Reader.InputOffset)
	max   int64
	slack int64
}

func (g *recordGuard) Read(p []byte) (int, error) {
	limit := g.start + g.max + g.slack
	if room := limit - g.n; int64(len(p)) > room+1 {
		p = p[:max(room+1, 0)]
	}
	if len(p) == 0 {
		return 0, limitError(g.name, 0, "", "a record longer than %d bytes (Limits.RecordBytes)", g.max)
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	if g.n > limit {
		return n, limitError(g.name, 0, "", "a record longer than %d bytes (Limits.RecordBytes)", g.max)
	}
	return n, err
}

// checkFields reports the first field of f longer than the limit.
func checkFields(name string, line int, h *header, f []string, maxField int) error {
	for i, v := range f {
		if len(v) > maxField {
			col := ""
			if i < len(h.names) {
				col = h.names[i]
			}
			return limitError(name, line, col, "field %d (%s) has %d bytes, more than %d (Limits.FieldBytes)", i+1, col, len(v), maxField)
		}
	}
	return nil
}

// ErrZip is wrapped by the error of a ZIP the importer refuses: a member
// name that is absolute, climbs out with "..", or holds a NUL or control
// character (nothing is ever written from a member name, but such a name
// marks a crafted archive), or an encrypted member.
var ErrZip = errors.New("refused ZIP")

// checkMember refuses the members of zipPath that no RS archive holds.
func checkMember(zipPath string, f *zip.File) error {
	name := f.Name
	bad := ""
	switch {
	case strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7F }):
		bad = "a control character or NUL in its name"
	case strings.HasPrefix(name, "/") || strings.HasPrefix(name, `\`) || (len(name) >= 2 && name[1] == ':'):
		bad = "an absolute path"
	case slices.Contains(strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == '\\' }), ".."):
		bad = "a path with .."
	case f.Flags&0x1 != 0:
		bad = "encryption (not supported)"
	}
	if bad == "" {
		return nil
	}
	return &reviewsheet.Error{File: zipPath, Label: name, Err: fmt.Errorf("%w: member %q has %s", ErrZip, name, bad)}
}
