package pdftext

import (
	"fmt"

	"github.com/rsheet/rsheet/internal/pdferr"
)

// Errors that Extract wraps in an *Error. Test for them with errors.Is.
// They are declared in internal/pdferr, which the parser shares.
var (
	// ErrNotPDF: the input does not start with a PDF header.
	ErrNotPDF = pdferr.ErrNotPDF
	// ErrMalformed: the file structure cannot be read (or the library
	// failed on it).
	ErrMalformed = pdferr.ErrMalformed
	// ErrEncrypted: the file is encrypted and cannot be opened without a
	// password, or with a security handler this package does not
	// implement (files with an empty user password are decrypted).
	ErrEncrypted = pdferr.ErrEncrypted
	// ErrNoText: no page has a text layer (for example a scanned sheet).
	ErrNoText = pdferr.ErrNoText
	// ErrUnreadable: a page's text cannot be decoded to Unicode.
	ErrUnreadable = pdferr.ErrUnreadable
	// ErrLimit: the file exceeds a page, object or operator limit.
	ErrLimit = pdferr.ErrLimit
)

// Error is a failure of Extract. Page is the 1-based page number, 0 when
// the failure concerns the whole file.
type Error struct {
	Page int
	Err  error
}

func (e *Error) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("page %d: %v", e.Page, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// errorf builds an *Error wrapping sentinel with detail.
func errorf(page int, sentinel error, format string, args ...any) *Error {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
	}
	return &Error{Page: page, Err: err}
}

// recovered turns a panic value from the library into an error.
func recovered(page int, x any) *Error {
	if e, ok := x.(*Error); ok {
		if e.Page == 0 {
			e.Page = page
		}
		return e
	}
	return errorf(page, ErrMalformed, "%v", x)
}
