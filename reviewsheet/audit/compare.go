package audit

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/spending"
)

// The codes of Compare (docs/crosscheck.md, generated from compareRules).
const (
	CodeXFiscalYear       Code = "xcheck.fiscal_year"
	CodeXProjectID        Code = "xcheck.project_id"
	CodeXName             Code = "xcheck.name"
	CodeXMinistry         Code = "xcheck.ministry"
	CodeXCategory         Code = "xcheck.category"
	CodeXStartYear        Code = "xcheck.start_year"
	CodeXEndYear          Code = "xcheck.end_year"
	CodeXRequest          Code = "xcheck.budget.request"
	CodeXInitial          Code = "xcheck.budget.initial"
	CodeXSupplementary    Code = "xcheck.budget.supplementary"
	CodeXCarriedOver      Code = "xcheck.budget.carried_over"
	CodeXReserve          Code = "xcheck.budget.reserve"
	CodeXTotal            Code = "xcheck.budget.total"
	CodeXExecuted         Code = "xcheck.budget.executed"
	CodeXExecutionRate    Code = "xcheck.budget.execution_rate"
	CodeXItem             Code = "xcheck.budget.item"
	CodeXItemMissing      Code = "xcheck.budget.item_missing"
	CodeXBlock            Code = "xcheck.spending.block"
	CodeXBlockMissing     Code = "xcheck.spending.block_missing"
	CodeXRecipient        Code = "xcheck.spending.recipient"
	CodeXRecipientMissing Code = "xcheck.spending.recipient_missing"
	CodeXTarget           Code = "xcheck.outcome.target"
	CodeXActual           Code = "xcheck.outcome.actual"
	CodeXAchievementRate  Code = "xcheck.outcome.achievement_rate"
	CodeXNodeMissing      Code = "xcheck.outcome.node_missing"
	CodeXSkipped          Code = "xcheck.skipped"
	// CodeXNotFound: the official data has no rows for the sheet's
	// project (set by the caller that looks the project up: rsheet check
	// -against).
	CodeXNotFound Code = "xcheck.not_found"
)

// Compare checks a sheet as stated (read from its text or PDF) against the
// official record of the same project (the RS CSV, imported by package
// rscsv) field by field, and returns one Finding per disagreement, sorted
// by line, path and code. Recomputed holds the official value. It is
// equally usable for two readings of one sheet (PDF vs text).
//
// Only what both sides carry is compared: budget years present on both,
// the 予算内訳表 only when both are for the same 事業年度. Money is
// compared in yen with the sheet's rounding allowed: the sheet prints 千円
// (amounts rounded at the 百円 digit, 執行額 truncated), so a gap below
// 1,000 yen is agreement. A nil amount equals 0 (the CSV writes 0 where
// the sheet prints "--"). 執行率 is compared at the number of decimals the
// stated side prints, recomputed exactly from the official 執行額 ÷ 計
// (budget.RoundRatio), or else rounded from the official rate. 執行額 and
// 執行率 of budget years from the official 事業年度 on are not compared:
// that data was written before any execution (it says 0). Text is
// compared with all white space removed (sheet text wraps lines).
//
// Codes (docs/crosscheck.md lists them with examples):
//
//	xcheck.fiscal_year        info    the two sides are for different 事業年度
//	xcheck.project_id         error   予算事業ID differs
//	xcheck.name               error   事業名 differs
//	xcheck.ministry           error   府省庁 differs
//	xcheck.category           error   事業区分 differs
//	xcheck.start_year         error   事業開始年度 differs
//	xcheck.end_year           error   事業終了（予定）年度 differs
//	xcheck.budget.<field>     error   a figure of a budget year differs
//	                                  (request, initial, supplementary,
//	                                  carried_over, reserve, total, executed,
//	                                  execution_rate)
//	xcheck.budget.item        error   a 予算内訳表 amount differs
//	xcheck.budget.item_missing warning an item on one side only
//	xcheck.spending.block     error   a block's 合計支出額 differs
//	xcheck.spending.block_missing warning a block on one side only
//	xcheck.spending.recipient error   a payee's 支出額 in a block differs
//	xcheck.spending.recipient_missing warning a payee on one side only
//	xcheck.outcome.target     error   an indicator's 目標値 of a year differs
//	xcheck.outcome.actual     error   an indicator's 実績値 of a year differs
//	xcheck.outcome.achievement_rate error 達成率 differs (at the stated decimals)
//	xcheck.outcome.node_missing warning a node numbered on one side only
//	xcheck.skipped            info    a comparison not made because the
//	                                  official set lacks the RS table it
//	                                  needs (Registry.MissingTables): one
//	                                  per skipped comparison
func Compare(stated, official *reviewsheet.Sheet) []Finding {
	if stated == nil || official == nil {
		return nil
	}
	c := &comparer{collector: collector{s: stated}, o: official}
	c.basic()
	c.budgetYears()
	c.budgetItems()
	c.spending()
	c.outcome()
	return c.done()
}

