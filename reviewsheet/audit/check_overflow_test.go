package audit

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckOverflow: figures whose recomputation does not fit in int64 yen
// are error findings (budget.overflow, spending.overflow) with the figures,
// never a wrapped value compared as if it were real.
func TestCheckOverflow(t *testing.T) {
	s := parseFile(t, samplePath)
	const q = 4_611_686_018_427_387_000 // 4,611,686,018,427,387 千円
	y := &s.Budget.Years[1]
	y.Initial, y.Supplementary, y.CarriedOver, y.Reserve = i64(q), i64(q), i64(q), i64(q)
	fs := Check(s)
	over := findCode(fs, CodeBudgetOverflow)
	require.Len(t, over, 1)
	assert.Equal(t, SeverityError, over[0].Severity)
	assert.Equal(t, "budget.years[1]", over[0].Path)
	assert.Contains(t, over[0].Message, "2024年度 当初予算 + 補正予算 + 前年度から繰越し + 予備費等 does not fit in int64 yen")
	for _, f := range findCode(fs, CodeBudgetTotal) {
		assert.NotEqual(t, "budget.years[1].total", f.Path, "no comparison with a wrapped sum: %+v", f)
	}

	// 執行額 1e14 千円 of 計 2e14 千円 printed as 50.0%: agrees (no −42.2%).
	s = parseFile(t, samplePath)
	y = &s.Budget.Years[1]
	y.Initial, y.Supplementary, y.CarriedOver, y.Reserve = i64(200_000_000_000_000_000), i64(0), i64(0), i64(0)
	y.Total, y.Executed, y.ExecutionRate, y.ExecutionRateRaw = i64(200_000_000_000_000_000), i64(100_000_000_000_000_000), f64(50.0), "50.0%"
	for _, f := range findCode(Check(s), CodeBudgetExecutionRate) {
		assert.NotEqual(t, "budget.years[1].execution_rate", f.Path, "%+v", f)
	}

	// Contracts of MaxInt64 + MaxInt64 yen under one recipient.
	s = parseFile(t, samplePath)
	r := &s.Spending.Recipients[0]
	r.Contracts[0].Amount = i64(math.MaxInt64)
	r.Contracts = append(r.Contracts, r.Contracts[0])
	over = findCode(Check(s), CodeSpendingOverflow)
	require.NotEmpty(t, over)
	assert.Equal(t, SeverityError, over[0].Severity)
	assert.Equal(t, "overflow", over[0].Recomputed)
	assert.True(t, strings.HasPrefix(over[0].Path, "spending."), over[0].Path)
}

// TestCompareOverflow: official payee rows that sum beyond int64 yen
// disagree with the sheet and say so, instead of a recomputed −2円.
func TestCompareOverflow(t *testing.T) {
	s := parseFile(t, samplePath)
	o := parseFile(t, samplePath)
	o.Source = nil
	r := o.Spending.Recipients[0]
	r.Amount = i64(math.MaxInt64)
	o.Spending.Recipients = append(o.Spending.Recipients, r)
	o.Spending.Recipients[0].Amount = i64(math.MaxInt64)
	var hit *Finding
	for _, f := range Compare(s, o) {
		if f.Code == "xcheck.spending.recipient" {
			hit = &f
			break
		}
	}
	require.NotNil(t, hit)
	assert.Equal(t, "overflow (beyond int64 yen)", hit.Recomputed)
}
