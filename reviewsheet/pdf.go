package reviewsheet

import (
	"bytes"
	"fmt"
	"io"

	"github.com/rsheet/rsheet/internal/pdftext"
)

// PDF input. A sheet PDF is detected by content (the "%PDF-" header),
// never by file name. Its text layer is extracted (see internal/pdftext)
// into text shaped like the sheet's text extraction — table rows on one
// line, wrapped cells cell by cell, a form feed between pages — and that
// text goes through the same section parsers as text input. Line and
// column numbers in errors and in Sheet.Source refer to that extracted
// text (ExtractPDFText returns it), not to the PDF.
//
// Limits of PDF input: the file size limit of the Parser (MaxSize,
// default 64 MiB), DefaultMaxPages pages (200), DefaultMaxPDFObjects
// objects in the cross-reference table (1 Mi) and pdftext.DefaultMaxOps
// content-stream operators in the document (8 Mi), plus the fixed limits
// documented in internal/pdftext. A file encrypted with an empty user
// password (the standard handler: RC4 40–128 bits, AES-128, AES-256 R5
// and R6) is decrypted and read like any other. Files that need a
// password or use another security handler, files without a text layer
// and pages whose text does not decode to Unicode are refused with
// ErrEncrypted, ErrNoText and ErrUnreadable; a file over a limit with
// ErrPDFLimit; any other failure of the PDF reader (including a panic
// inside it, recovered) is ErrPDF. The *Error of a page-level failure
// names the page in its message ("page 3: …"); its Line is 0.
const (
	// DefaultMaxPages is the page limit of PDF input.
	DefaultMaxPages = pdftext.DefaultMaxPages
	// DefaultMaxPDFObjects bounds the object count a PDF may declare.
	DefaultMaxPDFObjects = pdftext.DefaultMaxObjects
)

// Errors of PDF input; an *Error wraps one of them (test with errors.Is).
var (
	// ErrPDF: the PDF cannot be read (malformed, or the reader failed).
	ErrPDF = pdftext.ErrMalformed
	// ErrEncrypted: the PDF needs a password (its user password is not
	// empty) or uses a security handler other than the standard one.
	ErrEncrypted = pdftext.ErrEncrypted
	// ErrNoText: the PDF has no text layer (a scan).
	ErrNoText = pdftext.ErrNoText
	// ErrUnreadable: a page's text does not decode to Unicode (a font
	// without ToUnicode map, or mojibake).
	ErrUnreadable = pdftext.ErrUnreadable
	// ErrPDFLimit: the PDF exceeds the page, object or operator limit.
	ErrPDFLimit = pdftext.ErrLimit
)

// isPDF reports whether src is a PDF file: detection is by content
// (the "%PDF-" header), never by file name.
func isPDF(src []byte) bool { return bytes.HasPrefix(src, []byte("%PDF-")) }

// ParsePDF reads a sheet from the PDF in r (size bytes) with a zero
// Parser. Text input is refused with ErrPDF; use Parse for either kind.
func ParsePDF(r io.ReaderAt, size int64) (*Sheet, error) {
	var p Parser
	if size < 0 || size > DefaultMaxSize {
		return nil, ErrorList{{Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, size, int64(DefaultMaxSize))}}
	}
	src := make([]byte, size)
	if n, err := r.ReadAt(src, 0); int64(n) != size {
		return nil, ErrorList{{Err: fmt.Errorf("read: %w", err)}}
	}
	if !isPDF(src) {
		return nil, ErrorList{{Err: fmt.Errorf("%w: %w", ErrPDF, pdftext.ErrNotPDF)}}
	}
	return p.ParseBytes(src)
}

// ExtractPDFText returns the text that PDF input is parsed from: the
// extraction described above, pages separated by form feeds.
func ExtractPDFText(src []byte) (string, error) {
	doc, err := pdftext.ExtractBytes(src, pdftext.Options{})
	if err != nil {
		return "", err
	}
	return doc.Text(), nil
}

// parsePDF extracts the text of a review-sheet PDF and parses it.
func (p *Parser) parsePDF(src []byte) (*Sheet, error) {
	doc, err := pdftext.ExtractBytes(src, pdftext.Options{MaxPages: p.MaxPages})
	if err != nil {
		return nil, ErrorList{{File: p.Name, Err: err}}
	}
	text := []byte(doc.Text())
	if isPDF(text) {
		// The text of the page would be taken for a PDF again.
		return nil, ErrorList{{File: p.Name, Err: fmt.Errorf("%w: extracted text starts with %%PDF-", ErrPDF)}}
	}
	sh, err := p.ParseBytes(text)
	pages := NewPages(text)
	if sh != nil && sh.Source != nil {
		sh.Source.pages = pages
	}
	if list, ok := err.(ErrorList); ok {
		for _, e := range list {
			e.Page = pages.Page(e.Line)
		}
	}
	return sh, err
}
