// Package userules holds the rules of pdftotext's default mode (no
// -layout) for the 費目・使途 table and the 国庫債務負担行為等による契約先リスト
// that follows it: the producers' PDFs (Chromium, LibreOffice,
// wkhtmltopdf) print the tables' header words, some rows' cells and the
// list's "--" cells out of the sheet's order. Each rule is one function
// with a doc comment and a table test; normalize.Gated calls them,
// only on text that shows pdftotext's de-hyphenation
// (linerules.HasDehyphenated) or is printed a cell a line
// (linerules.HasCellALine), so other inputs pay nothing:
//
//	JoinUsesHeader       the table's header words a line each, folded forms or a page number among them (headerwords.go)
//	UntransposeUseRows   a block letter's rows printed column by column (transposed.go)
//	JoinDebtHeader       the list's header words and "--" cells a line each, その他備考 among them (headerwords.go)
//
// The rules only put lines that the sheet's order tells for sure back in
// that order (known labels, the table's column order, value shapes:
// amounts, "--"); a block whose pieces do not all fit is left as it is,
// for the parser to report.
//
// It holds: the 費目・使途 and 契約先リスト rules above.
// It imports: the standard library, internal/num, internal/sheettext, reviewsheet/internal/label and reviewsheet/internal/linerules.
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize, internal/pathrules), the PDF library or Arrow (checked by .ci/imports).
package userules
