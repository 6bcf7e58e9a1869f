// Package pdfsheet reads review sheets from PDF files: it connects the
// PDF text extraction (internal/pdftext, built on ledongthuc/pdf, with
// its own decryption of empty-password files) to the parser of package
// reviewsheet, which itself never depends on a PDF library. Parse is the
// simple case; for control set Parser.PDF to Extract and use the Parser's
// options (Name, Lenient, MaxSize, MaxPages) for PDF and text alike:
//
//	p := reviewsheet.Parser{Name: "sheet.pdf", Lenient: true, PDF: pdfsheet.Extract}
//	sheet, err := p.Parse(f)
//
// It holds: the PDFReader of rsheet and the PDF entry points.
// It imports: reviewsheet and internal/pdftext (the PDF library).
// It must never import: the audit, Arrow or CSV packages (reviewsheet/audit,
// sheetarrow, rscsv); nothing below reviewsheet imports it.
package pdfsheet
