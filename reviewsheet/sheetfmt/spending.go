package sheetfmt

import (
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

func writeSpending(w *writer, s *reviewsheet.Sheet) {
	sp := s.Spending
	if sp == nil {
		sp = EmptySpending(s)
	}
	w.line("支出先")
	w.line("資金の流れ")
	w.cell()
	w.line(oneCell(sp.Flow.Ministry))
	w.cell()
	w.line(yen(sp.Flow.Amount) + " 千円")
	w.cell()
	if sp.Flow.IndirectTotal != nil || len(sp.Flow.Indirect) > 0 {
		w.lines(indirectLines("間接経費: " + yen(sp.Flow.IndirectTotal) + " 千円"))
		for i, c := range sp.Flow.Indirect {
			w.lines(indirectLines(itoa(i+1) + ". " + oneCell(c.Item) + ": " + yen(c.Amount) + " 千円"))
		}
		w.cell()
	}
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		if !b.InFlow {
			continue
		}
		w.lines(wrapAtSpaces(b.Block+". "+oneCell(b.Name), widthFlowBox))
		w.cell()
		w.line(yen(b.Total) + " 千円")
		w.cell()
		w.line("支出先の数: " + intp(b.RecipientCount))
		w.cell()
		if b.Parent != "" {
			w.line("支出元: " + b.Parent)
			w.cell()
		}
		w.lines(textLines(b.Role, widthFlowRole))
		w.cell()
	}
	w.section()
	w.line("支出先上位者リ")
	w.line("スト")
	w.cell()
	w.line("（単位：千円）")
	w.cell()
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		w.line("支出先ブロック名 合計支出額 支出先数 事業を行う上での役割")
		w.cell()
		row := join(b.Block, oneCell(b.Name), yen(b.Total), intp(b.RecipientCount))
		role := textLines(b.Role, widthRole)
		if line, ok := besideRow(row, role); ok && b.Role != nil {
			w.line(line)
		} else {
			w.line(row)
			w.lines(role)
		}
		w.cell()
		for j := range sp.Recipients {
			r := &sp.Recipients[j]
			if r.Block != b.Block {
				continue
			}
			writeRecipient(w, r)
		}
	}
	w.line("費目・使途")
	w.line("（単位：千円）")
	w.cell()
	w.line("支出先名 契約概要（契約名） 費目 使途 金額")
	w.cell()
	var prev *spending.Use
	for i := range sp.Uses {
		u := &sp.Uses[i]
		use := wrap(oneCellp(u.Use), widthUse)
		var cells [][]string
		if prev != nil && prev.Block == u.Block && prev.Recipient == u.Recipient && samePtr(prev.Contract, u.Contract) {
			cells = [][]string{{absent}, {absent}, {absent}, {oneCell(u.Item)}, use, {yen(u.Amount)}}
		} else {
			cells = [][]string{{oneCell(u.Block)}, wrap(oneCell(u.Recipient), widthUseName),
				wrap(oneCellp(u.Contract), widthUseContract), {oneCell(u.Item)}, use, {yen(u.Amount)}}
		}
		for _, g := range useRowGroups(cells) {
			w.lines(g)
			w.cell()
		}
		prev = u
	}
	w.line("国庫債務負担行")
	w.line("為等による契約")
	w.cell()
	w.line("先リスト")
	w.line("（単位：千円）")
	w.cell()
	w.line("契約先名 契約額 法人番号")
	w.cell()
	if len(sp.DebtContracts) == 0 {
		w.line("-- -- --")
	}
	for _, d := range sp.DebtContracts {
		w.line(join(oneCell(d.Name), yen(d.Amount), oneCellp(d.CorporateNumber)))
		w.cell()
	}
	w.section()
}

func writeRecipient(w *writer, r *spending.Recipient) {
	w.line("支出先名 支出額 法人番号")
	w.cell()
	w.line(join(oneCell(r.Name), yen(r.Amount), oneCellp(r.CorporateNumber)))
	w.cell()
	w.line("契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由")
	w.cell()
	for _, c := range r.Contracts {
		w.lines(wrap(orAbsent(c.Name), widthContract))
		w.line(oneCell(string(c.Method)) + " ")
		w.cell()
		reason := textLines(c.Reason, widthReason)
		if len(reason) == 1 {
			w.line(join(yen(c.Amount), intp(c.Bidders), float(c.WinningBidRate), reason[0]))
		} else {
			w.line(join(yen(c.Amount), intp(c.Bidders), float(c.WinningBidRate)))
			w.lines(reason)
		}
		w.cell()
	}
}

func samePtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func itoa(i int) string { return intp(&i) }

// EmptySpending is what a sheet without 支出先 data prints: the sheet's
// 府省庁 at the top of 資金の流れ with no amount, no blocks, no uses and
// no debt contracts (the parser requires the section).
func EmptySpending(s *reviewsheet.Sheet) *spending.Spending {
	return &spending.Spending{Flow: spending.Flow{Ministry: s.Ministry}}
}