// comparer collects the findings of one comparison.
type comparer struct {
	collector                    // the stated side, whose lines findings carry
	o         *reviewsheet.Sheet // the official side
}

// rsTableTitles names the RS tables whose absence skips a comparison.
var rsTableTitles = map[string]string{
	"2-1": "予算・執行_サマリ", "2-2": "予算種別・歳出予算項目", "3-1": "目標・実績",
	"3-2": "目標のつながり", "5-1": "支出情報", "5-2": "支出ブロックのつながり",
}

// skip reports whether the official side lacks RS table id; if so it
// adds an xcheck.skipped info saying that what was not compared.
func (c *comparer) skip(id, path, what string) bool {
	if !c.o.Registry.Lacks(id) {
		return false
	}
	c.add(CodeXSkipped, SeverityInfo, path, "", "",
		"%s not compared: the official data lacks RS table %s %s", what, id, rsTableTitles[id])
	return true
}

// xcSquash removes white space (including U+3000) for text comparison.
func xcSquash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func xcText(code Code, path, label, stated, official string, c *comparer) {
	if xcSquash(stated) != xcSquash(official) {
		c.add(code, SeverityError, path, stated, official, "%s: the sheet says %q, the official data %q", label, stated, official)
	}
}

func xcIntp(p *int) string {
	if p == nil {
		return absent
	}
	return strconv.Itoa(*p)
}

func (c *comparer) basic() {
	s, o := c.s, c.o
	if s.FiscalYear != o.FiscalYear {
		c.add(CodeXFiscalYear, SeverityInfo, "fiscal_year", strconv.Itoa(s.FiscalYear), strconv.Itoa(o.FiscalYear),
			"the sheet is for 事業年度 %d, the official data for %d: only figures both carry are compared", s.FiscalYear, o.FiscalYear)
	}
	xcText(CodeXProjectID, "project_id", "予算事業ID", s.ProjectID, o.ProjectID, c)
	xcText(CodeXName, "name", "事業名", s.Name, o.Name, c)
	if o.Organization.Ministry != "" {
		xcText(CodeXMinistry, "organization.ministry", "府省庁", s.Organization.Ministry, o.Organization.Ministry, c)
	}
	if o.Category != "" && s.FiscalYear == o.FiscalYear {
		// 事業区分 (新規/前年度事業) legitimately changes between years.
		xcText(CodeXCategory, "category", "事業区分", s.Category, o.Category, c)
	}
	if !samePtr(s.StartYear, o.StartYear) {
		c.add(CodeXStartYear, SeverityError, "start_year", xcIntp(s.StartYear), xcIntp(o.StartYear),
			"事業開始年度: the sheet says %s, the official data %s", xcIntp(s.StartYear), xcIntp(o.StartYear))
	}
	if !samePtr(s.EndYear, o.EndYear) || s.NoEndPlanned != o.NoEndPlanned {
		st, of := xcIntp(s.EndYear), xcIntp(o.EndYear)
		if s.NoEndPlanned {
			st = "終了予定なし"
		}
		if o.NoEndPlanned {
			of = "終了予定なし"
		}
		if st != of {
			c.add(CodeXEndYear, SeverityError, "end_year", st, of, "事業終了（予定）年度: the sheet says %s, the official data %s", st, of)
		}
	}
}

