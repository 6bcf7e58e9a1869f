package budget

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func p(v int64) *int64 { return &v }

func TestSumTotal(t *testing.T) {
	tests := []struct {
		name string
		y    Year
		want int64
		ok   bool
	}{
		{"sample 2024", Year{Initial: p(203368000), Supplementary: p(3050000000), CarriedOver: p(700540000)}, 3953908000, true},
		{"all absent", Year{}, 0, false},
		{"zero", Year{Initial: p(0)}, 0, true},
		{"negative 補正", Year{Initial: p(1000), Supplementary: p(-300)}, 700, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.y.SumTotal()
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

func TestExecutionRate(t *testing.T) {
	y := Year{Total: p(3953908000), Executed: p(684784000)}
	full, ok := y.RecomputeExecutionRate()
	assert.True(t, ok)
	assert.InDelta(t, 17.3191, full, 0.0001)
	r, ok := y.ExecutionRateAt(1)
	assert.True(t, ok)
	assert.Equal(t, 17.3, r)
	_, ok = (&Year{Total: p(0), Executed: p(5)}).RecomputeExecutionRate()
	assert.False(t, ok, "計 0: no rate")
	_, ok = (&Year{Total: p(5)}).ExecutionRateAt(1)
	assert.False(t, ok, "執行額 absent: no rate")
}

func TestRoundRatio(t *testing.T) {
	tests := []struct {
		num, den int64
		dec      int
		want     float64
	}{
		{1725, 100, 1, 17.3},   // 17.25 → half away from zero
		{-1725, 100, 1, -17.3}, // symmetric
		{1724, 100, 1, 17.2},
		{742 * 100, 500, 1, 148.4},
		{13 * 100, 10, 0, 130},
		{1, 3, 4, 0.3333},
		{2, 3, 0, 1},
		{5, -10, 0, -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, RoundRatio(tt.num, tt.den, tt.dec), "%d/%d@%d", tt.num, tt.den, tt.dec)
	}
}

func TestSumItems(t *testing.T) {
	b := Budget{Items: []Item{
		{Year: 2025, BudgetType: TypeInitial, Amount: p(134750000)}, {Year: 2025, BudgetType: TypeInitial, Amount: p(72570000)},
		{Year: 2025, BudgetType: TypeCarriedOver, Amount: p(3026150000)}, {Year: 2025, BudgetType: TypeInitial},
		{Year: 2024, BudgetType: TypeInitial, Amount: p(5)},
	}}
	sum, n, ok := b.SumItems(2025, TypeInitial)
	assert.Equal(t, int64(207320000), sum)
	assert.Equal(t, 2, n)
	assert.True(t, ok)
	_, _, ok = b.SumItems(2025, TypeReserve)
	assert.False(t, ok)
	sum, _, _ = b.SumItems(2024, TypeInitial)
	assert.Equal(t, int64(5), sum)
	assert.Equal(t, []int{2025, 2024}, b.ItemYears())
	assert.Nil(t, b.YearOf(2030))
}

func TestCarryAdjustedRate(t *testing.T) {
	b := Budget{Years: []Year{
		{Year: 2024, Total: p(3953908000), Executed: p(684784000)},
		{Year: 2025, CarriedOver: p(3026150000)},
	}}
	cf, ok := b.CarriedForwardOf(2024)
	assert.True(t, ok)
	assert.Equal(t, int64(3026150000), cf, "from the next column's 前年度から繰越し")
	r, ok := b.CarryAdjustedRateAt(2024, 1)
	assert.True(t, ok)
	assert.Equal(t, 73.8, r)
	r, _ = b.CarryAdjustedRateAt(2024, 0)
	assert.Equal(t, 74.0, r, "the sheet's 約74％")

	own := Budget{Years: []Year{{Year: 2024, Total: p(100), Executed: p(40), CarriedForward: p(50)}}}
	r, ok = own.CarryAdjustedRateAt(2024, 0)
	assert.True(t, ok)
	assert.Equal(t, 80.0, r, "the year's own 翌年度への繰越し (RS CSV)")
	_, ok = (&Budget{Years: []Year{{Year: 2024, Total: p(100), Executed: p(40)}}}).CarryAdjustedRateAt(2024, 0)
	assert.False(t, ok, "carry-forward unknown")
	_, ok = (&Budget{Years: []Year{{Year: 2024, Total: p(100), Executed: p(40), CarriedForward: p(100)}}}).CarryAdjustedRateAt(2024, 0)
	assert.False(t, ok, "nothing remains")
}

func TestUnused(t *testing.T) {
	b := Budget{Years: []Year{
		{Year: 2024, Total: p(3953908000), Executed: p(684784000)},
		{Year: 2025, CarriedOver: p(3026150000)},
	}}
	u, ok := b.UnusedOf(2024)
	assert.True(t, ok)
	assert.Equal(t, int64(242974000), u, "3,953,908 − 684,784 − 3,026,150 千円")
	_, ok = b.UnusedOf(2025)
	assert.False(t, ok)
	neg := Budget{Years: []Year{{Year: 2024, Total: p(100), Executed: p(60), CarriedForward: p(50)}}}
	u, _ = neg.UnusedOf(2024)
	assert.Equal(t, int64(-10), u)
}

func TestEntryUnit(t *testing.T) {
	for _, tt := range []struct{ v, unit int64 }{{0, 0}, {6_000_000, 1_000_000}, {5_700_000, 1_000}, {548_665_223, 1}, {-3_000_000, 1_000_000}} {
		assert.Equal(t, tt.unit, EntryUnit(tt.v), "%d", tt.v)
	}
	assert.True(t, WithinEntryUnit(300_000, 6_000_000), "001544: 6百万 vs 5,700千")
	assert.True(t, WithinEntryUnit(500_000, 6_000_000))
	assert.False(t, WithinEntryUnit(500_001, 6_000_000))
	assert.False(t, WithinEntryUnit(223, 548_665_223), "entered in yen")
	assert.True(t, WithinEntryUnit(-226_227, 125_226_227, 533_000_000), "the coarser unit of the amounts")
}
