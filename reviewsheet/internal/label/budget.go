package label

import (
	"github.com/rsheet/rsheet/budget"
)

// Labels of the 予算・執行 section.
const (
	BudgetTable   Label = "予算額執行額表"
	Breakdown     Label = "予算内訳表"
	ChangeReasons Label = "主な増減理由"
	SpecialNotes  Label = "その他特記事項"

	RowRequest       Label = "要求額"
	RowInitial       Label = budget.TypeInitial
	RowSupplementary Label = budget.TypeSupplementary
	RowCarriedOver   Label = budget.TypeCarriedOver
	RowReserve       Label = budget.TypeReserve
	RowTotal         Label = "計"
	RowExecuted      Label = "執行額"
	RowRate          Label = "執行率"
)

// UnitThousandYen is the unit line of the budget tables.
const UnitThousandYen = "（単位：千円）"

// BudgetSpecs are the labels of 予算・執行, in sheet order.
var BudgetSpecs = NewSet([]Spec{
	{L: BudgetTable}, {L: Breakdown}, {L: ChangeReasons}, {L: SpecialNotes, Inline: true},
})

// BudgetRows are the rows of the 予算額執行額表 in sheet order, with the
// JSON name of the Year field each fills (as a path leaf).
var BudgetRows = []struct {
	L    Label
	Leaf string
}{
	{RowRequest, ".request"}, {RowInitial, ".initial"}, {RowSupplementary, ".supplementary"},
	{RowCarriedOver, ".carried_over"}, {RowReserve, ".reserve"}, {RowTotal, ".total"},
	{RowExecuted, ".executed"}, {RowRate, ".execution_rate"},
}

// BudgetRowSet holds the BudgetRows labels, in the same order: a table
// line is matched only against the rows whose prefix it may start.
var BudgetRowSet = func() *Set {
	specs := make([]Spec, len(BudgetRows))
	for i, r := range BudgetRows {
		specs[i].L = r.L
	}
	return NewSet(specs)
}()

var (
	AccountHeader = []string{"会計区分", "会計", "勘定", "要望額", "備考"}
	ItemHeader    = []string{"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額"}
	ItemTypes     = []Label{RowInitial, RowSupplementary, RowCarriedOver, RowReserve}
)
