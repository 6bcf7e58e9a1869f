package report

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/budget"
)

func TestFormat(t *testing.T) {
	assert.Equal(t, "684,784千円", Sen(684784000))
	assert.Equal(t, "0千円", Sen(0))
	assert.Equal(t, "-1,000千円", Sen(-1000000))
	assert.Equal(t, "1,234,567円", Sen(1234567))
	i := func(v int64) *int64 { return &v }
	assert.Equal(t, "3,953,908", senNumber(i(3953908000)))
	assert.Equal(t, "1,234.567", senNumber(i(1234567)))
	assert.Equal(t, "0.5", senNumber(i(500)))
	assert.Equal(t, "—", senNumber(nil))
	r := 17.3
	assert.Equal(t, "17.3%", optPct(&r))
	assert.Equal(t, "—", optPct(nil))
	assert.Equal(t, "abc", truncate("abc", 3))
	assert.Equal(t, "孤独…", truncate("孤独・孤立", 3))
	assert.Equal(t, []string{"孤独・", "孤立対", "策推…"}, wrap("孤独・孤立対策推進経費", 3, 3))
	assert.Equal(t, []string{"ab"}, wrap("ab", 3, 3))
	assert.Nil(t, wrap("", 3, 3))
}

func TestNiceStep(t *testing.T) {
	assert.Equal(t, int64(1000), niceStep(10))
	assert.Equal(t, int64(1_000_000_000), niceStep(988_477_000))
	assert.Equal(t, int64(2_000_000), niceStep(1_500_000))
	assert.Equal(t, int64(5_000_000), niceStep(2_500_000))
}

func TestExecutionRate(t *testing.T) {
	i := func(v int64) *int64 { return &v }
	r := 17.3
	got, computed := executionRate(budget.Year{Total: i(3953908000), Executed: i(684784000), ExecutionRate: &r})
	assert.Equal(t, "17.3%", got)
	assert.False(t, computed)
	got, computed = executionRate(budget.Year{Total: i(3953908000), Executed: i(684784000)})
	assert.Equal(t, "17.3%（算出）", got)
	assert.True(t, computed)
	got, _ = executionRate(budget.Year{Total: i(0), Executed: i(0)})
	assert.Equal(t, "", got)
	got, _ = executionRate(budget.Year{Total: i(78_435_000), Executed: i(0)})
	assert.Equal(t, "", got, "執行額 0 is a year not yet executed in the RS CSV")
}
