package sheetarrow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

// TestSampleCounts checks the row counts of the sample sheet's tables.
func TestSampleCounts(t *testing.T) {
	s := sampleSheet(t)
	b := NewBuilder(nil)
	defer b.Release()
	require.NoError(t, b.Add(s, sampleFindings()))
	recs := b.NewRecords()
	defer releaseAll(recs)
	for tb, n := range map[Table]int64{
		Sheets: 1, BudgetYears: 4, BudgetItems: 5,
		OutcomeNodes: 21, OutcomeLinks: 20,
		SpendingRecipients: 38, SpendingContracts: 42, SpendingUses: 12,
		Findings: 2,
	} {
		assert.Equal(t, n, recs[tb].NumRows(), tb.String())
	}
	valid := 0
	for _, v := range columnOf(t, recs[SpendingRecipients], "corporate_number_valid") {
		if v == true {
			valid++
		}
	}
	assert.Equal(t, 37, valid)
}

// TestOutcomeRows compares the outcome tables with the structs.
func TestOutcomeRows(t *testing.T) {
	s := sampleSheet(t)
	require.NotNil(t, s.Outcome)
	b := NewBuilder(nil)
	defer b.Release()
	require.NoError(t, b.Add(s, nil))
	recs := b.NewRecords()
	defer releaseAll(recs)
	g := s.Outcome

	nodes := rowsOf(recs[OutcomeNodes])
	var values [][]any
	for i, n := range g.Nodes {
		var ind, unit, improvement any
		if n.Indicator != nil {
			ind, unit = n.Indicator.Name, n.Indicator.Unit
			if n.Indicator.Improvement != "" {
				improvement = n.Indicator.Improvement
			}
			for _, v := range n.Indicator.Values {
				calc, ok := v.RecomputeAchievementRate(outcome.Upward)
				values = append(values, []any{int32(2025), "006423", int32(n.ID), int32(v.Year),
					nzf(v.Target), nzf(v.Actual), nzf(v.AchievementRate), okf(calc, ok), v.IsTargetYear})
			}
		}
		assert.Equal(t, []any{int32(2025), "006423", int32(n.ID), string(n.Kind), n.Text, ind, unit, improvement,
			nzs(n.QualitativeResult), nzs(n.DataSource), nil, nil, nil, nzs(n.QualitativeReason), nzs(n.SingleStageReason), nzs(n.BoxText)},
			nodes[i], "sheet text: no more_texts, source_number, goal_type")
	}
	assert.Equal(t, values, rowsOf(recs[OutcomeValues]))

	links := rowsOf(recs[OutcomeLinks])
	require.Len(t, links, len(g.Links))
	for i, l := range g.Links {
		assert.Equal(t, []any{int32(2025), "006423", int32(l.From), int32(l.To), nzs(l.Text)}, links[i])
	}
}

// TestSpendingRows compares the spending tables with the structs.
func TestSpendingRows(t *testing.T) {
	s := sampleSheet(t)
	require.NotNil(t, s.Spending)
	b := NewBuilder(nil)
	defer b.Release()
	require.NoError(t, b.Add(s, nil))
	recs := b.NewRecords()
	defer releaseAll(recs)
	sp := s.Spending

	var blocks [][]any
	for _, bl := range sp.Blocks {
		var parent, count any
		if bl.Parent != "" {
			parent = bl.Parent
		}
		if bl.RecipientCount != nil {
			count = int32(*bl.RecipientCount)
		}
		blocks = append(blocks, []any{int32(2025), "006423", bl.Block, bl.Name, parent, nz(bl.Total), count, nzs(bl.Role), nil})
	}
	assert.Equal(t, blocks, rowsOf(recs[SpendingBlocks]))

	var recips, contracts [][]any
	rank := map[string]int32{}
	for _, r := range sp.Recipients {
		rank[r.Block]++
		var valid any
		if r.CorporateNumber != nil {
			valid = spending.ValidCorporateNumber(*r.CorporateNumber)
		}
		recips = append(recips, []any{int32(2025), "006423", r.Block, rank[r.Block], r.Name, nz(r.Amount), nzs(r.CorporateNumber), valid, nil, nil})
		for _, c := range r.Contracts {
			var bidders any
			if c.Bidders != nil {
				bidders = int32(*c.Bidders)
			}
			var method any
			if c.Method != "" {
				method = string(c.Method)
			}
			contracts = append(contracts, []any{int32(2025), "006423", r.Block, rank[r.Block], r.Name, c.Name,
				method, nz(c.Amount), bidders, nzf(c.WinningBidRate), nzs(c.Reason), nil})
		}
	}
	assert.Equal(t, recips, rowsOf(recs[SpendingRecipients]))
	assert.Equal(t, contracts, rowsOf(recs[SpendingContracts]))

	var uses [][]any
	for _, u := range sp.Uses {
		uses = append(uses, []any{int32(2025), "006423", u.Block, u.Recipient, nzs(u.Contract), u.Item, nzs(u.Use), nz(u.Amount)})
	}
	assert.Equal(t, uses, rowsOf(recs[SpendingUses]))
	assert.Len(t, sp.DebtContracts, int(recs[SpendingDebtContracts].NumRows()))
}

// TestRecipientRanks: ranks count per block, also when a block's rows
// come in two runs, and start again for the next sheet.
func TestRecipientRanks(t *testing.T) {
	s := sampleSheet(t)
	c := *s
	c.Spending = &spending.Spending{Recipients: []spending.Recipient{
		{Block: "A", Name: "a1"}, {Block: "B", Name: "b1"}, {Block: "A", Name: "a2"}, {Block: "B", Name: "b2"},
	}}
	b := NewBuilder(nil)
	defer b.Release()
	require.NoError(t, b.Add(&c, nil))
	require.NoError(t, b.Add(&c, nil))
	rec := b.NewRecord(SpendingRecipients)
	defer rec.Release()
	assert.Equal(t, []any{int32(1), int32(1), int32(2), int32(2), int32(1), int32(1), int32(2), int32(2)}, columnOf(t, rec, "rank"))
	sheets := b.NewRecord(Sheets)
	defer sheets.Release()
	assert.Equal(t, []any{nil, nil}, columnOf(t, sheets, "flow_amount"))
}

// TestOutcomeNodeCSVColumns: the goals beyond the first and the CSV number
// of a renumbered node (RS CSV imports) reach outcome_nodes.
func TestOutcomeNodeCSVColumns(t *testing.T) {
	no := 7
	s := &reviewsheet.Sheet{FiscalYear: 2024, ProjectID: "000042", Outcome: &outcome.Graph{
		Nodes: []outcome.Node{{ID: 301, Kind: outcome.KindShortOutcome, Text: "作成", MoreTexts: []string{"実施", "定着"}, SourceNumber: &no}},
	}}
	b := NewBuilder(nil)
	defer b.Release()
	require.NoError(t, b.Add(s, nil))
	recs := b.NewRecords()
	defer releaseAll(recs)
	nodes := rowsOf(recs[OutcomeNodes])
	require.Len(t, nodes, 1)
	row := nodes[0]
	assert.Equal(t, "実施"+ListSep+"定着", row[len(row)-6])
	assert.Equal(t, int32(7), row[len(row)-5])
}
