package audit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/outcome"
)

// Finding codes of the 効果発現経路 rules (docs/checks.md).
const (
	CodeAchievementRate Code = "outcome.achievement_rate" // 達成率 = 実績 ÷ 目標 × 100 at printed precision
	CodeOutcomeGraph    Code = "outcome.graph"            // paths start at activities, never go back, every node has a block
	CodeShortfall       Code = "outcome.shortfall"        // info: 達成率 < 80
	CodeOvershoot       Code = "outcome.overshoot"        // info: 達成率 > 200
	CodeNodeSplit       Code = "outcome.node_split"       // info: one CSV number and kind, several texts, several nodes
)

const (
	shortfallRate = 80.0
	overshootRate = 200.0
)

func (c *checker) outcome() {
	g := c.s.Outcome
	if g == nil {
		return
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Indicator == nil {
			continue
		}
		for j, v := range n.Indicator.Values {
			path := fmt.Sprintf("outcome.nodes[%d].indicator.values[%d].achievement_rate", i, j)
			c.achievement(n, v, path)
		}
	}
	c.nodeSplits(g)
	for _, pr := range g.Validate() {
		path := "outcome"
		switch {
		case pr.Path >= 0:
			path = fmt.Sprintf("outcome.paths[%d]", pr.Path)
		case pr.Node != 0:
			for i := range g.Nodes {
				if g.Nodes[i].ID == pr.Node {
					path = fmt.Sprintf("outcome.nodes[%d]", i)
				}
			}
		}
		sev := SeverityError
		if pr.Code == outcome.ProblemSameLevel {
			sev = SeverityWarning // a step within one level: odd, not inconsistent
		}
		c.add(CodeOutcomeGraph, sev, path, "", "", "%s", pr.String())
	}
}

// nodeSplits reports every number and kind of the RS CSV that was read
// as several nodes because its rows give it several texts (2024 numbers
// the chain, not the node: 001069's 短期アウトカム 1 is 「…認知度を向上させる」
// and 「…来館者数を増加させる。」). The split is the importer's reading, so
// the reader is told (info) which nodes share the CSV number.
func (c *checker) nodeSplits(g *outcome.Graph) {
	type key struct {
		no   int
		kind outcome.Kind
	}
	groups := map[key][]int{} // → node indexes
	var order []key
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.SourceNumber == nil {
			continue
		}
		k := key{*n.SourceNumber, n.Kind}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		idx := groups[k]
		if len(idx) < 2 {
			continue
		}
		ids := make([]string, len(idx))
		for j, i := range idx {
			ids[j] = strconv.Itoa(g.Nodes[i].ID)
		}
		c.add(CodeNodeSplit, SeverityInfo, fmt.Sprintf("outcome.nodes[%d]", idx[0]), strconv.Itoa(k.no), strings.Join(ids, ", "),
			"%s %d is given %d different texts in the CSV: read as %d nodes (%s)", labelOf(k.kind), k.no, len(idx), len(idx), strings.Join(ids, ", "))
	}
}

func labelOf(k outcome.Kind) string {
	if l := k.Label(); l != "" {
		return l
	}
	return string(k)
}

// achievement compares a printed 達成率 with 実績 ÷ 目標 × 100, or 目標 ÷ 実績 ×
// 100 for an indicator that improves downwards. When the source does not
// say which way the indicator improves (sheet text never does), a rate
// that only matches 目標 ÷ 実績 is reported as info, not as an error.
func (c *checker) achievement(n *outcome.Node, v outcome.Value, path string) {
	if v.AchievementRate == nil {
		return
	}
	rate := *v.AchievementRate
	dir, known := n.Indicator.Direction()
	want, match, ok := v.CheckAchievementRate(dir)
	formula := "実績 %s ÷ 目標 %s"
	num, den := v.ActualRaw, v.TargetRaw
	if dir == outcome.Downward {
		formula, num, den = "目標 %s ÷ 実績 %s", v.TargetRaw, v.ActualRaw
	}
	switch {
	case !ok:
		c.add(CodeAchievementRate, SeverityError, path, pct(rate), absent, "%d %d年度: 達成率 is printed but 目標 or 実績 is -- or 0", n.ID, v.Year)
	case match:
	case !known:
		if _, down, ok2 := v.CheckAchievementRate(outcome.Downward); ok2 && down {
			c.add(CodeAchievementRate, SeverityInfo, path, pct(rate), pct(want),
				"%d %d年度: 達成率 %s matches 目標 ÷ 実績 (an indicator that improves downwards?)", n.ID, v.Year, pct(rate))
			break
		}
		fallthrough
	default:
		c.add(CodeAchievementRate, SeverityError, path, pct(rate), pct(want),
			"%d %d年度: 達成率 %s ≠ "+formula+" × 100 = %s", n.ID, v.Year, pct(rate), num, den, strconv.FormatFloat(want, 'f', -1, 64)+"%")
	}
	switch {
	case rate < shortfallRate:
		c.add(CodeShortfall, SeverityInfo, path, pct(rate), "", "%d %d年度: 達成率 %s is below %v%%", n.ID, v.Year, pct(rate), shortfallRate)
	case rate > overshootRate:
		c.add(CodeOvershoot, SeverityInfo, path, pct(rate), "", "%d %d年度: 達成率 %s is above %v%% (target set too low?)", n.ID, v.Year, pct(rate), overshootRate)
	}
}
