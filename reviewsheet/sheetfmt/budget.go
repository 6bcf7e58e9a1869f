package sheetfmt

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/reviewsheet"
)

func writeBudget(w *writer, s *reviewsheet.Sheet) {
	b := &s.Budget
	w.line("予算・執行")
	w.cell()
	w.line("予算額執行額表")
	w.line("（単位：千円）")
	w.cell()
	years := b.Years
	if len(years) == 0 { // no 2-1 row: the four columns, all "--"
		for y := s.FiscalYear - 2; y <= s.FiscalYear+1; y++ {
			years = append(years, budget.Year{Year: y})
		}
	}
	ys := make([]string, len(years))
	for i, y := range years {
		ys[i] = strconv.Itoa(y.Year)
	}
	w.line(strings.Join(ys, " "))
	w.cell()
	row := func(label string, f func(y *budget.Year) string) {
		cells := []string{label}
		for i := range years {
			cells = append(cells, f(&years[i]))
		}
		w.line(strings.Join(cells, " "))
		w.cell()
	}
	row("要求額", func(y *budget.Year) string { return yen(y.Request) })
	row("当初予算", func(y *budget.Year) string { return yen(y.Initial) })
	row("補正予算", func(y *budget.Year) string { return yen(y.Supplementary) })
	row("前年度から繰越し", func(y *budget.Year) string { return yen(y.CarriedOver) })
	row("予備費等", func(y *budget.Year) string { return yen(y.Reserve) })
	row("計", func(y *budget.Year) string { return yen(y.Total) })
	row("執行額", func(y *budget.Year) string { return yen(y.Executed) })
	row("執行率", func(y *budget.Year) string {
		if y.ExecutionRate == nil {
			return absent
		}
		if y.ExecutionRateRaw != "" && y.ExecutionRateRaw != absent {
			return y.ExecutionRateRaw
		}
		return float(y.ExecutionRate) + "%"
	})
	w.line("予算内訳表")
	w.line("（単位：千円）")
	w.cell()
	items := SheetItems(s)
	accounts := b.Accounts
	if len(accounts) == 0 {
		accounts = []budget.Account{{}}
	}
	for ai, a := range accounts {
		w.line("会計区分 会計 勘定 要望額 備考")
		w.cell()
		w.line(join(oneCell(a.Category), oneCell(a.Name), oneCellp(a.Sub), yen(a.Demand), oneCellp(a.Note)))
		w.cell()
		var mine []budget.Item
		for _, it := range items {
			if it.Account == ai || (ai == len(accounts)-1 && (it.Account < 0 || it.Account >= len(accounts))) {
				mine = append(mine, it)
			}
		}
		if len(mine) == 0 {
			continue
		}
		w.line("予算種別/歳出予算項目 備考 予算額 翌年度要求額")
		w.cell()
		for _, it := range mine {
			w.line(it.BudgetType)
			w.cell()
			if it.Item == nil {
				w.line(absent)
			} else {
				w.lines(wrap(*it.Item, widthItem))
			}
			w.line(join(oneCellp(it.Note), yen(it.Amount), yen(it.NextRequest)))
			w.cell()
		}
	}
	w.line("主な増減理由")
	w.cell()
	cr := textLines(b.ChangeReasons, widthNotes)
	cr[len(cr)-1] += " その他特記事項"
	w.lines(cr)
	w.cell()
	w.lines(textLines(b.SpecialNotes, widthNotes))
	w.section()
}

// SheetItems returns the 予算内訳表 rows the sheet prints: the items of
// its 事業年度 (items with no year count as the 事業年度's), grouped by
// account as the sheet prints them (stable within an account). The RS
// CSV (2-2) lists other years' items too; the sheet does not print them.
func SheetItems(s *reviewsheet.Sheet) []budget.Item {
	var out []budget.Item
	for _, it := range s.Budget.Items {
		if it.Year == 0 || it.Year == s.FiscalYear {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Account < out[j].Account })
	return out
}
