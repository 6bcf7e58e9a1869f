package audit

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"

	"github.com/rsheet/rsheet/budget"
)

// Finding codes of the 予算・執行 rules (docs/checks.md).
const (
	CodeBudgetTotal          Code = "budget.total"          // 計 = 当初 + 補正 + 繰越し + 予備費等
	CodeBudgetExecutionRate  Code = "budget.execution_rate" // 執行率 = 執行額 ÷ 計 × 100 at printed precision
	CodeBudgetRateMissing    Code = "budget.execution_rate.missing"
	CodeBudgetItemsSum       Code = "budget.items_sum" // 予算内訳表 items sum to the table's column
	CodeBudgetOverExecuted   Code = "budget.executed_over_total"
	CodeBudgetFutureExecuted Code = "budget.executed_future"         // 執行額 in a year ≥ 事業年度
	CodeBudgetUnusedNegative Code = "budget.unused_negative"         // 計 − 執行額 − 翌年度への繰越し < 0
	CodeBudgetNoBudget       Code = "budget.executed_without_budget" // 執行額 > 0 with 計 = 0
	CodeBudgetOverflow       Code = "budget.overflow"                // error: a recomputed figure does not fit in int64 yen
)

func (c *checker) budget() {
	b := &c.s.Budget
	for i := range b.Years {
		y := &b.Years[i]
		base := fmt.Sprintf("budget.years[%d]", i)
		if err := b.Overflow(y.Year); err != nil {
			c.add(CodeBudgetOverflow, SeverityError, base, "", "overflow", "%v (about 922京円): the inputs cannot be real; the year's other budget rules are skipped", err)
			continue
		}
		if sum, ok := y.SumTotal(); ok || y.Total != nil {
			switch {
			case y.Total == nil:
				c.add(CodeBudgetTotal, SeverityError, base+".total", absent, num.Yen(sum), "%d年度 計 is -- but its components sum to %s", y.Year, num.Yen(sum))
			case !ok:
				c.add(CodeBudgetTotal, SeverityError, base+".total", num.Yen(*y.Total), absent, "%d年度 計 is printed but 当初予算, 補正予算, 前年度から繰越し and 予備費等 are all --", y.Year)
			case sum != *y.Total:
				c.add(CodeBudgetTotal, SeverityError, base+".total", num.Yen(*y.Total), num.Yen(sum), "%d年度 計 %s ≠ 当初 + 補正 + 繰越し + 予備費等 = %s", y.Year, num.Yen(*y.Total), num.Yen(sum))
			}
		}
		c.executionRate(y, base)
		if y.Executed != nil && *y.Executed != 0 && c.s.FiscalYear != 0 && y.Year >= c.s.FiscalYear {
			c.add(CodeBudgetFutureExecuted, SeverityWarning, base+".executed", num.Yen(*y.Executed), "", "%d年度 has 執行額 although the sheet is for 事業年度 %d (execution is known only up to %d)", y.Year, c.s.FiscalYear, c.s.FiscalYear-1)
		}
		c.overExecution(y, base)
	}
	c.budgetItems()
	c.narrativeRates()
}

// overExecution reports a year whose 執行額 (+ 翌年度への繰越し) exceeds 計:
//
//   - 計 = 0 and 執行額 > 0: budget.executed_without_budget, the budget is
//     booked elsewhere (デジタル庁 一括計上, a project split in two): info
//     when 1-5 関連事業 names a project, where it may be, else a warning;
//   - 執行額 > 計: budget.executed_over_total, a warning, or an info when
//     the excess is within half the unit the 執行額 was entered in
//     (budget.WithinEntryUnit: 2021–22 figures entered in 百万円);
//   - 不用相当額 = 計 − 執行額 − 翌年度への繰越し < 0 while 執行額 ≤ 計:
//     budget.unused_negative, likewise a warning or, within half the entry
//     unit of 執行額 or 翌年度への繰越し, an info.
func (c *checker) overExecution(y *budget.Year, base string) {
	b := &c.s.Budget
	if y.Executed == nil || y.Total == nil {
		return
	}
	ex, total := *y.Executed, *y.Total
	switch {
	case total == 0 && ex > 0:
		sev, where := SeverityWarning, "no 関連事業 is listed"
		if ids := c.relatedIDs(); ids != "" {
			sev, where = SeverityInfo, "関連事業 "+ids
		}
		c.add(CodeBudgetNoBudget, sev, base+".executed", num.Yen(ex), num.Yen(0),
			"%d年度 執行額 %s with 計 0: the budget is booked in another project (%s)", y.Year, num.Yen(ex), where)
	case ex > total:
		sev, note := SeverityWarning, ""
		if budget.WithinEntryUnit(ex-total, ex) {
			sev, note = SeverityInfo, fmt.Sprintf(", within half the unit 執行額 was entered in (%s)", num.Yen(budget.EntryUnit(ex)))
		}
		c.add(CodeBudgetOverExecuted, sev, base+".executed", num.Yen(ex), num.Yen(total), "%d年度 執行額 exceeds 計 by %s%s", y.Year, num.Yen(ex-total), note)
	default:
		u, ok := b.UnusedOf(y.Year)
		if !ok || u >= 0 {
			return
		}
		cf, _ := b.CarriedForwardOf(y.Year)
		sev, note := SeverityWarning, ""
		if budget.WithinEntryUnit(u, ex, cf) {
			sev, note = SeverityInfo, ", within half the unit the amounts were entered in"
		}
		c.add(CodeBudgetUnusedNegative, sev, base+".executed", num.YenSum(ex, cf), num.Yen(total),
			"%d年度 執行額 %s + 翌年度への繰越し %s exceed 計 %s by %s (不用相当額 < 0)%s", y.Year, num.Yen(ex), num.Yen(cf), num.Yen(total), num.Yen(-u), note)
	}
}

