package linerules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// A Note is a warning a rule leaves for the parser, which reports it as
// a reviewsheet.Warning with the same fields: a rule that places cells
// by something the parser then cannot see any more (the title's year,
// a free-text cell of two rows kept whole) says so, so that a reader
// knows which values were placed that way. Notes never come with a
// figure in doubt: a figure the rule cannot place for sure is left
// where the parser reports it as an error.
type Note struct {
	Pos   sheettext.Pos // the line concerned
	Label label.Label   // the label being read
	Path  string        // JSON path of the value concerned ("project_year")
	Code  string        // NoteUnsplitCell, NotePlacedByTitle, NotePlacedByRate
	Msg   string
}

// Note codes; reviewsheet's warning codes of the same names are these.
const (
	// NoteUnsplitCell: the cells of a free-text column of several rows
	// stand in the input without a boundary; the joined text is kept in
	// the first row's cell and the others are absent (reviewsheet's
	// WarnUnsplitCell).
	NoteUnsplitCell = "unsplit_cell"
	// NotePlacedByTitle: 事業年度 and 事業開始年度 were printed after both
	// labels, and the one equal to the title's year was placed under
	// 事業年度 (reviewsheet's WarnPlacedByTitle): the check that 事業年度
	// agrees with the title is then not independent.
	NotePlacedByTitle = "placed_by_title"
	// NotePlacedByRate: a 活動・成果目標と実績 cell printed away from its
	// table was placed because the table's 達成率 agrees with it
	// (pathrules.JoinRowMajorTable; reviewsheet's WarnPlacedByRate): the
	// 達成率 check of that year is then not independent.
	NotePlacedByRate = "placed_by_rate"
)
