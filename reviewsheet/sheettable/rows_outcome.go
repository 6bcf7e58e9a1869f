package sheettable

import (
	"math"

	"github.com/rsheet/rsheet/outcome"
)

// OutcomeNodeCols are the columns of outcome_nodes after the key columns.
var OutcomeNodeCols = mustCheck("outcome_nodes", []Col[*outcome.Node]{
	{Column: Column{Name: "node_id", Type: Int32, JA: "番号", NotNull: true}, Int: func(r *outcome.Node) (int64, bool) { return int64(r.ID), true }},
	{Column: Column{Name: "kind", Type: Dict, JA: "種別"}, Str: func(r *outcome.Node) (string, bool) { return nz(string(r.Kind)) }},
	{Column: Column{Name: "text", Type: String, JA: "アクティビティ内容∕活動目標∕成果目標"}, Str: func(r *outcome.Node) (string, bool) { return nz(r.Text) }},
	{Column: Column{Name: "indicator", Type: String, JA: "活動指標∕成果指標"}, Str: func(r *outcome.Node) (string, bool) {
		return indicatorText(r, func(i *outcome.Indicator) string { return i.Name })
	}},
	{Column: Column{Name: "unit", Type: Dict, JA: "単位"}, Str: func(r *outcome.Node) (string, bool) {
		return indicatorText(r, func(i *outcome.Indicator) string { return i.Unit })
	}},
	{Column: Column{Name: "improvement", Type: Dict, JA: "改善の上向き／下向き"}, Str: func(r *outcome.Node) (string, bool) {
		return indicatorText(r, func(i *outcome.Indicator) string { return i.Improvement })
	}},
	{Column: Column{Name: "qualitative_result", Type: String, JA: "定性的なアウトカムに関する成果実績"}, Str: func(r *outcome.Node) (string, bool) { return opt(r.QualitativeResult) }},
	{Column: Column{Name: "data_source", Type: String, JA: "実績∕目標∕見込みの根拠として用いた統計・データ名（出典）"}, Str: func(r *outcome.Node) (string, bool) { return opt(r.DataSource) }},
	{Column: Column{Name: "more_texts", Type: String, JA: "その他の活動目標∕成果目標（RS CSV）"}, Str: func(r *outcome.Node) (string, bool) { return join(r.MoreTexts, ListSep) }},
	{Column: Column{Name: "source_number", Type: Int32, JA: "CSV上の番号（振り直した場合）"}, Int: func(r *outcome.Node) (int64, bool) { return optInt(r.SourceNumber) }},
	{Column: Column{Name: "goal_type", Type: Dict, JA: "成果目標の種類（RS CSV）"}, Str: func(r *outcome.Node) (string, bool) { return nz(r.GoalType) }},
	{Column: Column{Name: "qualitative_reason", Type: String, JA: "定性的なアウトカム目標を設定している理由"}, Str: func(r *outcome.Node) (string, bool) { return opt(r.QualitativeReason) }},
	{Column: Column{Name: "single_stage_reason", Type: String, JA: "アウトカムを複数段階で設定できない理由"}, Str: func(r *outcome.Node) (string, bool) { return opt(r.SingleStageReason) }},
	{Column: Column{Name: "box_text", Type: String, JA: "活動・成果目標等のつながりの箱の文（本文と異なる場合）"}, Str: func(r *outcome.Node) (string, bool) { return opt(r.BoxText) }},
})

// OutcomeLinkCols are the columns of outcome_links after the key columns.
var OutcomeLinkCols = mustCheck("outcome_links", []Col[*outcome.Link]{
	{Column: Column{Name: "from_id", Type: Int32, JA: "元の番号", NotNull: true}, Int: func(r *outcome.Link) (int64, bool) { return int64(r.From), true }},
	{Column: Column{Name: "to_id", Type: Int32, JA: "先の番号", NotNull: true}, Int: func(r *outcome.Link) (int64, bool) { return int64(r.To), true }},
	{Column: Column{Name: "text", Type: String, JA: "後続アウトカムへのつながり"}, Str: func(r *outcome.Link) (string, bool) { return opt(r.Text) }},
})

// OutcomeValueCols are the columns of outcome_values after the key columns.
var OutcomeValueCols = mustCheck("outcome_values", []Col[ValueRow]{
	{Column: Column{Name: "node_id", Type: Int32, JA: "番号", NotNull: true}, Int: func(r ValueRow) (int64, bool) { return int64(r.Node.ID), true }},
	{Column: Column{Name: "year", Type: Int32, JA: "年度", Unit: UnitYear, NotNull: true}, Int: func(r ValueRow) (int64, bool) { return int64(r.Value.Year), true }},
	{Column: Column{Name: "target", Type: Float64, JA: "当初見込み∕目標値"}, Float: func(r ValueRow) (float64, bool) { return opt(r.Value.Target) }},
	{Column: Column{Name: "actual", Type: Float64, JA: "活動実績∕成果実績"}, Float: func(r ValueRow) (float64, bool) { return opt(r.Value.Actual) }},
	{Column: Column{Name: "achievement_rate", Type: Float64, JA: "達成率", Unit: UnitPercent}, Float: func(r ValueRow) (float64, bool) { return opt(r.Value.AchievementRate) }},
	{Column: Column{Name: "achievement_rate_calc", Type: Float64, JA: "達成率（再計算）", Unit: UnitPercent}, Float: func(r ValueRow) (float64, bool) { return achievementRate(r.Value, r.Dir) }},
	{Column: Column{Name: "is_target_year", Type: Bool, JA: "目標年度", NotNull: true}, Bool: func(r ValueRow) (bool, bool) { return r.Value.IsTargetYear, true }},
})

// ValueRow is one year of a node's indicator table, with the direction
// in which the indicator improves (achievement_rate_calc).
type ValueRow struct {
	Node  *outcome.Node
	Value *outcome.Value
	Dir   outcome.Direction
}

// indicatorText returns get of the node's indicator; null without an
// indicator or when the text is empty.
func indicatorText(n *outcome.Node, get func(*outcome.Indicator) string) (string, bool) {
	if n.Indicator == nil {
		return "", false
	}
	return nz(get(n.Indicator))
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
