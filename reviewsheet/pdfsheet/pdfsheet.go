package pdfsheet

import (
	"fmt"
	"io"

	"github.com/rsheet/rsheet/internal/pdftext"
	"github.com/rsheet/rsheet/reviewsheet"
)

// Extract is rsheet's reviewsheet.PDFReader: the text layer of a sheet
// PDF rebuilt as sheet text (table rows on one line, wrapped cells cell
// by cell, N / M page footers dropped), pages separated by form feeds,
// reading at most maxPages pages (reviewsheet.DefaultMaxPages when 0).
// Errors wrap reviewsheet.ErrPDF, ErrEncrypted, ErrNoText, ErrUnreadable
// or ErrPDFLimit; a panic inside the PDF library is recovered as ErrPDF.
var Extract reviewsheet.PDFReader = extract

func extract(src []byte, maxPages int) ([]byte, error) {
	doc, err := pdftext.ExtractBytes(src, pdftext.Options{MaxPages: maxPages})
	if err != nil {
		return nil, err
	}
	return []byte(doc.Text()), nil
}

// Parse reads one sheet, PDF or text (detected by content), with a
// strict Parser that reads PDFs with Extract.
func Parse(r io.Reader) (*reviewsheet.Sheet, error) {
	p := reviewsheet.Parser{PDF: Extract}
	return p.Parse(r)
}

// Text returns the text a PDF is parsed from (what `rsheet text` prints),
// reading at most maxPages pages (reviewsheet.DefaultMaxPages when 0).
// Input that is not a PDF is refused with reviewsheet.ErrPDF.
func Text(src []byte, maxPages int) (string, error) {
	if !reviewsheet.IsPDF(src) {
		return "", fmt.Errorf("%w: %w", reviewsheet.ErrPDF, pdftext.ErrNotPDF)
	}
	b, err := Extract(src, maxPages)
	return string(b), err
}
