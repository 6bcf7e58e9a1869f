package spending

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func yp(v int64) *int64 { return &v }

// TestSumOverflow: CSV amounts MaxInt64 + MaxInt64 give an overflowed sum,
// never −2 yen; the sum stays overflowed whatever is added after.
func TestSumOverflow(t *testing.T) {
	r := Recipient{Contracts: []Contract{{Amount: yp(math.MaxInt64)}, {Amount: yp(math.MaxInt64)}, {Amount: yp(-5)}}}
	s := r.SumContracts()
	assert.True(t, s.Overflow)
	assert.Equal(t, int64(0), s.Yen)
	assert.Equal(t, 3, s.N)

	var ok Sum
	ok.Add(math.MaxInt64 - 1)
	ok.Add(1)
	assert.False(t, ok.Overflow)
	assert.Equal(t, int64(math.MaxInt64), ok.Yen)
	ok.Add(1)
	assert.True(t, ok.Overflow)

	sp := &Spending{Blocks: []Block{{Block: "A", Total: yp(10)}, {Block: "B", Parent: "A", Total: yp(math.MaxInt64)}, {Block: "C", Parent: "A", Total: yp(1)}}}
	_, _, passOK := sp.PassThrough("A")
	assert.False(t, passOK)
	sp.Flow.Indirect = []IndirectCost{{Amount: yp(math.MinInt64)}, {Amount: yp(-1)}}
	_, indOK := sp.Flow.IndirectYen()
	assert.False(t, indOK)
	assert.True(t, sp.DirectPayment().Overflow)
}
