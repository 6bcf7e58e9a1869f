package sheettable

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/outcome"
)

func ptr[T any](v T) *T { return &v }

// TestAchievementRateFastPath: the integer fast path gives the same
// float64 as outcome's exact computation.
func TestAchievementRateFastPath(t *testing.T) {
	vals := []float64{0, 1, 2, 3, 7, 19, 20, 21, 38, 40, 95, 100, 333, 1000, 20000, 123456789, -5}
	for _, tg := range vals {
		for _, ac := range vals {
			v := outcome.Value{Target: ptr(tg), Actual: ptr(ac)}
			for _, d := range []outcome.Direction{outcome.Upward, outcome.Downward} {
				got, ok := achievementRate(&v, d)
				want, wok := v.RecomputeAchievementRate(d)
				require.Equal(t, wok, ok, "%v/%v %v", ac, tg, d)
				require.Equal(t, want, got, "%v/%v %v", ac, tg, d)
			}
		}
	}
	v := outcome.Value{Target: ptr(0.3), TargetRaw: "0.3", Actual: ptr(0.1), ActualRaw: "0.1"}
	got, ok := achievementRate(&v, outcome.Upward)
	want, _ := v.RecomputeAchievementRate(outcome.Upward)
	assert.True(t, ok)
	assert.Equal(t, want, got)
	_, ok = achievementRate(&outcome.Value{Target: ptr(3.0)}, outcome.Upward)
	assert.False(t, ok)
}
