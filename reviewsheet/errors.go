package reviewsheet

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Errors a parse can wrap in an *Error. Test for them with errors.Is.
var (
	// ErrMissing: a label, section or cell the format requires is absent.
	ErrMissing = errors.New("missing")
	// ErrSyntax: a value does not read as the kind its label requires
	// (an amount, a year, a rate, …).
	ErrSyntax = errors.New("syntax error")
	// ErrLayout: rows or columns do not line up with their table header.
	ErrLayout = errors.New("table layout")
	// ErrConflict: the sheet says two different things about one fact.
	ErrConflict = errors.New("conflict")
	// ErrEncoding: the input is not UTF-8 text.
	ErrEncoding = errors.New("invalid encoding")
	// ErrTooLarge: the input exceeds the parser's size limit.
	ErrTooLarge = errors.New("input too large")
)

// Error is a problem found while reading a sheet: where it is (file,
// line, column), which label was being read and what went wrong. Err is
// one of the Err* sentinels, possibly wrapped with detail.
type Error struct {
	File   string // input name; "" for an unnamed reader
	Line   int    // 1-based line; 0 when unknown (for example at EOF of empty input)
	Column int    // 1-based byte column; 0 when unknown
	Label  string // the label being read, as printed on the sheet (e.g. "執行額")
	Err    error
	// Page is the page of Line in a PDF's text (see Pages); 0 for text
	// input. With a page the position reads "FILE:p2:L34".
	Page int
}

// Error formats e like a compiler: "file:line:col: label: message".
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	if e.Line > 0 && e.Page > 0 {
		fmt.Fprintf(&b, ":p%d:L%d", e.Page, e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	} else if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	if e.Label != "" {
		b.WriteString(e.Label)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of *Error. The zero value is an empty list ready to
// use. Like go/scanner.ErrorList it sorts by position and Err returns nil
// for an empty list.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(e *Error) { *l = append(*l, e) }

// Len, Less and Swap implement sort.Interface, ordering by file, line,
// column and then message.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return a.Error() < b.Error()
}

// Sort sorts the list in place (stable, so equal positions keep their
// order of discovery).
func (l ErrorList) Sort() { sort.Stable(l) }

// Error returns the first error and a count of the others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap lets errors.Is and errors.As look at every error in the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
