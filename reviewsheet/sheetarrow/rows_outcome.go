package sheetarrow

import (
	"math"

	"github.com/rsheet/rsheet/outcome"
)

// outcomeNodeCols are the columns of outcome_nodes after the key columns.
var outcomeNodeCols = []col[*outcome.Node]{
	{column{name: "node_id", typ: tInt32, ja: "番号", notNull: true}, func(w *row, r *outcome.Node) { w.i32(int32(r.ID)) }},
	{column{name: "kind", typ: tDict, ja: "種別"}, func(w *row, r *outcome.Node) { w.dict(string(r.Kind)) }},
	{column{name: "text", typ: tString, ja: "アクティビティ内容∕活動目標∕成果目標"}, func(w *row, r *outcome.Node) { w.strnz(r.Text) }},
	{column{name: "indicator", typ: tString, ja: "活動指標∕成果指標"}, func(w *row, r *outcome.Node) {
		w.strp(indicatorText(r, func(i *outcome.Indicator) string { return i.Name }))
	}},
	{column{name: "unit", typ: tDict, ja: "単位"}, func(w *row, r *outcome.Node) {
		w.dictp(indicatorText(r, func(i *outcome.Indicator) string { return i.Unit }))
	}},
	{column{name: "improvement", typ: tDict, ja: "改善の上向き／下向き"}, func(w *row, r *outcome.Node) {
		w.dictp(indicatorText(r, func(i *outcome.Indicator) string { return i.Improvement }))
	}},
	{column{name: "qualitative_result", typ: tString, ja: "定性的なアウトカムに関する成果実績"}, func(w *row, r *outcome.Node) { w.strp(r.QualitativeResult) }},
	{column{name: "data_source", typ: tString, ja: "実績∕目標∕見込みの根拠として用いた統計・データ名（出典）"}, func(w *row, r *outcome.Node) { w.strp(r.DataSource) }},
	{column{name: "more_texts", typ: tString, ja: "その他の活動目標∕成果目標（RS CSV）"}, func(w *row, r *outcome.Node) { w.joined(r.MoreTexts, ListSep) }},
	{column{name: "source_number", typ: tInt32, ja: "CSV上の番号（振り直した場合）"}, func(w *row, r *outcome.Node) { w.intp(r.SourceNumber) }},
	{column{name: "goal_type", typ: tDict, ja: "成果目標の種類（RS CSV）"}, func(w *row, r *outcome.Node) { w.dict(r.GoalType) }},
	{column{name: "qualitative_reason", typ: tString, ja: "定性的なアウトカム目標を設定している理由"}, func(w *row, r *outcome.Node) { w.strp(r.QualitativeReason) }},
	{column{name: "single_stage_reason", typ: tString, ja: "アウトカムを複数段階で設定できない理由"}, func(w *row, r *outcome.Node) { w.strp(r.SingleStageReason) }},
	{column{name: "box_text", typ: tString, ja: "活動・成果目標等のつながりの箱の文（本文と異なる場合）"}, func(w *row, r *outcome.Node) { w.strp(r.BoxText) }},
}

// outcomeLinkCols are the columns of outcome_links after the key columns.
var outcomeLinkCols = []col[*outcome.Link]{
	{column{name: "from_id", typ: tInt32, ja: "元の番号", notNull: true}, func(w *row, r *outcome.Link) { w.i32(int32(r.From)) }},
	{column{name: "to_id", typ: tInt32, ja: "先の番号", notNull: true}, func(w *row, r *outcome.Link) { w.i32(int32(r.To)) }},
	{column{name: "text", typ: tString, ja: "後続アウトカムへのつながり"}, func(w *row, r *outcome.Link) { w.strp(r.Text) }},
}