// relatedIDs lists the IDs of the 1-5 関連事業 ("003445, 003446"), or "".
func (c *checker) relatedIDs() string {
	var ids []string
	for _, r := range c.s.RelatedList {
		if r.ID != nil && *r.ID != "" {
			ids = append(ids, *r.ID)
		}
	}
	return strings.Join(ids, ", ")
}

// executionRate compares the printed 執行率 with 執行額 ÷ 計 × 100 rounded
// half away from zero to the printed number of decimals.
func (c *checker) executionRate(y *budget.Year, base string) {
	path := base + ".execution_rate"
	full, ok := y.RecomputeExecutionRate()
	switch {
	case !ok && y.ExecutionRate == nil:
		return
	case !ok:
		c.add(CodeBudgetRateMissing, SeverityError, path, pct(*y.ExecutionRate), absent, "%d年度 執行率 is printed but 執行額 or 計 is -- or 0", y.Year)
		return
	case y.ExecutionRate == nil && *y.Executed == 0:
		return // the sheet and the RS CSV leave the rate blank when 執行額 is 0
	case y.ExecutionRate == nil:
		c.add(CodeBudgetRateMissing, SeverityWarning, path, absent, strconv.FormatFloat(full, 'f', 1, 64)+"%", "%d年度 執行率 is -- although 執行額 and 計 are printed", y.Year)
		return
	}
	stated, d := statedRate(y)
	want, _ := y.ExecutionRateAt(d)
	// Either rounding is accepted: exact half away from zero, or the RS
	// system's, which formats the float fraction 執行額/計 (strconv 'f':
	// the binary value decides a tie) and differs on 25 of 11,652 CSV rates.
	frac, _ := strconv.ParseFloat(strconv.FormatFloat(float64(*y.Executed)/float64(*y.Total), 'f', d+2, 64), 64)
	if want != *y.ExecutionRate && math.Abs(frac*100-*y.ExecutionRate) > 1e-9 {
		c.add(CodeBudgetExecutionRate, SeverityError, path, stated, strconv.FormatFloat(want, 'f', d, 64)+"%",
			"%d年度 執行率 %s ≠ 執行額 %s ÷ 計 %s = %s%%", y.Year, stated, num.Yen(*y.Executed), num.Yen(*y.Total), strconv.FormatFloat(full, 'f', 4, 64))
	}
}

// statedRate is the 執行率 as the sheet printed it and its number of
// decimals: from ExecutionRateRaw ("17.0%" is one decimal) when it reads
// as ExecutionRate, else from the value (a rate set in Go, or read from
// the RS CSV).
func statedRate(y *budget.Year) (string, int) {
	if y.ExecutionRateRaw != "" {
		if v, ok := num.ParseRate(y.ExecutionRateRaw); ok && v == *y.ExecutionRate {
			return y.ExecutionRateRaw, num.Decimals(y.ExecutionRateRaw)
		}
	}
	return pct(*y.ExecutionRate), num.FloatDecimals(*y.ExecutionRate)
}

// budgetItems checks that the 予算内訳表 items of each 予算年度 and 予算種別
// sum to the matching figure of that year's column of the 予算額執行額表
// (a sheet's table breaks down its 事業年度; the RS CSV lists several
// years).
func (c *checker) budgetItems() {
	b := &c.s.Budget
	for _, year := range b.ItemYears() {
		yi := -1
		for i := range b.Years {
			if b.Years[i].Year == year {
				yi = i
			}
		}
		if yi < 0 {
			continue
		}
		y := &b.Years[yi]
		for _, t := range []struct {
			typ   string
			field *int64
			json  string
		}{
			{budget.TypeInitial, y.Initial, "initial"},
			{budget.TypeSupplementary, y.Supplementary, "supplementary"},
			{budget.TypeCarriedOver, y.CarriedOver, "carried_over"},
			{budget.TypeReserve, y.Reserve, "reserve"},
		} {
			sum, n, ok := b.SumItems(year, t.typ)
			if !ok {
				continue
			}
			path := fmt.Sprintf("budget.years[%d].%s", yi, t.json)
			if t.field == nil {
				// printed as --: absent, not zero; items that add up to
				// nothing agree with it
				if sum != 0 {
					c.add(CodeBudgetItemsSum, SeverityError, path, absent, num.Yen(sum),
						"%d年度 %s is printed as -- but its %d 予算内訳表 items add up to %s", year, t.typ, n, num.Yen(sum))
				}
				continue
			}
			c.sumFinding(CodeBudgetItemsSum, SeverityError, path, *t.field, sum, n,
				fmt.Sprintf("%d年度 %s vs Σ 予算内訳表 %s items", year, t.typ, t.typ))
		}
	}
}
