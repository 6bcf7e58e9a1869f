package spending

import "github.com/rsheet/rsheet/internal/num"

// Sum is a recomputed total: the exact sum in yen of the printed amounts
// and how many amounts went into it. The sheet rounds each amount to
// 千円 on its own, so a sum of N printed amounts may differ from a printed
// total by up to about N × 500 yen without any error in the underlying
// data: N lets a check derive its tolerance (see Tolerance).
//
// A sum that does not fit in int64 yen (only a corrupt or hostile input
// comes near 922京円) sets Overflow and is never a wrapped value: Yen is 0
// then and must not be compared.
type Sum struct {
	Yen      int64 // Σ of the present amounts
	N        int   // number of amounts added
	Absent   int   // number of amounts printed "--" (counted as zero)
	Overflow bool  // the sum does not fit in int64 yen; Yen is meaningless
}

// Tolerance is the rounding slack of a comparison between this sum and
// a printed total: (N + 1) × 500 yen, half a 千円 for each summand and
// for the total itself.
func (s Sum) Tolerance() int64 { return num.SumTolerance(s.N) }

func (s *Sum) add(p *int64) {
	if p == nil {
		s.Absent++
		return
	}
	s.addYen(*p)
}

// Add adds the amount v, or marks the sum overflowed.
func (s *Sum) Add(v int64) { s.addYen(v) }

// addYen adds v, or marks the sum overflowed.
func (s *Sum) addYen(v int64) {
	s.N++
	if s.Overflow {
		return
	}
	if y, ok := addYen(s.Yen, v); ok {
		s.Yen = y
	} else {
		s.Yen, s.Overflow = 0, true
	}
}

// addYen returns a + b, and false when the sum does not fit in int64.
func addYen(a, b int64) (int64, bool) {
	t := a + b
	if (b > 0 && t < a) || (b < 0 && t > a) {
		return 0, false
	}
	return t, true
}

// SumRecipients adds the amounts of the rows listed under block b in the
// 支出先上位者リスト (the top payees and the その他 row):
//
//	Σ Recipient.Amount for Recipient.Block == b
//
// It should equal the block's 合計支出額 within Sum.Tolerance.
func (s *Spending) SumRecipients(b string) Sum {
	var sum Sum
	for i := range s.Recipients {
		if s.Recipients[i].Block == b {
			sum.add(s.Recipients[i].Amount)
		}
	}
	return sum
}

// SumContracts adds the amounts of the recipient's contracts:
//
//	Σ Contract.Amount
//
// It should equal the recipient's 支出額 within Sum.Tolerance.
func (r *Recipient) SumContracts() Sum {
	var sum Sum
	for i := range r.Contracts {
		sum.add(r.Contracts[i].Amount)
	}
	return sum
}

// SumUses adds the 費目・使途 rows of recipient name in block b:
//
//	Σ Use.Amount for Use.Block == b and Use.Recipient == name
//
// N is 0 when the sheet has no 費目・使途 for the recipient.
func (s *Spending) SumUses(b, name string) Sum {
	var sum Sum
	for i := range s.Uses {
		if s.Uses[i].Block == b && s.Uses[i].Recipient == name {
			sum.add(s.Uses[i].Amount)
		}
	}
	return sum
}

// IndirectYen returns 国自らが支出する間接経費 in yen: the printed 間接経費
// total, or Σ of its items when only the items are printed; 0 when the
// flow shows none, and 0 with ok false when the items' sum overflows.
func (f *Flow) IndirectYen() (yen int64, ok bool) {
	if f.IndirectTotal != nil {
		return *f.IndirectTotal, true
	}
	sum := f.SumIndirect()
	return sum.Yen, !sum.Overflow
}

// SumIndirect adds the 間接経費 items:
//
//	Σ IndirectCost.Amount
//
// It should equal Flow.IndirectTotal within Sum.Tolerance.
func (f *Flow) SumIndirect() Sum {
	var sum Sum
	for i := range f.Indirect {
		sum.add(f.Indirect[i].Amount)
	}
	return sum
}

