package budget

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOverflow: sums and differences that do not fit in int64 yen are
// refused (ok false, Overflow names them), never wrapped; rates are exact
// for any int64 amounts.
func TestOverflow(t *testing.T) {
	const q = 4_611_686_018_427_387_000 // 4,611,686,018,427,387 千円: four of them wrap to −3,616... yen
	y := Year{Year: 2024, Initial: p(q), Supplementary: p(q), CarriedOver: p(q), Reserve: p(q), Total: p(1), Executed: p(0)}
	b := &Budget{Years: []Year{y}}
	_, ok := b.Years[0].SumTotal()
	assert.False(t, ok)
	err := b.Overflow(2024)
	require.ErrorIs(t, err, ErrOverflow)
	assert.Contains(t, err.Error(), "当初予算 + 補正予算")

	// 執行額 1e14 千円 of 計 2e14 千円: 50%, not a wrapped −42.2%.
	big := Year{Year: 2023, Total: p(200_000_000_000_000_000), Executed: p(100_000_000_000_000_000)}
	r, ok := big.ExecutionRateAt(1)
	require.True(t, ok)
	assert.Equal(t, 50.0, r)
	r, ok = big.ExecutionRateAt(3)
	require.True(t, ok)
	assert.Equal(t, 50.0, r)
	b2 := &Budget{Years: []Year{big, {Year: 2024, CarriedOver: p(20_000_000_000_000_000)}}}
	r, ok = b2.CarryAdjustedRateAt(2023, 1)
	require.True(t, ok)
	assert.Equal(t, 55.6, r) // 1e17 ÷ 1.8e17
	assert.NoError(t, b2.Overflow(2023))

	// 計 − 執行額 − 繰越し beyond int64.
	neg := &Budget{Years: []Year{{Year: 2023, Total: p(math.MaxInt64), Executed: p(-10), CarriedForward: p(0)}}}
	_, ok = neg.UnusedOf(2023)
	assert.False(t, ok)
	assert.ErrorIs(t, neg.Overflow(2023), ErrOverflow)

	items := &Budget{Items: []Item{{Year: 2024, BudgetType: "当初予算", Amount: p(math.MaxInt64)}, {Year: 2024, BudgetType: "当初予算", Amount: p(1)}}}
	_, _, ok = items.SumItems(2024, "当初予算")
	assert.False(t, ok)
	err = items.Overflow(2024)
	require.ErrorIs(t, err, ErrOverflow)
	assert.Contains(t, err.Error(), "予算内訳 (当初予算)")

	fine := &Budget{Years: []Year{{Year: 2024, Initial: p(1), Total: p(1), Executed: p(1)}}}
	assert.NoError(t, fine.Overflow(2024))
	assert.Equal(t, int64(math.MinInt64), func() int64 { v, _ := addYen(math.MinInt64+1, -1); return v }())
	_, ok = addYen(math.MinInt64, -1)
	assert.False(t, ok)
	_, ok = subYen(math.MinInt64, 1)
	assert.False(t, ok)
	_, ok = subYen(0, math.MinInt64)
	assert.False(t, ok)
}
