package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Gating each layout rule by the gutter lines. The gate of rulegate.go
// opens the nine layout rules for a whole input when one line has a
// gutter; in text in the sheet's own layout that is a free-text cell
// with a double space or a tab in it (a line or a few per input: 218 of
// the 361 rendered 2024 sheets the normalisation gate opens), and the
// nine walked every line of it to find nothing. Each of them acts only
// where a line has a gutter, so Lines lists those lines once (markLines,
// below) and applyGutterRules asks, for each rule, a necessary condition
// at them only; a rule whose condition holds at none is skipped, since
// it would return its lines unchanged:
//
//   - sheettext.Columns starts a grid row only at a line with a gutter
//     (its hasGutter) that starts indented (a table row, a row of boxes:
//     the first segment at column two or more) or whose next line starts
//     with a space or tab (a grid row's continuation lines are indented:
//     its continues); linerules.CollapseFigureRow needs the line after a
//     figure row to start with two spaces, and
//     linerules.CollapseLabelHeaderRows a header line with a gutter whose
//     next line's segments start at the header's columns, after the
//     label (so that line starts with white space). layoutAt asks the
//     one condition the three share: a gutter line that starts with a
//     space or tab, or is followed by one that does.
//   - SplitPairedValues, SplitBesideLabel, SplitWrappedBeside,
//     linerules.ReorderContractRows, MoveHeaderBeside and
//     UnfoldSideBySideRows test each line with a predicate that is
//     false unless the line has two segments apart by a run of two or
//     more spaces (linerules.PairedValues, TwoSegments, headerBesideAt's
//     search for "  "), so only gutter lines can start what they
//     rewrite. Their gates ask that predicate (pairedAt, besideLabelAt,
//     wrappedBesideAt, contractRowAt, headerBesideAt, sideBySideRun) at
//     the gutter lines; the two table rules also require the line to be
//     inside their table, which the gate does not ask (a weaker
//     condition, still false whenever the rule changes nothing).
//
// A rule that runs may rewrite the lines; the gutter lines are listed
// again (gutterLines) for the rules after it. gate.Force opens every gate; the
// equivalence tests (rulegate.go, gutterrules_test.go) compare both.

// gutterLines returns the indices of the lines with a gutter (a run of
// two or more ASCII spaces, or a tab), nil when there is none.
func gutterLines(lines []sheettext.Line, dst []int) []int {
	dst = dst[:0]
	for i := range lines {
		if hasGutter(lines[i].Text) {
			dst = append(dst, i)
		}
	}
	return dst
}

// gutterRule is one layout rule and its gate: at reports whether the
// rule may act at gutter line i.
type gutterRule struct {
	apply func([]sheettext.Line) []sheettext.Line
	at    func(lines []sheettext.Line, i int) bool
}

// gutterRules are the nine layout rules in the order Lines applies them.
var gutterRules = []gutterRule{
	{linerules.CollapseLabelHeaderRows, layoutAt},
	{linerules.CollapseFigureRow, layoutAt},
	{sheettext.Columns, layoutAt},
	{SplitPairedValues, pairedAt},
	{SplitBesideLabel, func(lines []sheettext.Line, i int) bool { _, _, ok := besideLabelAt(lines, i); return ok }},
	{SplitWrappedBeside, func(lines []sheettext.Line, i int) bool { return wrappedBesideAt(lines, i) > 0 }},
	{linerules.ReorderContractRows, contractRowAt},
	{MoveHeaderBeside, func(lines []sheettext.Line, i int) bool { k, _ := headerBesideAt(lines, i); return k >= 0 }},
	{UnfoldSideBySideRows, func(lines []sheettext.Line, i int) bool { return sideBySideRun(lines, i) > 0 }},
}

// applyGutterRules applies the nine layout rules to lines, each only when
// its gate opens at one of the gutter lines g (see above). ran reports
// whether one did: if not, lines are returned as they came.
func applyGutterRules(lines []sheettext.Line, g []int) (_ []sheettext.Line, ran bool) {
	for _, r := range gutterRules {
		if !gate.Force && !anyAt(lines, g, r.at) {
			continue
		}
		lines, ran = r.apply(lines), true
		g = gutterLines(lines, g)
	}
	return lines, ran
}

