package reviewsheet

import (
	"github.com/rsheet/rsheet/internal/sheettext"
)

// Labels of the KPI block and of 点検・評価.
const (
	lbKPIName    label = "名前"
	lbKPIURL     label = "URL"
	lbKPIExcerpt label = "該当箇所"

	lbSelfGroup      label = "事業所管部局による点検・改善"
	lbResult         label = "点検結果"
	lbTargetYearEval label = "目標年度における効果測定に関する評価"
	lbDirection      label = "改善の方向性"
	lbExternalGroup  label = "外部有識者による点検"
	lbExtTarget      label = "点検対象"
	lbExtLastYear    label = "最終実施年度"
	lbExtReason      label = "対象の理由"
	lbFinding        label = "所見"
	lbExtPublic      label = "公開プロセス結果概要"
	lbTeamGroup      label = "行政事業レビュー推進チームの所見に至る過程及び所見"
	lbDetail         label = "詳細"
	lbImproveGroup   label = "所見を踏まえた改善点∕概算要求における反映状況"
	lbImprovement    label = "改善点・反映状況"
	lbReflection     label = "反映額"
	lbPublicReview   label = "公開プロセス・秋の年次公開検証（秋のレビュー）における取りまとめ"
	lbOtherPoints    label = "その他の指摘事項"
	reflectionHeader       = "会計 勘定 反映額 (千円)"
)

// ＵＲＬ for URL is in labelSpellings; the slashes of
// 所見を踏まえた改善点∕… are matched by matchSpelling.

var kpiSpecs = newFieldSet([]fieldSpec{{l: lbKPIName}, {l: lbKPIURL}, {l: lbKPIExcerpt}})

// parseKPI reads 事業に関連するKPIが定められている閣議決定等.
func (p *parser) parseKPI(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, kpiSpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, secKPI, ErrLayout, "unexpected text %q", l.Text)
	}
	k := &p.sheet.KPI
	p.textFields(fs, lines, []textSpec{{lbKPIName, 1, &k.Name}, {lbKPIURL, 1, &k.URL}, {lbKPIExcerpt, 1, &k.Excerpt}})
}

var evaluationSpecs = newFieldSet([]fieldSpec{
	{l: lbSelfGroup}, {l: lbResult}, {l: lbTargetYearEval}, {l: lbDirection},
	{l: lbExternalGroup}, {l: lbExtTarget}, {l: lbExtLastYear, inline: true}, {l: lbExtReason}, {l: lbFinding}, {l: lbExtPublic},
	{l: lbTeamGroup}, {l: lbFinding}, {l: lbDetail, inline: true},
	{l: lbImproveGroup}, {l: lbImprovement}, {l: lbReflection}, {l: lbDetail},
	{l: lbPublicReview}, {l: lbOtherPoints},
})

// parseEvaluation reads 点検・評価. Group labels (事業所管部局による点検・改善,
// …) carry no text of their own; text under them is an error.
func (p *parser) parseEvaluation(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, evaluationSpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, secEvaluation, ErrLayout, "unexpected text %q", l.Text)
	}
	e := &p.sheet.Evaluation
	for _, g := range []label{lbSelfGroup, lbExternalGroup, lbTeamGroup, lbImproveGroup} {
		if f, ok := p.required(fs, g, 1, lines); ok && len(f.content()) > 0 {
			p.errorAt(f.pos, g, ErrLayout, "unexpected text %q under a group label", f.content()[0].Text)
		}
	}
	p.textFields(fs, lines, []textSpec{
		{lbResult, 1, &e.Result}, {lbTargetYearEval, 1, &e.TargetYearEval}, {lbDirection, 1, &e.Direction},
		{lbExtTarget, 1, &e.External.Target}, {lbExtLastYear, 1, &e.External.LastYear}, {lbExtReason, 1, &e.External.Reason},
		{lbFinding, 1, &e.External.Finding}, {lbExtPublic, 1, &e.External.PublicProcess},
		{lbFinding, 2, &e.TeamFinding}, {lbDetail, 1, &e.TeamDetail}, {lbImprovement, 1, &e.Improvement},
		{lbDetail, 2, &e.ImprovementDetail}, {lbPublicReview, 1, &e.PublicReview}, {lbOtherPoints, 1, &e.OtherPoints},
	})
	for _, m := range []struct {
		l    label
		path string
	}{{lbResult, "evaluation.result"}, {lbTargetYearEval, "evaluation.target_year_evaluation"}, {lbDirection, "evaluation.direction"}} {
		if f := nth(fs, m.l, 1); f != nil && f.found() {
			p.mark(m.path, f.firstPos())
		}
	}
	if f, ok := p.required(fs, lbReflection, 1, lines); ok {
		e.Reflections = p.parseReflections(f)
	}
}

// parseReflections reads the 反映額 table (会計, 勘定, 反映額 in 千円). A row of
// "--" cells is an empty table.
func (p *parser) parseReflections(f *field) []Reflection {
	lines := f.content()
	if len(lines) == 0 || lines[0].Text != reflectionHeader {
		p.errorAt(f.pos, lbReflection, ErrLayout, "table header %q not found", reflectionHeader)
	} else {
		lines = lines[1:]
	}
	if len(lines) == 0 || isAbsentRow(lines) {
		return []Reflection{}
	}
	out := []Reflection{}
	for _, r := range p.tableRows(lines, 3, lbReflection) {
		amt, err := p.thousandYen(r.cells[2])
		if err != nil {
			p.errorAt(r.pos, lbReflection, ErrSyntax, "%v", err)
		}
		p.markAt(jp("evaluation.reflections", len(out)), ".amount", r.pos)
		out = append(out, Reflection{Account: p.optText(r.cells[0]), Sub: p.optText(r.cells[1]), Amount: amt})
	}
	return out
}
