// Package budgetrules holds the rules of pdftotext's default mode (no
// -layout) for the 予算・執行 section: the 予算額執行額表 and the
// 予算内訳表, whose cells the producers' PDFs (wkhtmltopdf, Chromium, the
// A5 fixture) print out of the sheet's order. Each rule is one function
// with a doc comment and a table test; normalize.Gated calls
// Apply, only on text that shows pdftotext's de-hyphenation
// (linerules.HasDehyphenated) or is printed a cell a line
// (linerules.HasCellALine), which runs them in this order:
//
//	TransposeBudgetColumns  the 予算額執行額表 as row labels, then each year's column of glued "--" (budgetcolumns.go)
//	JoinYearParagraphs      the 予算額執行額表 years a paragraph each (budgetcolumns.go)
//	JoinBreakdownHeader     the 予算内訳表 headers as header/value pairs, the item header words between them (breakdownheader.go)
//	MoveRateCell            the 執行率 row one "--" short, that "--" among the 予算内訳表 header words (raterow.go)
//	JoinAccountWords        the 予算内訳表 header words and the account row's cells interleaved (accountwords.go)
//	MoveItemCell            an item's last cell printed after the next item's 予算種別 (itemcell.go)
//
// A rule places a cell only where the sheet itself leaves one place for
// it (the known labels and their order, the shapes of the values, the
// table's own figures); anything else is left as it is for the parser
// to report: a figure is never guessed.
//
// It holds: the budget table rules above (moved from internal/normalize: budgetcolumns.go, breakdownheader.go).
// It imports: the standard library, internal/num, internal/sheettext, reviewsheet/internal/label and reviewsheet/internal/linerules.
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize, internal/pathrules), the PDF library or Arrow (checked by .ci/imports).
package budgetrules
