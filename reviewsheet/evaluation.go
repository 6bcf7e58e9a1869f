package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// ＵＲＬ for URL is in labelSpellings (internal/label); the slashes of
// 所見を踏まえた改善点∕… are matched by label.MatchSpelling.

// parseKPI reads 事業に関連するKPIが定められている閣議決定等.
func (p *parser) parseKPI(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, label.KPISpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, label.SecKPI, ErrLayout, "unexpected text %q", l.Text)
	}
	k := &p.sheet.KPI
	p.textFields(fs, lines, []textSpec{{label.KPIName, 1, &k.Name}, {label.KPIURL, 1, &k.URL}, {label.KPIExcerpt, 1, &k.Excerpt}})
}

// parseEvaluation reads 点検・評価. Group labels (事業所管部局による点検・改善,
// …) carry no text of their own; text under them is an error.
func (p *parser) parseEvaluation(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, label.EvaluationSpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, label.SecEvaluation, ErrLayout, "unexpected text %q", l.Text)
	}
	e := &p.sheet.Evaluation
	for _, g := range []label.Label{label.SelfGroup, label.ExternalGroup, label.TeamGroup, label.ImproveGroup} {
		if f, ok := p.required(fs, g, 1, lines); ok && len(f.content()) > 0 {
			p.errorAt(f.pos, g, ErrLayout, "unexpected text %q under a group label", f.content()[0].Text)
		}
	}
	p.textFields(fs, lines, []textSpec{
		{label.Result, 1, &e.Result}, {label.TargetYearEval, 1, &e.TargetYearEval}, {label.Direction, 1, &e.Direction},
		{label.ExtTarget, 1, &e.External.Target}, {label.ExtLastYear, 1, &e.External.LastYear}, {label.ExtReason, 1, &e.External.Reason},
		{label.Finding, 1, &e.External.Finding}, {label.ExtPublic, 1, &e.External.PublicProcess},
		{label.Finding, 2, &e.TeamFinding}, {label.Detail, 1, &e.TeamDetail}, {label.Improvement, 1, &e.Improvement},
		{label.Detail, 2, &e.ImprovementDetail}, {label.PublicReview, 1, &e.PublicReview}, {label.OtherPoints, 1, &e.OtherPoints},
	})
	for _, m := range []struct {
		l    label.Label
		path string
	}{{label.Result, "evaluation.result"}, {label.TargetYearEval, "evaluation.target_year_evaluation"}, {label.Direction, "evaluation.direction"}} {
		if f := nth(fs, m.l, 1); f != nil && f.found() {
			p.mark(m.path, f.firstPos())
		}
	}
	if f, ok := p.required(fs, label.Reflection, 1, lines); ok {
		e.Reflections = p.parseReflections(f)
	}
}

// parseReflections reads the 反映額 table (会計, 勘定, 反映額 in 千円). A row of
// "--" cells is an empty table. The header may be printed a word or two
// a line (mutool, PyMuPDF: 会計 / 勘定 / 反映額 (千円)), or with tabs: its
// lines joined with spaces are the header (headerLines); in default-mode
// text "--" cells a line each are the empty row (before, the header was
// read as a row, 会計勘定反映額 as its 会計).
func (p *parser) parseReflections(f *field) []Reflection {
	lines := f.content()
	if k := headerLines(lines, label.ReflectionHeader); k > 0 {
		lines = lines[k:]
	} else {
		p.errorAt(f.pos, label.Reflection, ErrLayout, "table header %q not found", label.ReflectionHeader)
	}
	if len(lines) == 0 || isAbsentRow(lines) || (p.lostDash() && linerules.OnlyDashes(lines)) {
		return []Reflection{}
	}
	out := []Reflection{}
	var rowBuf [8]row
	for _, r := range p.tableRows(rowBuf[:0], lines, 3, label.Reflection) {
		amt, err := p.thousandYen(r.cells[2])
		if err != nil {
			p.errorAt(r.pos, label.Reflection, ErrSyntax, "%v", err)
		}
		p.markAt(jp("evaluation.reflections", len(out)), ".amount", r.pos)
		out = append(out, Reflection{Account: p.optText(r.cells[0]), Sub: p.optText(r.cells[1]), Amount: amt})
	}
	return out
}

// headerLines returns how many of the first lines (at most 4) spell the
// table header, their words joined with single spaces (a word or two a
// line, or tabs between them), or 0 when none do.
func headerLines(lines []sheettext.Line, header string) int {
	if len(lines) > 0 && lines[0].Text == header { // as printed: no allocation
		return 1
	}
	var words []string
	for k := 0; k < len(lines) && k < 4; k++ {
		words = append(words, strings.Fields(lines[k].Text)...)
		if strings.Join(words, " ") == header {
			return k + 1
		}
	}
	return 0
}
