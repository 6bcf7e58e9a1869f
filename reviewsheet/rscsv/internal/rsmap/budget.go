package rsmap

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/reviewsheet"
)

// Tables 2-1 (予算・執行_サマリ) and 2-2 (予算種別・歳出予算項目).

// isAccountRow tells the two kinds of 2-1 rows apart: a totals row fills
// some of the …（合計） columns; a per-account row leaves them all empty
// (it usually names its 会計, but not always).
func isAccountRow(r Row) bool {
	for _, c := range []string{c21Initial, c21Supp, c21Carried, c21Reserve, c21Total, c21Executed, c21Rate, c21Forward, c21NextRequest} {
		if strings.TrimSpace(r.Get(c)) != "" {
			return false
		}
	}
	return true
}

// budgetYears maps the 2-1 totals rows to budget.Years (ascending 予算年度)
// and the per-account rows to AccountYears and Accounts. 要求額 of year Y
// is the 翌年度要求額 of the row for Y−1 (the sheet prints it that way).
// 執行率 is a fraction in the CSV and a percentage in the model:
// 0.17319 → 17.319, decimals kept as written.
func (b *builder) budgetYears() {
	bd := &b.sh.Budget
	byYear := map[int]int{}
	for _, r := range b.rows("2-1") {
		yp := b.int(r, c21Year)
		if yp == nil {
			b.fail(r, c21Year, fmt.Errorf("empty 予算年度"))
			continue
		}
		if isAccountRow(r) {
			bd.AccountYears = append(bd.AccountYears, b.accountYear(r, *yp))
			continue
		}
		if _, dup := byYear[*yp]; dup {
			b.errs.Add(&reviewsheet.Error{File: r.File(), Line: r.Line(), Column: r.Column(c21Year) + 1, Label: c21Year,
				Err: fmt.Errorf("%w: second totals row for 予算年度 %d", reviewsheet.ErrConflict, *yp)})
			continue
		}
		byYear[*yp] = len(bd.Years)
		executed, executedRaw := b.executed(r, c21Executed, *yp)
		rate := b.fraction(r, c21Rate)
		if executedRaw != "" && rate != nil && *rate == 0 {
			rate = nil // the rate of a placeholder: no rate either
		}
		bd.Years = append(bd.Years, budget.Year{
			Year:           *yp,
			Initial:        b.yen(r, c21Initial),
			Supplementary:  b.yen(r, c21Supp),
			CarriedOver:    b.yen(r, c21Carried),
			Reserve:        b.yen(r, c21Reserve),
			Total:          b.yen(r, c21Total),
			Executed:       executed,
			ExecutedRaw:    executedRaw,
			ExecutionRate:  rate,
			CarriedForward: b.yen(r, c21Forward),
			NextRequest:    b.yen(r, c21NextRequest),
			ChangeReasons:  b.text(r, c21Reasons),
			SpecialNotes:   b.text(r, c21Notes),
		})
	}
	sort.SliceStable(bd.Years, func(i, j int) bool { return bd.Years[i].Year < bd.Years[j].Year })
	for i := range bd.Years {
		y := &bd.Years[i]
		if prev := bd.YearOf(y.Year - 1); prev != nil {
			y.Request = prev.NextRequest
		}
		if y.Year == b.year {
			bd.ChangeReasons, bd.SpecialNotes = y.ChangeReasons, y.SpecialNotes
		}
	}
	sort.SliceStable(bd.AccountYears, func(i, j int) bool { return bd.AccountYears[i].Year > bd.AccountYears[j].Year })
	for _, a := range bd.AccountYears {
		i := b.account(a.Category, a.Name, a.Sub)
		if a.Year == b.year {
			bd.Accounts[i].Demand, bd.Accounts[i].Note = a.Demand, a.Note
		}
	}
}

// executed reads a 執行額 cell of budget year year. The RS CSV writes 0
// for the 事業年度's own budget year and later ones: nothing has been
// executed when the sheet is written, and 0 there is a placeholder, not
// an amount. Such a 0 is returned as nil with the cell's text as raw, so
// that 執行率 is not recomputed from it (RecomputeExecutionRate: ok=false)
// and tables get null. A non-zero amount in those years is kept (check
// reports it as budget.executed_future).
func (b *builder) executed(r Row, col string, year int) (v *int64, raw string) {
	v = b.yen(r, col)
	if v != nil && *v == 0 && year >= b.year {
		return nil, strings.TrimSpace(r.Get(col))
	}
	return v, ""
}

