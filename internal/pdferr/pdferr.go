package pdferr

import "errors"

// Sentinel errors of PDF input (test with errors.Is).
var (
	// ErrNotPDF: the input does not start with a PDF header.
	ErrNotPDF = errors.New("not a PDF file")
	// ErrMalformed: the file structure cannot be read (or the library
	// failed on it).
	ErrMalformed = errors.New("malformed PDF")
	// ErrEncrypted: the file is encrypted and cannot be opened without a
	// password, or with a security handler not implemented (files with an
	// empty user password are decrypted).
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrNoText: no page has a text layer (for example a scanned sheet).
	ErrNoText = errors.New("PDF has no text layer")
	// ErrUnreadable: a page's text cannot be decoded to Unicode (a font
	// without a ToUnicode map, or mojibake).
	ErrUnreadable = errors.New("unreadable PDF text")
	// ErrLimit: the file exceeds a page, object or operator limit.
	ErrLimit = errors.New("PDF limit exceeded")
)

// Default limits.
const (
	// MaxPages is the page limit: 200 pages, ten times a long sheet.
	MaxPages = 200
	// MaxObjects bounds the cross-reference table (/Size, /Index).
	MaxObjects = 1 << 20
)
