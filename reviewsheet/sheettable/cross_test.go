package sheettable

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/crossproject"
)

// TestCross: entity totals carry their entity's name and received
// amount, summary_contracts lists ByMinistry then ByMethod, and the
// getters read the rows (null for a Sum of no values, never 0).
func TestCross(t *testing.T) {
	r := &crossproject.Result{
		Entities: []crossproject.Entity{{Key: "cn:1", Name: "株式会社A", Names: []string{"株式会社A", "(株)A"}}},
		Totals: []crossproject.EntityTotal{
			{FiscalYear: 2024, Key: "cn:1", Direct: crossproject.Sum{Yen: 100, N: 1}, Unlinked: crossproject.Sum{Yen: 5, N: 1}},
			{FiscalYear: 2024, Key: "name:B"},
		},
		ByMinistry: []crossproject.ContractStats{{By: "ministry", Group: "内閣府"}},
		ByMethod:   []crossproject.ContractStats{{By: "method", Group: "一般競争入札"}},
	}
	rows, err := Cross(r)
	require.NoError(t, err)
	require.Len(t, rows.EntityTotals, 2)
	assert.Equal(t, TotalRow{Total: &r.Totals[0], Name: "株式会社A", Received: 105}, rows.EntityTotals[0])
	assert.Equal(t, "", rows.EntityTotals[1].Name, "an entity key without an entity has no name")
	require.Len(t, rows.SummaryContracts, 2)
	assert.Equal(t, "ministry", rows.SummaryContracts[0].By)
	assert.Equal(t, "method", rows.SummaryContracts[1].By)
	assert.Same(t, &r.Entities[0], rows.Entities[0])
	assert.Empty(t, rows.EntityPayments)

	cell := func(cols []Col[TotalRow], name string, r TotalRow) (int64, bool) {
		for _, c := range cols {
			if c.Name == name {
				return c.Int(r)
			}
		}
		t.Fatalf("no column %s", name)
		return 0, false
	}
	v, ok := cell(EntityTotalCols, "direct", rows.EntityTotals[0])
	assert.Equal(t, int64(100), v)
	assert.True(t, ok)
	_, ok = cell(EntityTotalCols, "redelegated", rows.EntityTotals[0])
	assert.False(t, ok, "a Sum of no values is null, not 0")
	name, _ := EntityCols[7].Str(rows.Entities[0])
	assert.Equal(t, "names", EntityCols[7].Name)
	assert.Equal(t, "株式会社A | (株)A", name)

	r.Totals[0].Redelegated = crossproject.Sum{Yen: math.MaxInt64, N: 1}
	_, err = Cross(r)
	assert.Error(t, err, "a received amount past int64 is an error")
}
