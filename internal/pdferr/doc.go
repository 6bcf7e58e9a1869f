// Package pdferr holds the sentinel errors and default limits of PDF
// input, shared by the PDF reader (internal/pdftext) and the parser
// (reviewsheet), so that the parser can name them without depending on
// the PDF library.
//
// It holds: error values and constants only.
// It imports: the standard library only (errors).
// It must never import: anything but the standard library.
package pdferr
