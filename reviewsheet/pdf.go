package reviewsheet

import (
	"bytes"
	"errors"
)

// isPDF reports whether src is a PDF file: detection is by content
// (the "%PDF-" header), never by file name.
func isPDF(src []byte) bool { return bytes.HasPrefix(src, []byte("%PDF-")) }

// parsePDF extracts the text of a review-sheet PDF and parses it.
// (PDF issue: not yet.)
func (p *Parser) parsePDF(src []byte) (*Sheet, error) {
	return nil, ErrorList{{File: p.Name, Err: errors.New("PDF input is not supported yet")}}
}