// anyAt reports whether at holds at one of the lines g.
func anyAt(lines []sheettext.Line, g []int, at func([]sheettext.Line, int) bool) bool {
	for _, i := range g {
		if at(lines, i) {
			return true
		}
	}
	return false
}

// layoutAt: gutter line i starts with white space, or the next line
// does.
func layoutAt(lines []sheettext.Line, i int) bool {
	return startsBlank(lines[i].Text) || i+1 < len(lines) && startsBlank(lines[i+1].Text)
}

func startsBlank(t string) bool { return t != "" && (t[0] == ' ' || t[0] == '\t') }

// pairedAt is SplitPairedValues' test of line i.
func pairedAt(lines []sheettext.Line, i int) bool {
	_, _, _, ok := linerules.PairedValues(lines[i].Text)
	return ok && labelEndingLine(lines, i+1) > 0
}

// contractRowAt is the first test of ReorderContractRows' contractAt:
// line i is a name segment with a contract row beside it.
func contractRowAt(lines []sheettext.Line, i int) bool {
	first, second, _ := linerules.TwoSegments(lines[i].Text)
	return first != "" && second != "" && !linerules.IsFigureCell(first) && linerules.IsContractRow(linerules.CollapseSpaces(second))
}

// Line flags. Lines read every line three times past the header rules:
// for a ∕ (RestoreSlashes), for a gutter here, and for cleanLine before
// NormalizeLine. A clean line has no gutter (no two spaces together, no
// tab), and cleanLine tells whether it holds a ∕, so markLines asks
// cleanLine once per line, and hasGutter and strings.Contains only of
// the lines it does not call clean. Its answers stand for the lines as
// long as no rule rewrites them: Lines asks again after RestoreSlashes
// and after a layout rule has run.
//
// RestoreSlashes acts only at a line with a ∕ (slashesAt returns n == 0
// at once for the others), so its gate asks slashesAt at those lines
// only (slashRuleAt); the sheet's own labels hold ∕ (実績∕目標∕見込みの),
// so a gate on the ∕ alone would not close.
type lineMarks struct {
	dirty   []int // the lines cleanLine does not call clean
	paged   []int // the clean lines with a space before a '/' (cleanLine's second answer)
	gutters []int // the lines with a gutter
	divides []int // the lines with a ∕
	valid   bool  // the lists stand for the lines
}

// markLines asks cleanLine of every line (and hasGutter and
// strings.Contains of the lines it does not call clean) and lists the
// answers, in the order of the lines, appending them to the lists of buf
// (emptied: the caller's buffers, so that a few marks cost no
// allocation).
func markLines(lines []sheettext.Line, buf *lineMarks) lineMarks {
	m := lineMarks{dirty: buf.dirty[:0], paged: buf.paged[:0], gutters: buf.gutters[:0], divides: buf.divides[:0], valid: true}
	for i := range lines {
		t := lines[i].Text
		clean, slash, divide := cleanLine(t)
		switch {
		case clean && slash:
			m.paged = append(m.paged, i)
		case !clean:
			m.dirty = append(m.dirty, i)
			divide = strings.Contains(t, slashRune)
			if hasGutter(t) {
				m.gutters = append(m.gutters, i)
			}
		}
		if divide {
			m.divides = append(m.divides, i)
		}
	}
	return m
}

// next returns cleanLine's answers for line i from the lists, for each
// i in turn from 0 (it consumes the lists).
func (m *lineMarks) next(i int) (clean, slash bool) {
	if len(m.dirty) > 0 && m.dirty[0] == i {
		m.dirty = m.dirty[1:]
		return false, false
	}
	if len(m.paged) > 0 && m.paged[0] == i {
		m.paged = m.paged[1:]
		return true, true
	}
	return true, false
}

// slashRuleAt reports whether RestoreSlashes acts at line i.
func slashRuleAt(lines []sheettext.Line, i int) bool {
	_, n := slashesAt(lines, i)
	return n > 0
}
