package pdftext

import (
	"errors"
	"fmt"
)

// Errors that Extract wraps in an *Error. Test for them with errors.Is.
var (
	// ErrNotPDF: the input does not start with a PDF header.
	ErrNotPDF = errors.New("not a PDF file")
	// ErrMalformed: the file structure cannot be read (or the library
	// failed on it).
	ErrMalformed = errors.New("malformed PDF")
	// ErrEncrypted: the file is encrypted and cannot be opened without a
	// password, or with a security handler this package does not
	// implement (files with an empty user password are decrypted).
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrNoText: no page has a text layer (for example a scanned sheet).
	ErrNoText = errors.New("PDF has no text layer")
	// ErrUnreadable: a page's text cannot be decoded to Unicode (a font
	// without a ToUnicode map, or mojibake).
	ErrUnreadable = errors.New("unreadable PDF text")
	// ErrLimit: the file exceeds a page, object or operator limit.
	ErrLimit = errors.New("PDF limit exceeded")
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
