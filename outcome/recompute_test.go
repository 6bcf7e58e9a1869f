package outcome

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// val builds a value from printed cells ("--" for absent).
func val(target, actual, rate string) Value {
	v := Value{TargetRaw: target, ActualRaw: actual, AchievementRateRaw: rate}
	num := func(s string) *float64 {
		if s == "--" || s == "" {
			return nil
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			panic(err)
		}
		return &f
	}
	v.Target, v.Actual, v.AchievementRate = num(target), num(actual), num(rate)
	return v
}

func TestAchievementRate(t *testing.T) {
	tests := []struct {
		name           string
		v              Value
		dir            Direction
		full           float64 // RecomputeAchievementRate
		at4            float64 // AchievementRateAt(RateDecimals)
		ok, match, cmp bool
	}{
		// the sample's four printed rates
		{"302 2024", val("500", "742", "148.4"), Upward, 148.4, 148.4, true, true, true},
		{"402 2024", val("500", "559", "111.8"), Upward, 111.8, 111.8, true, true, true},
		{"304 2024", val("10", "13", "130"), Upward, 130, 130, true, true, true},
		{"306 2024", val("50", "71", "142"), Upward, 142, 142, true, true, true},
		// RS CSV 3-1 (project 11, 884): 4 decimals, half up
		{"20/21", val("21", "20", "95.2381"), Upward, 95.23809523809524, 95.2381, true, true, true},
		{"26071/20000", val("20,000", "26,071", "130.355"), Upward, 130.355, 130.355, true, true, true},
		{"decimal target", val("99.99", "100", "100.01"), Upward, 100.01000100010001, 100.01, true, true, true},
		// a sheet printing fewer decimals than stored still matches
		{"rounded print", val("21", "20", "95.2"), Upward, 95.23809523809524, 95.2381, true, true, true},
		{"wrong print", val("500", "742", "148.5"), Upward, 148.4, 148.4, true, false, true},
		// lower is better
		{"downward", val("80", "100", "80"), Downward, 80, 80, true, true, true},
		// nothing to compute
		{"no actual", val("500", "--", "--"), Upward, 0, 0, false, false, false},
		{"zero target", val("0", "0", "--"), Upward, 0, 0, false, false, false},
		{"no printed rate", val("10", "13", ""), Upward, 130, 130, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full, ok := tt.v.RecomputeAchievementRate(tt.dir)
			assert.Equal(t, tt.ok, ok)
			assert.InDelta(t, tt.full, full, 1e-9)
			at4, ok := tt.v.AchievementRateAt(tt.dir, RateDecimals)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.at4, at4)
			_, match, cmp := tt.v.CheckAchievementRate(tt.dir)
			assert.Equal(t, tt.cmp, cmp, "comparable")
			assert.Equal(t, tt.match, match, "match")
		})
	}
}

func TestRoundHalfAwayFromZero(t *testing.T) {
	v := val("8", "1", "") // 12.5 %
	for _, tt := range []struct {
		d    int
		want float64
	}{{0, 13}, {1, 12.5}, {-1, 13}} {
		got, ok := v.AchievementRateAt(Upward, tt.d)
		assert.True(t, ok)
		assert.Equal(t, tt.want, got, "decimals %d", tt.d)
	}
	// the float fallback when the raw text is not a plain decimal
	w := Value{Target: f(3), TargetRaw: "３", Actual: f(1), ActualRaw: "△1"}
	got, ok := w.AchievementRateAt(Upward, 2)
	assert.True(t, ok)
	assert.Equal(t, 33.33, got)
}

func f(v float64) *float64 { return &v }
