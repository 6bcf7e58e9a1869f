package reviewsheet

import (
	"bytes"
	"fmt"

	"github.com/rsheet/rsheet/internal/pdferr"
)

// PDF input. A sheet PDF is detected by content (the "%PDF-" header),
// never by file name. Parser.PDF (pdfsheet.Extract) extracts its text
// layer into text shaped like the sheet's text extraction — table rows on
// one line, wrapped cells cell by cell, a form feed between pages — and
// that text goes through the same section parsers as text input, with
// the same Parser options (Name, Lenient, MaxSize, MaxPages). Line and
// column numbers in errors and in Sheet.Source refer to that extracted
// text (pdfsheet.Text returns it, `rsheet text` prints it), and every
// *Error carries the page of its line (Error.Page).
//
// Limits of PDF input: the file size limit of the Parser (MaxSize,
// default 64 MiB), MaxPages pages (DefaultMaxPages, 200),
// DefaultMaxPDFObjects objects in the cross-reference table (1 Mi), plus
// the fixed limits documented in internal/pdftext. A file encrypted with
// an empty user password (the standard handler: RC4 40–128 bits, AES-128,
// AES-256 R5 and R6) is decrypted and read like any other. Files that need
// a password or use another security handler, files without a text layer
// and pages whose text does not decode to Unicode are refused with
// ErrEncrypted, ErrNoText and ErrUnreadable; a file over a limit with
// ErrPDFLimit; any other failure of the PDF reader (including a panic
// inside it, recovered) is ErrPDF. The *Error of a page-level failure
// names the page in its message ("page 3: …"); its Line is 0.
const (
	// DefaultMaxPages is the page limit of PDF input.
	DefaultMaxPages = pdferr.MaxPages
	// DefaultMaxPDFObjects bounds the object count a PDF may declare.
	DefaultMaxPDFObjects = pdferr.MaxObjects
)

// Errors of PDF input; an *Error wraps one of them (test with errors.Is).
var (
	// ErrPDF: the PDF cannot be read (malformed, or the reader failed),
	// or the Parser has no PDFReader.
	ErrPDF = pdferr.ErrMalformed
	// ErrEncrypted: the PDF needs a password (its user password is not
	// empty) or uses a security handler other than the standard one.
	ErrEncrypted = pdferr.ErrEncrypted
	// ErrNoText: the PDF has no text layer (a scan).
	ErrNoText = pdferr.ErrNoText
	// ErrUnreadable: a page's text does not decode to Unicode (a font
	// without ToUnicode map, or mojibake).
	ErrUnreadable = pdferr.ErrUnreadable
	// ErrPDFLimit: the PDF exceeds the page, object or operator limit.
	ErrPDFLimit = pdferr.ErrLimit
)

// PDFReader extracts the text of a sheet PDF: text shaped like a sheet's
// text extraction, a form feed between pages, at most maxPages pages
// (DefaultMaxPages when 0). Its errors wrap the sentinels above.
// pdfsheet.Extract is rsheet's.
type PDFReader func(src []byte, maxPages int) (text []byte, err error)

// IsPDF reports whether src is a PDF file: detection is by content (the
// "%PDF-" header), never by file name.
func IsPDF(src []byte) bool { return bytes.HasPrefix(src, []byte("%PDF-")) }

// parsePDF extracts the text of a review-sheet PDF with p.PDF and parses
// it; errors carry the page of their line.
func (p *Parser) parsePDF(src []byte) (*Sheet, error) {
	if p.PDF == nil {
		return nil, ErrorList{{File: p.Name, Err: fmt.Errorf("%w: PDF input needs Parser.PDF (pdfsheet.Extract, package github.com/rsheet/rsheet/reviewsheet/pdfsheet)", ErrPDF)}}
	}
	text, err := p.PDF(src, p.MaxPages)
	if err != nil {
		return nil, ErrorList{{File: p.Name, Err: err}}
	}
	if IsPDF(text) {
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
