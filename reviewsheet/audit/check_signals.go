package audit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
)

// Signals an auditor looks for beyond the sheet's own arithmetic
// (docs/checks.md, "Signals"): low execution with a large 不用, budget
// cycles that do not follow the review, deep re-delegation and blocks
// that pass on almost all they receive. The one-bidder rate signal is
// with the contract rules (check_spending.go); a vendor's share of a
// ministry's contracts needs every sheet (VendorTally).
const (
	CodeLowExecution   Code = "budget.low_execution"    // warning: 執行率 < 50%, 不用 ≥ 1億円 and ≥ 20% of 計
	CodeRequestGap     Code = "budget.request_gap"      // info: 当初予算 above the 概算要求 (要求額) by ≥ 10% and ≥ 1億円
	CodeCutNotFollowed Code = "budget.cut_not_followed" // warning: 4-1 says 縮減/廃止, the next year's 要求額 is not lower
	CodeRedelegation   Code = "spending.redelegation"   // info: a block ≥ 2 re-delegations from the ministry
	CodePassThrough    Code = "spending.pass_through"   // info: a block's payees pass on ≥ 90% of its total
)

// Thresholds of the signals.
const (
	lowExecutionRate   = 50.0        // 執行率 below, in percent
	lowExecutionUnused = 100_000_000 // 不用相当額 from 1億円 …
	lowExecutionShare  = 0.20        // … and from 20% of 計
	requestGapShare    = 0.10        // 当初予算 above 要求額 by 10% …
	requestGapYen      = 100_000_000 // … and by 1億円
	redelegationDepth  = 2           // 再々委託 (the ministry → A → B → C) and deeper
	passThroughShare   = 0.90        // Σ children ÷ block total
	passThroughMinimum = 10_000_000  // blocks of 1,000万円 or more
)

func (c *checker) signals() {
	c.lowExecution()
	c.budgetCycle()
	c.redelegation()
}

// lowExecution flags a year of execution (up to executionYear) with
// 執行率 below 50% and 不用相当額 (計 − 執行額 − 翌年度への繰越し) of 1億円 or
// more and 20% of 計 or more: money granted and neither spent nor carried.
func (c *checker) lowExecution() {
	b := &c.s.Budget
	last := c.executionYear()
	for i := range b.Years {
		y := &b.Years[i]
		rate, ok := y.RecomputeExecutionRate()
		if !ok || y.Year > last || rate >= lowExecutionRate {
			continue
		}
		u, ok := b.UnusedOf(y.Year)
		if !ok || u < lowExecutionUnused || float64(u) < lowExecutionShare*float64(*y.Total) {
			continue
		}
		c.add(CodeLowExecution, SeverityWarning, fmt.Sprintf("budget.years[%d].executed", i), num.Yen(*y.Executed), num.Yen(*y.Total),
			"%d年度 執行率 %.1f%%: 不用相当額 %s is %.0f%% of 計 %s", y.Year, rate, num.Yen(u), 100*float64(u)/float64(*y.Total), num.Yen(*y.Total))
	}
}

// budgetCycle compares the budget with the review around it:
//
//   - 当初予算 of a year against its 要求額 (the 概算要求, the previous
//     year's 翌年度要求額): an info when the budget exceeds the request by
//     10% and 1億円 or more (a 事項要求, a merger, a transfer);
//   - a 4-1 行政事業レビュー推進チームの所見 or 反映状況 of 縮減 or 廃止 against the
//     next year's 要求額 (翌年度要求額): a warning when that is not lower
//     than the 事業年度's 当初予算 (both years must be present).
func (c *checker) budgetCycle() {
	b := &c.s.Budget
	for i := range b.Years {
		y := &b.Years[i]
		if y.Request == nil || y.Initial == nil || *y.Request <= 0 {
			continue
		}
		gap := *y.Initial - *y.Request
		if gap >= requestGapYen && float64(gap) >= requestGapShare*float64(*y.Request) {
			c.add(CodeRequestGap, SeverityInfo, fmt.Sprintf("budget.years[%d].initial", i), num.Yen(*y.Initial), num.Yen(*y.Request),
				"%d年度 当初予算 %s exceeds its 要求額 %s by %s", y.Year, num.Yen(*y.Initial), num.Yen(*y.Request), num.Yen(gap))
		}
	}
	e := &c.s.Evaluation
	said := ""
	for _, p := range []*string{e.Improvement, e.TeamFinding} {
		if p != nil && (strings.TrimSpace(*p) == "縮減" || strings.TrimSpace(*p) == "廃止") && said == "" {
			said = strings.TrimSpace(*p)
		}
	}
	if said == "" || c.s.FiscalYear == 0 {
		return
	}
	cur, next := b.YearOf(c.s.FiscalYear), b.YearOf(c.s.FiscalYear+1)
	var req *int64
	if next != nil && next.Request != nil {
		req = next.Request
	} else if cur != nil {
		req = cur.NextRequest
	}
	if cur == nil || cur.Initial == nil || req == nil || *req < *cur.Initial {
		return
	}
	path := "evaluation.improvement"
	if e.Improvement == nil || strings.TrimSpace(*e.Improvement) != said {
		path = "evaluation.team_finding"
	}
	c.add(CodeCutNotFollowed, SeverityWarning, path, said, num.Yen(*req),
		"the review says %s, but the %d要求額 %s is not below the %d当初予算 %s", said, c.s.FiscalYear+1, num.Yen(*req), c.s.FiscalYear, num.Yen(*cur.Initial))
}

// redelegation reports blocks two or more re-delegations away from the
// ministry (再々委託 and deeper: spending.Depth ≥ 2), once per chain at
// its deepest block, and blocks of 1,000万円 or more whose payees pay on
// 90% or more of what they receive (spending.PassThrough).
func (c *checker) redelegation() {
	sp := c.s.Spending
	if sp == nil {
		return
	}
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		path := fmt.Sprintf("spending.blocks[%d]", i)
		if d, ok := sp.Depth(b.Block); ok && d >= redelegationDepth && len(sp.Children(b.Block)) == 0 {
			chain := []string{b.Block}
			for p := b.Parent; p != ""; p = sp.BlockByName(p).Parent {
				chain = append([]string{p}, chain...)
			}
			c.add(CodeRedelegation, SeverityInfo, path, strconv.Itoa(d), "",
				"block %s is paid through %d re-delegations (%s)", b.Block, d, strings.Join(chain, " → "))
		}
		if onward, share, ok := sp.PassThrough(b.Block); ok && share >= passThroughShare && *b.Total >= passThroughMinimum {
			c.add(CodePassThrough, SeverityInfo, path+".total", num.Yen(*b.Total), num.Yen(onward),
				"block %s pays on %s of its %s to %s (%.1f%%)", b.Block, num.Yen(onward), num.Yen(*b.Total), strings.Join(sp.Children(b.Block), ", "), 100*share)
		}
	}
}
