package num

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRoundFrac(t *testing.T) {
	for _, tt := range []struct {
		num, den int64
		d        int
		want     float64
	}{
		{68478400, 395390800, 3, 0.173},      // 執行率 of the sample ÷ 100
		{1725, 10000, 3, 0.173},              // a half rounds away from zero
		{-1725, 10000, 3, -0.173},            // also below zero
		{1724, 10000, 3, 0.172},              // below a half: down
		{1, 3, 0, 0},                         // decimals 0
		{2, 3, -1, 1},                        // negative decimals count as 0
		{math.MaxInt64, 1, 2, math.MaxInt64}, // no overflow
	} {
		got := RoundFrac(big.NewInt(tt.num), big.NewInt(tt.den), tt.d)
		assert.Equal(t, tt.want, got, "%d/%d at %d", tt.num, tt.den, tt.d)
	}
	assert.Equal(t, 17.3, RoundRat(new(big.Rat).SetFrac64(684784*100, 3953908), 1), "the sample's 執行率")
}

func TestSumTolerance(t *testing.T) {
	assert.Equal(t, int64(500), SumTolerance(0))
	assert.Equal(t, int64(2000), SumTolerance(3))
	assert.Equal(t, uint64(math.MaxUint64), AbsDiff(math.MaxInt64, math.MinInt64)+0)
	assert.Equal(t, uint64(3), AbsDiff(-1, 2))
}

func TestDigits(t *testing.T) {
	for raw, want := range map[string]string{
		"1,234":    "1,234",
		"１，２３４．５％": "1,234.5%",
		"△1,234":   "-1,234",
		"▲５":       "-5",
		"約74％":     "約74%",
		"":         "",
	} {
		assert.Equal(t, want, FoldDigits(raw), raw)
	}
	for raw, want := range map[string]int{"17.0%": 1, "１７．３％": 1, "130": 0, "148.40": 2, " 2.5 % ": 1, "--": 0} {
		assert.Equal(t, want, Decimals(raw), raw)
	}
	assert.Equal(t, 1, FloatDecimals(17.3))
	assert.Equal(t, 0, FloatDecimals(130))
	v, ok := ParseRate("１７．３％")
	assert.True(t, ok)
	assert.Equal(t, 17.3, v)
	_, ok = ParseRate("--")
	assert.False(t, ok)
	assert.True(t, IsDigit('７'))
	assert.False(t, IsDigit('七'))
}

func TestFormat(t *testing.T) {
	for v, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", -1234567: "-1,234,567", math.MinInt64: "-9,223,372,036,854,775,808"} {
		assert.Equal(t, want, GroupInt(v))
	}
	assert.Equal(t, "684,784,000円", Yen(684784000))
	assert.Equal(t, "18,446,744,073,709,551,614円", YenSum(math.MaxInt64, math.MaxInt64))
	for v, want := range map[int64]string{684784000: "684,784", 1234500: "1,234.5", -1500: "△1.5", 1: "0.001", 0: "0", math.MinInt64: "△9,223,372,036,854,775.808"} {
		assert.Equal(t, want, Thousand(v, "△"), v)
	}
}

func BenchmarkFormat(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_ = Yen(684784000)
		_ = Thousand(1234500, "△")
		_ = FoldDigits("１，２３４")
	}
}
