// Package rsmap maps the rows of one project in the RS bulk tables to a
// *reviewsheet.Sheet: the mapping layer of package rscsv, which reads the
// files (ZIP and CSV hygiene, limits, encodings, the order pass, the
// streaming merge) and hands over the rows of each sheet.
//
// # The seam
//
// The I/O layer delivers a Project: the rows of one (事業年度, 予算事業ID)
// per RS table ("2-1"), in file order, without placeholder rows, each a
// Row that gives its cells by column name or index and says where it
// stands (file, line, column). Build maps them; it never reads a file and
// never fails as a whole: a value that does not read is left nil and
// returned as a *reviewsheet.Error (ErrSyntax, or ErrConflict for a
// second totals row) at the row's file, line and column, in a
// reviewsheet.ErrorList.
//
// The mapping owns the tables' vocabulary too: Specs lists the 15 tables
// with the columns each requires (a file without one is rejected by the
// I/O layer) and knows (any other column is warned about), and
// NormalizeID and ParseInt read the key columns, so that the I/O layer
// groups rows on the same values the Sheet carries.
//
// # Files
//
//	source.go   Project and Row, what the I/O layer delivers
//	build.go    Build, the builder and its value readers with positioned errors
//	tables.go   the 15 table Specs and the column names of 1-1 … 2-2, 4-1, 6-1
//	values.go   cell readers: yen, integers, rates, booleans, text, lines, IDs
//	basic.go    1-1 … 1-5, 4-1, 6-1: header, organisation, overview, policies, evaluation
//	budget.go   2-1 and 2-2: budget years, accounts, items
//	outcome.go  3-1 and 3-2: outcome nodes, indicator values, links and paths
//	spending.go 5-1 … 5-4: blocks, recipients, contracts, uses, debt contracts
//
// The rules of each value and table (yen as written, 執行率 fraction to
// percent by moving the decimal point, IDs padded to six digits, 執行額 0
// in a year not yet executed read as absent, …) are those documented by
// package rscsv.
//
// It holds: the mapping of one project's RS table rows to a Sheet, and the tables' column specs.
// It imports: reviewsheet and the domain packages budget, outcome and spending.
// It must never import: rscsv or any I/O (files, ZIP, CSV readers), audit, sheetarrow, Arrow, pdfsheet, input or the PDF library.
package rsmap
