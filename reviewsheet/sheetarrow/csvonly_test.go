package sheetarrow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// TestCSVOnlyColumnsExported: what only the RS CSV says (5-4 in full,
// 所在地, 法人種別, 具体的な契約方式等, 資金の流れの補足情報, 建制順, 成果目標の種類)
// reaches the tables.
func TestCSVOnlyColumnsExported(t *testing.T) {
	set, err := rscsv.Open("../../testdata/rscsv/2025")
	require.NoError(t, err)
	b := NewBuilder(nil)
	defer b.Release()
	for _, id := range []string{"11", "884"} {
		s, err := set.Lookup(2025, id)
		require.NoError(t, err)
		require.NoError(t, b.Add(s, nil))
	}
	recs := b.NewRecords()
	defer releaseAll(recs)

	debt := recs[SpendingDebtContracts]
	assert.Equal(t, []any{"C", "C"}, columnOf(t, debt, "block"))
	assert.Equal(t, []any{"一般競争契約（最低価格）", "一般競争契約（最低価格）"}, columnOf(t, debt, "method"))
	assert.Equal(t, []any{int32(2), int32(5)}, columnOf(t, debt, "bidders"))
	assert.Equal(t, []any{82.0, 75.0}, columnOf(t, debt, "winning_bid_rate"))
	assert.Equal(t, []any{"大阪府大阪市中央区備後町１丁目７番１０号", nil}, columnOf(t, debt, "location"))
	assert.Equal(t, []any{"301", nil}, columnOf(t, debt, "corporate_type"))

	assert.Contains(t, columnOf(t, recs[SpendingRecipients], "location"), "神奈川県川崎市中原区上小田中４丁目１番１号")
	assert.Contains(t, columnOf(t, recs[SpendingContracts], "method_detail"), "再委託")
	assert.Contains(t, columnOf(t, recs[SpendingBlocks], "flow_note"), "諸謝金・旅費等の支給")
	assert.Equal(t, []any{int32(13), int32(16)}, columnOf(t, recs[Sheets], "ministry_order"))
	assert.Contains(t, columnOf(t, recs[OutcomeNodes], "goal_type"), "定量的")
	years := columnOf(t, recs[BudgetItems], "budget_year")
	assert.Contains(t, years, int32(2024), "2-2 lists several 予算年度: each item row says which")
	assert.Contains(t, years, int32(2025))
}
