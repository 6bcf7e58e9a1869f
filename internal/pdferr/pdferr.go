package pdferr

import "errors"

// Sentinel errors of PDF input (test with errors.Is).
var (
	// NotPDF: the input does not start with a PDF header.
	NotPDF = errors.New("not a PDF file")
	// Malformed: the file structure cannot be read (or the library
	// failed on it).
	Malformed = errors.New("malformed PDF")
	// Encrypted: the file is encrypted and cannot be opened without a
	// password, or with a security handler not implemented (files with an
	// empty user password are decrypted).
	Encrypted = errors.New("encrypted PDF")
	// NoText: no page has a text layer (for example a scanned sheet).
	NoText = errors.New("PDF has no text layer")
	// Unreadable: a page's text cannot be decoded to Unicode (a font
	// without a ToUnicode map, or mojibake).
	Unreadable = errors.New("unreadable PDF text")
	// Limit: the file exceeds a page, object or operator limit.
	Limit = errors.New("PDF limit exceeded")
)

// Default limits.
const (
	// MaxPages is the page limit: 200 pages, ten times a long sheet.
	MaxPages = 200
	// MaxObjects bounds the cross-reference table (/Size, /Index).
	MaxObjects = 1 << 20
)
