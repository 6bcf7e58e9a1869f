package sheettable

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/spending"
)

// recorder is a Sink that notes each row as "table detail".
type recorder []string

func (r *recorder) add(t Table, format string, a ...any) {
	*r = append(*r, t.String()+" "+fmt.Sprintf(format, a...))
}
func (r *recorder) Sheet(v SheetRow)          { r.add(Sheets, "%s %s", v.Sheet.ProjectID, v.Source) }
func (r *recorder) BudgetYear(v *budget.Year) { r.add(BudgetYears, "%d", v.Year) }
func (r *recorder) BudgetItem(v ItemRow) {
	r.add(BudgetItems, "%d %s", v.Index, v.Budget.Items[v.Index].BudgetType)
}
func (r *recorder) OutcomeNode(v *outcome.Node) {
	r.add(OutcomeNodes, "%d", v.ID)
}
func (r *recorder) OutcomeLink(v *outcome.Link) { r.add(OutcomeLinks, "%d→%d", v.From, v.To) }
func (r *recorder) OutcomeValue(v ValueRow) {
	r.add(OutcomeValues, "%d %d %v", v.Node.ID, v.Value.Year, v.Dir == outcome.Downward)
}
func (r *recorder) SpendingBlock(v *spending.Block) { r.add(SpendingBlocks, "%s", v.Block) }
func (r *recorder) SpendingRecipient(v RecipientRow) {
	r.add(SpendingRecipients, "%s%d %s", v.Recipient.Block, v.Rank, v.Recipient.Name)
}
func (r *recorder) SpendingContract(v ContractRow) {
	r.add(SpendingContracts, "%s%d %s", v.Recipient.Block, v.Rank, v.Contract.Name)
}
func (r *recorder) SpendingUse(v *spending.Use) { r.add(SpendingUses, "%s", v.Item) }
func (r *recorder) SpendingDebtContract(v DebtRow) {
	r.add(SpendingDebtContracts, "%d %s", v.Index, v.Debt.Name)
}
func (r *recorder) Finding(v *audit.Finding) { r.add(Findings, "%s", v.Code) }

// TestWalk: every row of a sheet reaches its table once, in sheet order;
// links fall back to the paths' edges; recipient ranks count per block
// across runs and start again with the next sheet.
func TestWalk(t *testing.T) {
	s := &reviewsheet.Sheet{FiscalYear: 2025, ProjectID: "000042",
		Budget: budget.Budget{Years: []budget.Year{{Year: 2023}, {Year: 2024}}, Items: []budget.Item{{BudgetType: "当初予算"}}},
		Outcome: &outcome.Graph{
			Nodes: []outcome.Node{{ID: 1}, {ID: 101, Indicator: &outcome.Indicator{Improvement: outcome.ImprovesDownward,
				Values: []outcome.Value{{Year: 2023}, {Year: 2024}}}}},
			Paths: [][]int{{1, 101}, {1, 101}},
		},
		Spending: &spending.Spending{
			Blocks: []spending.Block{{Block: "A"}, {Block: "B"}},
			Recipients: []spending.Recipient{{Block: "A", Name: "a1", Contracts: []spending.Contract{{Name: "c1"}, {Name: "c2"}}},
				{Block: "B", Name: "b1"}, {Block: "A", Name: "a2"}},
			Uses:          []spending.Use{{Item: "人件費"}},
			DebtContracts: []spending.DebtContract{{Name: "d0"}, {Name: "d1"}},
		},
	}
	fs := []audit.Finding{{Code: "x.one"}, {Code: "x.two"}}
	var w Walker
	var got recorder
	w.Walk(s, "in.txt", fs, &got)
	want := recorder{
		"sheets 000042 in.txt", "budget_years 2023", "budget_years 2024", "budget_items 0 当初予算",
		"outcome_nodes 1", "outcome_nodes 101", "outcome_links 1→101",
		"outcome_values 101 2023 true", "outcome_values 101 2024 true",
		"spending_blocks A", "spending_blocks B",
		"spending_recipients A1 a1", "spending_contracts A1 c1", "spending_contracts A1 c2",
		"spending_recipients B1 b1", "spending_recipients A2 a2",
		"spending_uses 人件費", "spending_debt_contracts 0 d0", "spending_debt_contracts 1 d1",
		"findings x.one", "findings x.two",
	}
	assert.Equal(t, want, got)

	got = nil
	w.Walk(s, "again.txt", nil, &got)
	assert.Contains(t, got, "spending_recipients A1 a1", "ranks start again")
	assert.Contains(t, got, "spending_recipients A2 a2")

	got = nil
	w.Walk(&reviewsheet.Sheet{ProjectID: "000043"}, "", nil, &got)
	assert.Equal(t, recorder{"sheets 000043 "}, got, "no outcome, no spending: the sheets row only")
}
