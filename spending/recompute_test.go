package spending

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func yen(v int64) *int64 { return &v }

// sample is a reduced copy of the sample sheet's spending with one
// re-delegated block added.
func sample() *Spending {
	return &Spending{
		Flow: Flow{Ministry: "内閣府", Amount: yen(684784000), IndirectTotal: yen(1079000),
			Indirect: []IndirectCost{{Item: "職員旅費", Amount: yen(1079000)}}},
		Blocks: []Block{
			{Block: "A", Total: yen(622650000)},
			{Block: "B", Total: yen(16640000)},
			{Block: "C", Total: yen(44415000)},
			{Block: "D", Total: yen(12000000), Parent: "A"},
		},
		Recipients: []Recipient{
			{Block: "A", Name: "株式会社野村総合研究所", Amount: yen(142172000), Contracts: []Contract{
				{Amount: yen(60730000)}, {Amount: yen(58914000)}, {Amount: yen(22528000)},
			}},
			{Block: "A", Name: OtherName, Amount: yen(5803000)},
			{Block: "B", Name: "岐阜県", Amount: yen(3672000)},
			{Block: "B", Name: "徳島県", Amount: nil},
		},
		Uses: []Use{
			{Block: "B", Recipient: "岐阜県", Item: "補助金", Amount: yen(3500000)},
			{Block: "B", Recipient: "岐阜県", Item: "旅費", Amount: yen(38000)},
			{Block: "B", Recipient: "岐阜県", Item: "その他", Amount: yen(134000)},
		},
	}
}

func TestSums(t *testing.T) {
	s := sample()
	assert.Equal(t, Sum{Yen: 147975000, N: 2}, s.SumRecipients("A"))
	assert.Equal(t, Sum{Yen: 3672000, N: 1, Absent: 1}, s.SumRecipients("B"))
	assert.Equal(t, Sum{}, s.SumRecipients("Z"))
	assert.Equal(t, Sum{Yen: 142172000, N: 3}, s.Recipients[0].SumContracts())
	assert.Equal(t, Sum{Yen: 3672000, N: 3}, s.SumUses("B", "岐阜県"))
	assert.Equal(t, int64(2000), Sum{N: 3}.Tolerance())
	assert.Equal(t, Sum{Yen: 1079000, N: 1}, s.Flow.SumIndirect())
	assert.True(t, s.Recipients[1].IsOther())
}

func TestDirectPayment(t *testing.T) {
	s := sample()
	assert.Equal(t, Sum{Yen: 684784000, N: 4}, s.DirectPayment(), "D is paid from A: left out")
	s.Flow.IndirectTotal = nil
	assert.Equal(t, int64(684784000), s.DirectPayment().Yen, "items stand in for a missing 間接経費 total")
	s.Flow.Indirect = nil
	assert.Equal(t, Sum{Yen: 683705000, N: 3}, s.DirectPayment())
}

func TestGraph(t *testing.T) {
	s := sample()
	assert.Equal(t, []string{"A", "B", "C"}, s.Children(""))
	assert.Equal(t, []string{"D"}, s.Children("A"))
	d, ok := s.Depth("D")
	assert.True(t, ok)
	assert.Equal(t, 1, d)
	_, ok = s.Depth("Z")
	assert.False(t, ok)
	assert.Empty(t, s.Cycles())
	assert.Empty(t, s.UnknownParents())

	s.Blocks = append(s.Blocks, Block{Block: "E", Parent: "F"}, Block{Block: "F", Parent: "E"}, Block{Block: "G", Parent: "X"}, Block{Block: "H", Parent: "H"})
	assert.Equal(t, []string{"E", "F", "H"}, s.Cycles())
	assert.Equal(t, []string{"G"}, s.UnknownParents())
	_, ok = s.Depth("E")
	assert.False(t, ok, "cycle")
	_, ok = s.Depth("G")
	assert.False(t, ok, "unknown parent")
	assert.NotNil(t, s.BlockByName("H"))
	assert.Nil(t, s.BlockByName("Q"))
}

func TestPassThrough(t *testing.T) {
	v := func(x int64) *int64 { return &x }
	s := &Spending{Blocks: []Block{{Block: "A", Total: v(100)}, {Block: "B", Parent: "A", Total: v(60)}, {Block: "C", Parent: "A", Total: v(35)}, {Block: "D", Parent: "B"}}}
	onward, share, ok := s.PassThrough("A")
	assert.True(t, ok)
	assert.Equal(t, int64(95), onward)
	assert.InDelta(t, 0.95, share, 1e-12)
	_, _, ok = s.PassThrough("B") // D states no total
	assert.False(t, ok)
	_, _, ok = s.PassThrough("Z")
	assert.False(t, ok)
}
