package basicrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A template is one producer's reading order of a block, line by line:
// each step says what the line must be (a label alone, a label with its
// value, or a cell of a given shape) and which label a cell belongs to.
// A block reads under a template only when every line, in order, is what
// its step says; otherwise the template does not apply and nothing
// changes. The steps only place cells: no cell is made, dropped or
// changed, so a template that reads its block puts each cell under the
// label it names, and the parser checks the cells as it checks any.
type template struct {
	name  string // the producer, for the tests
	steps []step
}

// step is one line of a template.
type step struct {
	shape shape
	// lab is the label of the line (isLabel, inline) or the label the
	// cell belongs to (the other shapes); unplacedYears for a year whose
	// label the text cannot tell.
	lab label.Label
	// same: the cell must equal the cell of the step before it. Two
	// cells of the same shape printed next to each other apart from
	// their labels, whose order the text cannot tell for sure, are placed
	// only when they are equal (which of them goes where does not
	// matter then).
	same bool
}

// shape is what the line of a step must be.
type shape uint8

const (
	isLabel     shape = iota // the label, alone on its line
	inline                   // the label, a space and its cell (as linerules.JoinOrgColumn leaves 組織情報)
	text                     // plain text (linerules.IsPlainText) without " | " and not 終了予定なし
	pipes                    // plain text holding " | ": a list's cells (事業所管課室)
	bar                      // a lone "|": a list's separator printed on a line of its own
	year                     // a year (num.Year)
	endYear                  // a year, 終了予定なし or "--"
	projectID                // six ASCII digits
	dash                     // "--": an empty cell
	tableHeader              // the 政策・施策 header row, whole (label.PolicyHeader)
	tableRow                 // a 政策・施策 row: one cell for each column of the header
)

// unplacedYears is the label of the years of 事業開始年度 and 事業年度
// when the text does not tell which is which: they go under both labels,
// where the parser reports them as not a year.
const unplacedYears label.Label = "\x00years"

// is reports whether the text t of a line has the shape s.
func (s shape) is(t string, l label.Label) bool {
	switch s {
	case isLabel:
		return linerules.LabelIs(t, l)
	case inline:
		head, v, ok := strings.Cut(t, " ")
		return ok && v != "" && linerules.LabelIs(head, l)
	case text:
		return linerules.IsPlainText(t) && !strings.Contains(t, " | ") && t != "|" && t != label.NoEndPlanned
	case pipes:
		return linerules.IsPlainText(t) && strings.Contains(t, " | ")
	case bar:
		return t == "|"
	case year:
		_, ok := num.Year(t)
		return ok
	case endYear:
		_, ok := num.Year(t)
		return ok || t == label.NoEndPlanned || t == num.Absent
	case projectID:
		return len(t) == 6 && linerules.IsDigits(t)
	case dash:
		return t == num.Absent
	case tableHeader:
		return linerules.NormalizeLine(t) == strings.Join(label.PolicyHeader, " ")
	case tableRow:
		return !linerules.LabelIs(t, label.Related) && len(strings.Fields(t)) == len(label.PolicyHeader)
	}
	return false
}

// headOrder is the order the sheet prints the labels of the head block
// in; the rewritten block has one line for each, "<label> <cells>", the
// rows of 政策・施策 after their label.
var headOrder = []label.Label{
	label.Ministry, label.Division, label.Responsible, label.OtherOrgs,
	label.BasicRow, label.ProjectID, label.StartYear, label.EndYear, label.ProjectYear, label.Category,
	label.Policies, label.Related,
}

// read reads lines from i under the template: the block rewritten in
// the sheet's order (headOrder) and the index of the line after it, or
// nil when a line is not what its step says.
func (tm *template) read(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
	if i+len(tm.steps) > len(lines) {
		return nil, 0
	}
	cells := map[label.Label][]string{}
	labelAt := map[label.Label]sheettext.Pos{}
	var rows []sheettext.Line // the 政策・施策 header and rows
	prev := ""
	for k, st := range tm.steps {
		l := lines[i+k]
		if !st.shape.is(l.Text, st.lab) || st.same && l.Text != prev {
			return nil, 0
		}
		switch st.shape {
		case isLabel:
			labelAt[st.lab] = l.Pos
		case inline:
			labelAt[st.lab] = l.Pos
			_, v, _ := strings.Cut(l.Text, " ")
			cells[st.lab] = append(cells[st.lab], v)
		case tableHeader, tableRow:
			rows = append(rows, l)
		default:
			cells[st.lab] = append(cells[st.lab], l.Text)
			prev = l.Text
		}
	}
	out := make([]sheettext.Line, 0, len(headOrder)+len(rows))
	for k, lab := range headOrder {
		pos, ok := labelAt[lab]
		if !ok {
			return nil, 0 // a template without the label: never read it
		}
		c := cells[lab]
		if lab == label.StartYear || lab == label.ProjectYear {
			c = append(c, cells[unplacedYears]...)
		}
		t := string(lab)
		if len(c) > 0 {
			t += " " + strings.Join(c, " ")
		}
		out = append(out, sheettext.Line{Text: t, Pos: pos, Break: k == 0 && lines[i].Break})
		if lab == label.Policies {
			for _, r := range rows {
				out = append(out, sheettext.Line{Text: r.Text, Pos: r.Pos})
			}
		}
	}
	return out, i + len(tm.steps)
}
