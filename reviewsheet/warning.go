package reviewsheet

import (
	"fmt"
	"sort"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Warning is something the parser could read only partly without any
// figure being in doubt: a free-text cell whose boundaries the input lost
// (text with no blank lines, an extractor that joined cells). The text is
// kept — joined, in the first cell of the group — and the warning says
// where. Warnings are part of the result (Sheet.Warnings, "warnings" in
// the JSON of `rsheet parse`), and Check reports each as a finding with
// code parse.<Code>. They never make a strict parse fail: that happens
// only when a figure (an amount, rate, count, year or ID) cannot be read
// for sure.
type Warning struct {
	File    string `json:"file,omitempty"` // input name
	Line    int    `json:"line"`           // 1-based line of the text concerned
	Column  int    `json:"column"`         // 1-based byte column
	Label   string `json:"label"`          // the label being read (補助率等)
	Path    string `json:"path"`           // JSON path of the value kept joined ("subsidy_rates[0].rate")
	Code    string `json:"code"`           // e.g. WarnUnsplitCell
	Message string `json:"message"`
}

// Warning codes.
const (
	// WarnUnsplitCell: cells of a free-text grid row stand in the input
	// without a boundary the parser can find; the joined text is kept in
	// the first of them and the others are absent.
	WarnUnsplitCell = "unsplit_cell"
	// WarnLostCell: a free-text cell printed as one "-" is missing from
	// text made by pdftotext without -layout, which drops it; it is read
	// as "-".
	WarnLostCell = "lost_cell"
	// WarnNoTable: an indicator (活動指標, 成果指標) is named but no
	// 活動・成果目標と実績 table follows; it is kept with no values.
	WarnNoTable = "no_table"
	// WarnShiftJIS: the text was Shift_JIS (CP932), not UTF-8; it was
	// converted before parsing.
	WarnShiftJIS = "shift_jis"
	// WarnURLHyphen: a URL read from text with pdftotext's
	// de-hyphenation, which drops a hyphen at a line wrap: the URL may
	// lack one (warnURLHyphen).
	WarnURLHyphen = "url_hyphen"
	// WarnPathsCapped: the outcome links of an RS CSV sheet make more
	// paths than the importer enumerates (rscsv: 10,000); the first are
	// kept, every link is.
	WarnPathsCapped = "paths_capped"
	// WarnPlacedByTitle: 事業年度 told from 事業開始年度 by the title's year (basicrules.PlaceYearsByTitle).
	WarnPlacedByTitle = linerules.NotePlacedByTitle
	// WarnPlacedByRate: a 活動・成果目標と実績 cell printed away from its table placed because the table's 達成率 agrees with it (pathrules.JoinRowMajorTable).
	WarnPlacedByRate = linerules.NotePlacedByRate
)

// String formats w like an Error: "file:line:col: label: message".
func (w Warning) String() string {
	e := Error{File: w.File, Line: w.Line, Column: w.Column, Label: w.Label, Err: fmt.Errorf("%s", w.Message)}
	return e.Error()
}

// warnDiag is a warning before its position is expanded.
type warnDiag struct {
	pos             sheettext.Pos
	label           label.Label
	path, code, msg string
}

// warnAt records a warning at pos.
func (p *parser) warnAt(pos sheettext.Pos, l label.Label, path, code, format string, args ...any) {
	p.warns = append(p.warns, warnDiag{pos: pos, label: l, path: path, code: code, msg: fmt.Sprintf(format, args...)})
}

// warnings expands the recorded warnings, sorted like errors: by line,
// column, then message.
func (p *parser) warnings() []Warning {
	if len(p.warns) == 0 {
		return nil
	}
	out := make([]Warning, 0, len(p.warns))
	for _, d := range p.warns {
		pos := p.file.Position(d.pos)
		out = append(out, Warning{File: p.file.Name, Line: pos.Line, Column: pos.Column, Label: string(d.label), Path: d.path, Code: d.code, Message: d.msg})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Message < b.Message
	})
	return out
}