func (b *builder) accountYear(r Row, year int) budget.AccountYear {
	executed, executedRaw := b.executed(r, c21AExecuted, year)
	a := budget.AccountYear{
		Year:        year,
		Category:    r.Get(c21AcctCategory),
		Name:        r.Get(c21Acct),
		Sub:         b.text(r, c21Sub),
		Initial:     b.yen(r, c21AInitial),
		CarriedOver: b.yen(r, c21ACarried),
		Total:       b.yen(r, c21ATotal),
		Executed:    executed,
		ExecutedRaw: executedRaw,
		NextRequest: b.yen(r, c21ANextRequest),
		Demand:      b.yen(r, c21ADemand),
		Note:        b.text(r, c21ANote),
	}
	for n := 1; n <= 5; n++ {
		a.Supplementary = append(a.Supplementary, b.yen(r, fmt.Sprintf("第%d次補正予算", n)))
	}
	for n := 1; n <= 4; n++ {
		a.Reserve = append(a.Reserve, b.yen(r, fmt.Sprintf("予備費等%d", n)))
	}
	return a
}

// account returns the index in Budget.Accounts of (会計区分, 会計, 勘定),
// adding it when new. Accounts of the 事業年度 come first (they are the
// sheet's 会計区分 table).
func (b *builder) account(category, name string, sub *string) int {
	bd := &b.sh.Budget
	for i, a := range bd.Accounts {
		if a.Category == category && a.Name == name && deref(a.Sub) == deref(sub) {
			return i
		}
	}
	bd.Accounts = append(bd.Accounts, budget.Account{Category: category, Name: name, Sub: sub})
	return len(bd.Accounts) - 1
}

// budgetType maps the CSV's 予算種別 to the four the sheet prints; raw is
// set when the CSV is more specific ("第1次補正予算" → 補正予算).
func budgetType(s string) (typ, raw string) {
	s = strings.TrimSpace(s)
	switch {
	case s == budget.TypeInitial, s == budget.TypeCarriedOver, s == "":
		return s, ""
	case strings.HasSuffix(s, budget.TypeSupplementary):
		if s == budget.TypeSupplementary {
			return s, ""
		}
		return budget.TypeSupplementary, s
	case strings.HasPrefix(s, budget.TypeReserve):
		if s == budget.TypeReserve {
			return s, ""
		}
		return budget.TypeReserve, s
	}
	return s, ""
}

// budgetItems maps 2-2 rows to Budget.Items, the 事業年度 first and then
// earlier 予算年度 (Item.Year says which). The item text joins 会計 / 所管 /
// 組織・勘定 / 項 / 目 like the sheet; rows that only give
// 歳出予算項目の補足情報 use it as the item text. A row that names only
// the account (no 予算種別, 項, 目, 補足情報, amount or note — 所管 and
// 組織・勘定 may name the 勘定; 2024 writes one per account and year) adds
// the account and no item.
func (b *builder) budgetItems() {
	rs := b.rows("2-2")
	type it struct {
		year int
		item budget.Item
	}
	var items []it
	for _, r := range rs {
		yp := b.int(r, c22Year)
		if yp == nil {
			b.fail(r, c22Year, fmt.Errorf("empty 予算年度"))
			continue
		}
		acct := b.account(r.Get(c22Category), r.Get(c22Acct), b.text(r, c22Sub))
		if len(nonEmpty(r.Get(c22Type), r.Get(c22Kou), r.Get(c22Moku),
			r.Get(c22Detail), r.Get(c22Note), r.Get(c22Amount), r.Get(c22NextRequest))) == 0 {
			continue // the account of the year (its 所管, 組織・勘定 at most) without any item: not an item row
		}
		typ, raw := budgetType(r.Get(c22Type))
		item := budget.Item{
			Account:       acct,
			BudgetType:    typ,
			BudgetTypeRaw: raw,
			Note:          b.text(r, c22Note),
			Amount:        b.yen(r, c22Amount),
			NextRequest:   b.yen(r, c22NextRequest),
			Year:          *yp,
			Detail:        b.text(r, c22Detail),
		}
		structured := nonEmpty(r.Get(c22Jurisdict), r.Get(c22Org), r.Get(c22Kou), r.Get(c22Moku))
		if len(structured) > 0 {
			item.Path = nonEmpty(r.Get(c22Acct), r.Get(c22Jurisdict), r.Get(c22Org), r.Get(c22Kou), r.Get(c22Moku))
			s := strings.Join(item.Path, " / ")
			item.Item = &s
		} else if item.Detail != nil {
			s := *item.Detail
			item.Item = &s
		}
		items = append(items, it{*yp, item})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].year > items[j].year })
	for _, x := range items {
		b.sh.Budget.Items = append(b.sh.Budget.Items, x.item)
	}
}