// outcomeValueCols are the columns of outcome_values after the key columns.
var outcomeValueCols = []col[valueRow]{
	{column{name: "node_id", typ: tInt32, ja: "番号", notNull: true}, func(w *row, r valueRow) { w.i32(int32(r.node.ID)) }},
	{column{name: "year", typ: tInt32, ja: "年度", unit: UnitYear, notNull: true}, func(w *row, r valueRow) { w.i32(int32(r.v.Year)) }},
	{column{name: "target", typ: tFloat64, ja: "当初見込み∕目標値"}, func(w *row, r valueRow) { w.f64p(r.v.Target) }},
	{column{name: "actual", typ: tFloat64, ja: "活動実績∕成果実績"}, func(w *row, r valueRow) { w.f64p(r.v.Actual) }},
	{column{name: "achievement_rate", typ: tFloat64, ja: "達成率", unit: UnitPercent}, func(w *row, r valueRow) { w.f64p(r.v.AchievementRate) }},
	{column{name: "achievement_rate_calc", typ: tFloat64, ja: "達成率（再計算）", unit: UnitPercent}, func(w *row, r valueRow) { w.f64ok(achievementRate(r.v, r.dir)) }},
	{column{name: "is_target_year", typ: tBool, ja: "目標年度", notNull: true}, func(w *row, r valueRow) { w.boolean(r.v.IsTargetYear) }},
}

// valueRow is one year of a node's indicator table.
type valueRow struct {
	node *outcome.Node
	v    *outcome.Value
	dir  outcome.Direction
}

// indicatorText returns get of the node's indicator; nil without an
// indicator or when the text is empty.
func indicatorText(n *outcome.Node, get func(*outcome.Indicator) string) *string {
	if n.Indicator == nil {
		return nil
	}
	v := get(n.Indicator)
	if v == "" {
		return nil
	}
	return &v
}

// addOutcome appends the outcome_* rows of one sheet: nodes in number
// order, links in the order of Graph.Links (or, when the model has none,
// of Graph.Edges), and the year columns of each node's indicator.
//
// achievement_rate_calc is 実績 ÷ 目標 × 100 at full precision, or 目標 ÷
// 実績 × 100 when the indicator is known to improve downwards (RS CSV 3-1;
// the sheet text does not print it, so sheets read from text count as
// upward), for outputs too, although the sheet prints 達成率 only for
// outcomes.
func (b *Builder) addOutcome(k key, g *outcome.Graph) {
	if g == nil {
		return
	}
	for i := range g.Nodes {
		addRow(b, OutcomeNodes, k, outcomeNodeCols, &g.Nodes[i])
	}
	if len(g.Links) > 0 {
		for i := range g.Links {
			addRow(b, OutcomeLinks, k, outcomeLinkCols, &g.Links[i])
		}
	} else {
		for _, e := range g.Edges() {
			addRow(b, OutcomeLinks, k, outcomeLinkCols, &outcome.Link{Edge: e})
		}
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Indicator == nil {
			continue
		}
		dir, _ := n.Indicator.Direction()
		for j := range n.Indicator.Values {
			addRow(b, OutcomeValues, k, outcomeValueCols, valueRow{node: n, v: &n.Indicator.Values[j], dir: dir})
		}
	}
}

// maxExact is the largest magnitude below which every integer is exact
// in a float64 even after multiplying by 100.
const maxExact = 1 << 53 / 100

// achievementRate is v.RecomputeAchievementRate(d), which
// works in big.Rat (about 600 allocations per sample sheet). When target
// and actual are integers below maxExact, actual×100 and target are exact
// float64 values and one IEEE division rounds their exact quotient
// correctly: the same float64 as the rational computation, without
// allocating. Other values take the exact path.
func achievementRate(v *outcome.Value, d outcome.Direction) (float64, bool) {
	if v.Target != nil && v.Actual != nil {
		t, a := *v.Target, *v.Actual
		if d == outcome.Downward {
			t, a = a, t
		}
		if t == math.Trunc(t) && a == math.Trunc(a) && math.Abs(t) < maxExact && math.Abs(a) < maxExact {
			if t == 0 {
				return 0, false
			}
			return a * 100 / t, true
		}
	}
	return v.RecomputeAchievementRate(d)
}