// xcYen formats a yen amount for Stated/Recomputed ("--" when nil) in
// the unit of every finding (yen, as Check: see yen).
func xcYen(p *int64) string {
	if p == nil {
		return absent
	}
	return num.Yen(*p)
}

// yenAgree reports whether two amounts agree within the sheet's 千円
// rounding; nil counts as 0.
func yenAgree(a, b *int64) bool {
	var x, y int64
	if a != nil {
		x = *a
	}
	if b != nil {
		y = *b
	}
	return num.AbsDiff(x, y) < 1000
}

var xcYearFields = []struct {
	code  Code
	name  string
	label string
	get   func(*budget.Year) *int64
}{
	{CodeXRequest, "request", "要求額", func(y *budget.Year) *int64 { return y.Request }},
	{CodeXInitial, "initial", "当初予算", func(y *budget.Year) *int64 { return y.Initial }},
	{CodeXSupplementary, "supplementary", "補正予算", func(y *budget.Year) *int64 { return y.Supplementary }},
	{CodeXCarriedOver, "carried_over", "前年度から繰越し", func(y *budget.Year) *int64 { return y.CarriedOver }},
	{CodeXReserve, "reserve", "予備費等", func(y *budget.Year) *int64 { return y.Reserve }},
	{CodeXTotal, "total", "計", func(y *budget.Year) *int64 { return y.Total }},
	{CodeXExecuted, "executed", "執行額", func(y *budget.Year) *int64 { return y.Executed }},
}

func (c *comparer) budgetYears() {
	if c.skip("2-1", "budget.years", "予算額・執行額 (budget years)") {
		return
	}
	for i := range c.s.Budget.Years {
		sy := &c.s.Budget.Years[i]
		oy := c.o.Budget.YearOf(sy.Year)
		if oy == nil {
			// The column after the official data's last year: its 要求額
			// is that year's 翌年度要求額.
			if prev := c.o.Budget.YearOf(sy.Year - 1); prev != nil && prev.NextRequest != nil && !yenAgree(sy.Request, prev.NextRequest) {
				path := fmt.Sprintf("budget.years[%d].request", i)
				c.add(CodeXRequest, SeverityError, path, xcYen(sy.Request), xcYen(prev.NextRequest),
					"要求額 %d: the sheet says %s, the official 翌年度要求額 of %d is %s", sy.Year, xcYen(sy.Request), sy.Year-1, xcYen(prev.NextRequest))
			}
			continue
		}
		// The official data of 事業年度 Y cannot know the execution of
		// budget year Y or later (it writes 0): not compared.
		noExec := oy.Year >= c.o.FiscalYear && c.o.FiscalYear != 0
		for _, f := range xcYearFields {
			sv, ov := f.get(sy), f.get(oy)
			if f.name == "request" && ov == nil {
				continue // the official data starts later than the sheet's table
			}
			if f.name == "executed" && noExec {
				continue
			}
			if !yenAgree(sv, ov) {
				path := fmt.Sprintf("budget.years[%d].%s", i, f.name)
				c.add(f.code, SeverityError, path, xcYen(sv), xcYen(ov),
					"%s %d: the sheet says %s, the official data %s", f.label, sy.Year, xcYen(sv), xcYen(ov))
			}
		}
		if !noExec {
			c.executionRate(i, sy, oy)
		}
	}
}