// DirectPayment recomputes the money the organisation paid itself:
//
//	Σ Block.Total for blocks with no Parent + 間接経費 (Flow.IndirectYen)
//
// Re-delegated blocks are left out: their money is already inside the
// total of the block that paid them, and adding them double-counts. On a
// consistent sheet this equals Flow.Amount and 執行額 of the execution
// year (sample: 622,650 + 16,640 + 44,415 + 1,079 = 684,784 千円). N counts
// the block totals and the 間接経費 figure added.
func (s *Spending) DirectPayment() Sum {
	var sum Sum
	for i := range s.Blocks {
		if s.Blocks[i].Parent == "" {
			sum.add(s.Blocks[i].Total)
		}
	}
	if s.Flow.IndirectTotal != nil || len(s.Flow.Indirect) > 0 {
		if ind, ok := s.Flow.IndirectYen(); ok {
			sum.addYen(ind)
		} else {
			sum.N++
			sum.Yen, sum.Overflow = 0, true
		}
	}
	return sum
}

// Children returns the letters of the blocks paid from block b, in
// block order. Children("") returns the blocks the organisation pays.
func (s *Spending) Children(b string) []string {
	var out []string
	for i := range s.Blocks {
		if s.Blocks[i].Parent == b && s.Blocks[i].Block != b {
			out = append(out, s.Blocks[i].Block)
		}
	}
	return out
}

// Depth returns how many re-delegations separate block b from the
// organisation: 0 for a block it pays itself, 1 for a block paid by such
// a block, and so on. ok is false when b is unknown, when a parent on
// the way is not a block of the sheet, or when the parents form a cycle.
func (s *Spending) Depth(b string) (depth int, ok bool) {
	seen := make(map[string]bool, len(s.Blocks))
	for {
		blk := s.BlockByName(b)
		if blk == nil || seen[b] {
			return 0, false
		}
		seen[b] = true
		if blk.Parent == "" {
			return depth, true
		}
		b = blk.Parent
		depth++
	}
}

// UnknownParents returns the letters of the blocks whose Parent names no
// block of the sheet, in block order.
func (s *Spending) UnknownParents() []string {
	var out []string
	for i := range s.Blocks {
		if p := s.Blocks[i].Parent; p != "" && s.BlockByName(p) == nil {
			out = append(out, s.Blocks[i].Block)
		}
	}
	return out
}

// Cycles returns the letters of the blocks that are their own ancestor
// (A → B → A, or a block paying itself), in block order.
func (s *Spending) Cycles() []string {
	var out []string
	for i := range s.Blocks {
		start := s.Blocks[i].Block
		b := s.Blocks[i].Parent
		for steps := 0; b != "" && steps <= len(s.Blocks); steps++ {
			if b == start {
				out = append(out, start)
				break
			}
			blk := s.BlockByName(b)
			if blk == nil {
				break
			}
			b = blk.Parent
		}
	}
	return out
}

// PassThrough returns how much of block b's 合計支出額 its payees pay on
// to the blocks paid from b, and that as a share of b's total:
//
//	share = Σ 合計支出額 of Children(b) ÷ 合計支出額 of b
//
// ok is false when b is unknown, its total is absent or not above 0, or
// no child states a total, or their sum overflows int64. A share near 1 means the payees of b keep
// almost nothing of what they receive (a pass-through); above 1 the
// children were paid more than b received (other funds, or an error).
func (s *Spending) PassThrough(b string) (onward int64, share float64, ok bool) {
	blk := s.BlockByName(b)
	if blk == nil || blk.Total == nil || *blk.Total <= 0 {
		return 0, 0, false
	}
	var sum Sum
	for _, c := range s.Children(b) {
		if cb := s.BlockByName(c); cb != nil && cb.Total != nil {
			sum.addYen(*cb.Total)
		}
	}
	if sum.N == 0 || sum.Overflow {
		return 0, 0, false
	}
	return sum.Yen, float64(sum.Yen) / float64(*blk.Total), true
}
