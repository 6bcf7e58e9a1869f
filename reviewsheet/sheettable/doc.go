// Package sheettable describes the tables rsheet exports, as data and
// without Arrow: table and column names, column kinds, Japanese labels
// and units, and for each table the list of its columns with the getter
// that reads a cell from a row (Col). A writer (package sheetarrow: Arrow
// IPC, Parquet, CSV) maps the kinds to its own column builders and walks
// the rows; it never fills a column by position.
//
// # Per-sheet tables
//
// Tables lists them (sheets, budget_years, …, findings). Every one starts
// with KeyColumns (fiscal_year int32, project_id string), filled by the
// writer from the sheet; TableColumns gives all columns of a table. The
// rows of one sheet come from a Walker, which calls one Sink method per
// row (Sheet, BudgetYear, …) with a row value; the table's Col list
// (SheetCols, BudgetYearCols, …) reads its cells. Money is int64 yen and
// a figure the sheet prints as "--" is null; the null rule of each
// column is its getter's (a getter returns false for null). The lists
// and descriptions are shared by every writer: do not modify them.
//
// # Set-level tables
//
// The tables of `rsheet summary` are computed over a whole set of sheets
// by package crossproject. A SetTable describes one (name, description,
// columns); CrossTables lists them in output order and CrossRows turns a
// crossproject.Result into their rows, each table with its Col list.
//
// It holds: the table descriptions (names, kinds, labels, units), the per-sheet row walk and the column getters of every exported table.
// It imports: reviewsheet, reviewsheet/audit (findings), reviewsheet/crossproject (set-level tables) and the domain packages.
// It must never import: Arrow or any file format library, sheetarrow, rscsv, pdfsheet, input or the PDF library; it does no I/O.
package sheettable
