package sheetarrow

import (
	"math"

	"github.com/rsheet/rsheet/outcome"
)

var (
	outcomeNodeColumns = []column{
		{name: "node_id", typ: tInt32, ja: "番号", notNull: true},
		{name: "kind", typ: tDict, ja: "種別"},
		{name: "text", typ: tString, ja: "アクティビティ内容∕活動目標∕成果目標"},
		{name: "indicator", typ: tString, ja: "活動指標∕成果指標"},
		{name: "unit", typ: tDict, ja: "単位"},
		{name: "improvement", typ: tDict, ja: "改善の上向き／下向き"},
		{name: "qualitative_result", typ: tString, ja: "定性的なアウトカムに関する成果実績"},
		{name: "data_source", typ: tString, ja: "実績∕目標∕見込みの根拠として用いた統計・データ名（出典）"},
		{name: "more_texts", typ: tString, ja: "その他の活動目標∕成果目標（RS CSV）"},
		{name: "source_number", typ: tInt32, ja: "CSV上の番号（振り直した場合）"},
		{name: "goal_type", typ: tDict, ja: "成果目標の種類（RS CSV）"},
		{name: "qualitative_reason", typ: tString, ja: "定性的なアウトカム目標を設定している理由"},
		{name: "single_stage_reason", typ: tString, ja: "アウトカムを複数段階で設定できない理由"},
		{name: "box_text", typ: tString, ja: "活動・成果目標等のつながりの箱の文（本文と異なる場合）"},
	}
	outcomeLinkColumns = []column{
		{name: "from_id", typ: tInt32, ja: "元の番号", notNull: true},
		{name: "to_id", typ: tInt32, ja: "先の番号", notNull: true},
		{name: "text", typ: tString, ja: "後続アウトカムへのつながり"},
	}
	outcomeValueColumns = []column{
		{name: "node_id", typ: tInt32, ja: "番号", notNull: true},
		{name: "year", typ: tInt32, ja: "年度", unit: UnitYear, notNull: true},
		{name: "target", typ: tFloat64, ja: "当初見込み∕目標値"},
		{name: "actual", typ: tFloat64, ja: "活動実績∕成果実績"},
		{name: "achievement_rate", typ: tFloat64, ja: "達成率", unit: UnitPercent},
		{name: "achievement_rate_calc", typ: tFloat64, ja: "達成率（再計算）", unit: UnitPercent},
		{name: "is_target_year", typ: tBool, ja: "目標年度", notNull: true},
	}
)

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
		n := &g.Nodes[i]
		r := b.start(OutcomeNodes, k)
		r.i32(int32(n.ID))
		r.dict(string(n.Kind))
		r.strnz(n.Text)
		if n.Indicator != nil {
			r.strnz(n.Indicator.Name)
			r.dict(n.Indicator.Unit)
			r.dict(n.Indicator.Improvement)
		} else {
			r.null()
			r.null()
			r.null()
		}
		r.strp(n.QualitativeResult)
		r.strp(n.DataSource)
		r.joined(n.MoreTexts, ListSep)
		r.intp(n.SourceNumber)
		r.dict(n.GoalType)
		r.strp(n.QualitativeReason)
		r.strp(n.SingleStageReason)
		r.strp(n.BoxText)
		r.end()
	}
	if len(g.Links) > 0 {
		for i := range g.Links {
			l := &g.Links[i]
			b.addLink(k, l.From, l.To, l.Text)
		}
	} else {
		for _, e := range g.Edges() {
			b.addLink(k, e.From, e.To, nil)
		}
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Indicator == nil {
			continue
		}
		dir, _ := n.Indicator.Direction()
		for j := range n.Indicator.Values {
			v := &n.Indicator.Values[j]
			r := b.start(OutcomeValues, k)
			r.i32(int32(n.ID))
			r.i32(int32(v.Year))
			r.f64p(v.Target)
			r.f64p(v.Actual)
			r.f64p(v.AchievementRate)
			r.f64ok(achievementRate(v, dir))
			r.boolean(v.IsTargetYear)
			r.end()
		}
	}
}

func (b *Builder) addLink(k key, from, to int, text *string) {
	r := b.start(OutcomeLinks, k)
	r.i32(int32(from))
	r.i32(int32(to))
	r.strp(text)
	r.end()
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
