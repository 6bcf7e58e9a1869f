package sheettable

import (
	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/spending"
)

// Sink receives the rows of one sheet, one method per per-sheet table.
// Each method is called once per row of its table, in the table's row
// order; a writer appends the key columns and then the row's cells read
// with the table's Cols (SheetCols for Sheet, …). The values passed point
// into the sheet and are valid during the call only.
type Sink interface {
	Sheet(SheetRow)
	BudgetYear(*budget.Year)
	BudgetItem(ItemRow)
	OutcomeNode(*outcome.Node)
	OutcomeLink(*outcome.Link)
	OutcomeValue(ValueRow)
	SpendingBlock(*spending.Block)
	SpendingRecipient(RecipientRow)
	SpendingContract(ContractRow)
	SpendingUse(*spending.Use)
	SpendingDebtContract(DebtRow)
	Finding(*audit.Finding)
}

// Walker hands the rows of sheets to a Sink. Its zero value is ready; it
// keeps scratch space between sheets, so it is not safe for concurrent
// use.
type Walker struct {
	ranks []blockRank
}

// blockRank counts the recipients of a block seen so far.
type blockRank struct {
	block string
	n     int
}

// Walk passes every row of s to to: the one sheets row (source names
// the input), then budget, outcome and spending rows, then one findings
// row per finding in the given order.
//
// Rows follow the sheet:
//   - budget_years and budget_items in table order, items numbered from 1;
//   - outcome_nodes in number order, outcome_links in the order of
//     Graph.Links (or, when the model has none, of Graph.Edges), then the
//     year columns of each node's indicator;
//   - spending_blocks, spending_recipients with each recipient's
//     contracts after it, spending_uses, spending_debt_contracts
//     (numbered from 1).
//
// Rank numbers the recipients of a block from 1 in list order (a block
// listed in two runs goes on counting); contracts carry it so that they
// join their recipient exactly even when a block lists one name twice.
func (w *Walker) Walk(s *reviewsheet.Sheet, source string, findings []audit.Finding, to Sink) {
	to.Sheet(SheetRow{Sheet: s, Source: source})
	bu := &s.Budget
	for i := range bu.Years {
		to.BudgetYear(&bu.Years[i])
	}
	for i := range bu.Items {
		to.BudgetItem(ItemRow{Budget: bu, Index: i})
	}
	walkOutcome(s.Outcome, to)
	w.walkSpending(s.Spending, to)
	for i := range findings {
		to.Finding(&findings[i])
	}
}

// walkOutcome passes the outcome_* rows of g.
//
// achievement_rate_calc is 実績 ÷ 目標 × 100 at full precision, or 目標 ÷
// 実績 × 100 when the indicator is known to improve downwards (RS CSV 3-1;
// the sheet text does not print it, so sheets read from text count as
// upward), for outputs too, although the sheet prints 達成率 only for
// outcomes.
func walkOutcome(g *outcome.Graph, to Sink) {
	if g == nil {
		return
	}
	for i := range g.Nodes {
		to.OutcomeNode(&g.Nodes[i])
	}
	if len(g.Links) > 0 {
		for i := range g.Links {
			to.OutcomeLink(&g.Links[i])
		}
	} else {
		for _, e := range g.Edges() {
			to.OutcomeLink(&outcome.Link{Edge: e})
		}
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Indicator == nil {
			continue
		}
		dir, _ := n.Indicator.Direction()
		for j := range n.Indicator.Values {
			to.OutcomeValue(ValueRow{Node: n, Value: &n.Indicator.Values[j], Dir: dir})
		}
	}
}

// walkSpending passes the spending_* rows of sp, numbering recipients.
func (w *Walker) walkSpending(sp *spending.Spending, to Sink) {
	if sp == nil {
		return
	}
	for i := range sp.Blocks {
		to.SpendingBlock(&sp.Blocks[i])
	}
	ranks := w.ranks[:0]
	for i := range sp.Recipients {
		rc := &sp.Recipients[i]
		rank := 0
		for j := range ranks {
			if ranks[j].block == rc.Block {
				ranks[j].n++
				rank = ranks[j].n
				break
			}
		}
		if rank == 0 {
			rank = 1
			ranks = append(ranks, blockRank{rc.Block, 1})
		}
		rr := RecipientRow{Recipient: rc, Rank: rank}
		to.SpendingRecipient(rr)
		for j := range rc.Contracts {
			to.SpendingContract(ContractRow{RecipientRow: rr, Contract: &rc.Contracts[j]})
		}
	}
	w.ranks = ranks
	for i := range sp.Uses {
		to.SpendingUse(&sp.Uses[i])
	}
	for i := range sp.DebtContracts {
		to.SpendingDebtContract(DebtRow{Debt: &sp.DebtContracts[i], Index: i})
	}
}

// NopSink ignores every row: embed it in a Sink that wants some tables
// only.
type NopSink struct{}

func (NopSink) Sheet(SheetRow)                 {}
func (NopSink) BudgetYear(*budget.Year)        {}
func (NopSink) BudgetItem(ItemRow)             {}
func (NopSink) OutcomeNode(*outcome.Node)      {}
func (NopSink) OutcomeLink(*outcome.Link)      {}
func (NopSink) OutcomeValue(ValueRow)          {}
func (NopSink) SpendingBlock(*spending.Block)  {}
func (NopSink) SpendingRecipient(RecipientRow) {}
func (NopSink) SpendingContract(ContractRow)   {}
func (NopSink) SpendingUse(*spending.Use)      {}
func (NopSink) SpendingDebtContract(DebtRow)   {}
func (NopSink) Finding(*audit.Finding)         {}