func (c *comparer) executionRate(i int, sy, oy *budget.Year) {
	path := fmt.Sprintf("budget.years[%d].execution_rate", i)
	sr, or := sy.ExecutionRate, oy.ExecutionRate
	if sr == nil && or == nil {
		return
	}
	fmtRate := func(p *float64) string {
		if p == nil {
			return absent
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	if sr == nil || or == nil {
		c.add(CodeXExecutionRate, SeverityError, path, fmtRate(sr), fmtRate(or),
			"執行率 %d: the sheet says %s%%, the official data %s%%", sy.Year, fmtRate(sr), fmtRate(or))
		return
	}
	d := num.FloatDecimals(*sr)
	if d > 6 {
		d = 6
	}
	// The official rate has 5 decimals of a fraction (3 in percent):
	// rounding it again may differ from rounding the exact ratio once
	// (17.24996 → 17.250 → 17.3), so the exact ratio also counts when the
	// official rate is itself that ratio.
	if budget.RoundRatio(int64(*or*1e6+0.5*sign(*or)), 1e6, d) == *sr {
		return
	}
	if r, ok := oy.ExecutionRateAt(d); ok && r == *sr {
		if exact, _ := oy.RecomputeExecutionRate(); exact-*or < 0.001 && *or-exact < 0.001 {
			return
		}
	}
	c.add(CodeXExecutionRate, SeverityError, path, fmtRate(sr), fmtRate(or),
		"執行率 %d: the sheet says %s%%, the official data %s%% (compared at %d decimals)", sy.Year, fmtRate(sr), fmtRate(or), d)
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// budgetItems compares the 予算内訳表 (items of the 事業年度) when both
// sides are for the same 事業年度: amounts summed per (予算種別, item text).
func (c *comparer) budgetItems() {
	if c.s.FiscalYear != c.o.FiscalYear || c.skip("2-2", "budget.items", "予算内訳 (budget items)") {
		return
	}
	inYear := func(sh *reviewsheet.Sheet) func(it budget.Item) bool {
		return func(it budget.Item) bool { return it.Year == 0 || it.Year == sh.FiscalYear }
	}
	itemKey := func(it budget.Item) string {
		return it.BudgetType + "\x00" + xcSquash(strings.ReplaceAll(derefStr(it.Item), "/", ""))
	}
	itemAmount := func(it budget.Item) *int64 { return it.Amount }
	c.keyed(keyedDiff{
		diff: CodeXItem, missing: CodeXItemMissing, list: "budget.items",
		path:  func(i int) string { return fmt.Sprintf("budget.items[%d].amount", i) },
		label: func(k string) string { t, it, _ := strings.Cut(k, "\x00"); return "予算内訳表 " + t + " " + it },
	}, sumsBy(c.s.Budget.Items, inYear(c.s), itemKey, itemAmount), sumsBy(c.o.Budget.Items, inYear(c.o), itemKey, itemAmount))
}
func derefStr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// spending compares 支出先 block totals and payee amounts when both
// sides are for the same 事業年度. Each side's amount of a payee is the
// sum of its rows in the block; a printed 千円 amount agrees with the
// exact yen within 1,000 yen.
func (c *comparer) spending() {
	s, o := c.s.Spending, c.o.Spending
	if s == nil || c.s.FiscalYear != c.o.FiscalYear {
		return
	}
	no51 := c.skip("5-1", "spending.recipients", "支出先と支出額 (payees and block totals)")
	if c.skip("5-2", "spending.blocks", "支出先ブロック (blocks)") && no51 {
		return
	}
	if o == nil {
		return
	}
	for i := range s.Blocks {
		sb := &s.Blocks[i]
		ob := o.BlockByName(sb.Block)
		path := fmt.Sprintf("spending.blocks[%d].total", i)
		if ob == nil {
			c.add(CodeXBlockMissing, SeverityWarning, path, xcYen(sb.Total), absent,
				"支出先ブロック %s: on the sheet, not in the official data", sb.Block)
			continue
		}
		if !no51 && !yenAgree(sb.Total, ob.Total) {
			c.add(CodeXBlock, SeverityError, path, xcYen(sb.Total), xcYen(ob.Total),
				"支出先ブロック %s 合計支出額: the sheet says %s, the official data %s", sb.Block, xcYen(sb.Total), xcYen(ob.Total))
		}
	}
	for i := range o.Blocks {
		if s.BlockByName(o.Blocks[i].Block) == nil {
			c.add(CodeXBlockMissing, SeverityWarning, "spending.blocks", absent, xcYen(o.Blocks[i].Total),
				"支出先ブロック %s: in the official data, not on the sheet", o.Blocks[i].Block)
		}
	}
	if no51 {
		return
	}
	payeeKey := func(r spending.Recipient) string { return r.Block + "\x00" + xcSquash(r.Name) }
	payeeAmount := func(r spending.Recipient) *int64 { return r.Amount }
	c.keyed(keyedDiff{
		diff: CodeXRecipient, missing: CodeXRecipientMissing, list: "spending.recipients",
		path: func(i int) string { return fmt.Sprintf("spending.recipients[%d].amount", i) },
		label: func(k string) string {
			block, name, _ := strings.Cut(k, "\x00")
			return "支出先 " + name + " (block " + block + ")"
		},
	}, sumsBy(s.Recipients, nil, payeeKey, payeeAmount), sumsBy(o.Recipients, nil, payeeKey, payeeAmount))
}

// sumsAgree is yenAgree for two sums; a sum that overflowed agrees with
// nothing.
func sumsAgree(a, b spending.Sum) bool {
	return !a.Overflow && !b.Overflow && yenAgree(&a.Yen, &b.Yen)
}

// yenOfSum formats a sum, or says that it overflowed.
func yenOfSum(s spending.Sum) string {
	if s.Overflow {
		return "overflow (beyond int64 yen)"
	}
	return num.Yen(s.Yen)
}

// outcome compares the indicator tables of nodes with the same number
// when both sides are for the same 事業年度: 目標値 and 実績値 exactly,
// 達成率 at the number of decimals the stated side prints. A value one
// side leaves blank is not compared (the sheet prints "--" for values the
// CSV leaves empty).
func (c *comparer) outcome() {
	s, o := c.s.Outcome, c.o.Outcome
	if s == nil || c.s.FiscalYear != c.o.FiscalYear {
		return
	}
	noValues := c.skip("3-1", "outcome.nodes", "目標値・実績値 (indicator values)")
	if o == nil {
		return
	}
	for i := range s.Nodes {
		sn := &s.Nodes[i]
		on := o.Node(sn.ID)
		if on == nil {
			c.add(CodeXNodeMissing, SeverityWarning, fmt.Sprintf("outcome.nodes[%d]", i), strconv.Itoa(sn.ID), absent,
				"効果発現経路 node %d: on the sheet, not in the official data", sn.ID)
			continue
		}
		if noValues || sn.Indicator == nil || on.Indicator == nil {
			continue
		}
		for j := range sn.Indicator.Values {
			sv := &sn.Indicator.Values[j]
			var ov *outcome.Value
			for k := range on.Indicator.Values {
				if on.Indicator.Values[k].Year == sv.Year {
					ov = &on.Indicator.Values[k]
				}
			}
			if ov == nil {
				continue
			}
			base := fmt.Sprintf("outcome.nodes[%d].indicator.values[%d].", i, j)
			c.outcomeValue(CodeXTarget, "target", "目標値", base, sn.ID, sv.Year, sv.Target, ov.Target, sv.TargetRaw, ov.TargetRaw, -1)
			c.outcomeValue(CodeXActual, "actual", "実績値", base, sn.ID, sv.Year, sv.Actual, ov.Actual, sv.ActualRaw, ov.ActualRaw, -1)
			if sv.AchievementRate != nil {
				c.outcomeValue(CodeXAchievementRate, "achievement_rate", "達成率", base, sn.ID, sv.Year, sv.AchievementRate, ov.AchievementRate,
					sv.AchievementRateRaw, ov.AchievementRateRaw, num.FloatDecimals(*sv.AchievementRate))
			}
		}
	}
	for i := range o.Nodes {
		if s.Node(o.Nodes[i].ID) == nil {
			c.add(CodeXNodeMissing, SeverityWarning, "outcome.nodes", absent, strconv.Itoa(o.Nodes[i].ID),
				"効果発現経路 node %d: in the official data, not on the sheet", o.Nodes[i].ID)
		}
	}
}

// outcomeValue compares one number; decimals < 0 means exactly.
func (c *comparer) outcomeValue(code Code, field, label, base string, id, year int, sv, ov *float64, sraw, oraw string, decimals int) {
	if sv == nil || ov == nil {
		return
	}
	want := *ov
	if decimals >= 0 {
		want = budget.RoundRatio(int64(math.Round(*ov*1e6)), 1e6, decimals)
	}
	if math.Abs(*sv-want) <= 1e-9*math.Max(1, math.Abs(want)) {
		return
	}
	c.add(code, SeverityError, base+field, sraw, oraw,
		"効果発現経路 node %d %s %d: the sheet says %s, the official data %s", id, label, year, sraw, oraw)
}
