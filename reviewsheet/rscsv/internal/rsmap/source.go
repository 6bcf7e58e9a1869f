package rsmap

// What the I/O layer (package rscsv) delivers to map one sheet: the rows
// of one (事業年度, 予算事業ID) in each RS table, each row able to say
// where it stands (file, line, column) so that a value problem is
// reported there. The mapping never reads a file itself.

// Project is the rows of one sheet, by RS table.
type Project interface {
	// Rows returns the rows of table ("2-1") for the sheet, in file
	// order, without the table's placeholder rows (only the shared
	// columns set). When several files of one table hold rows for the
	// sheet (a year published under two names), only the first file in
	// name order counts. nil when the table has no row for the sheet or
	// the set lacks the table.
	Rows(table string) []Row
}

// Row is one data row of an RS table file.
type Row interface {
	// Get returns the cell of the named column, "" when the file lacks
	// the column. It is Cell(Column(name)).
	Get(name string) string
	// Cell returns cell i (0-based), "" when i is out of range.
	Cell(i int) string
	// Column returns the 0-based index of the named column in the file's
	// header, -1 when the file lacks it.
	Column(name string) int
	// Columns returns the file's header (names trimmed); the caller must
	// not modify it.
	Columns() []string
	// File returns the display name of the file ("x.zip/x.csv").
	File() string
	// Line returns the 1-based line on which the row starts.
	Line() int
}
