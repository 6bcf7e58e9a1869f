package reviewsheet

import "github.com/rsheet/rsheet/internal/num"

// Amounts of a sheet are *int64 (nil is "--"). A sheet of the 2024
// corpus has some 100–300 of them; allocating each on its own was about
// an eighth of the parse's allocations. thousandYen hands out slots of a
// per-parse chunk of int64 instead: one allocation per amountChunk
// amounts.
//
// Every amount has a slot of its own, written once when it is read and
// never again by the parser, so the values stay independent (a caller
// may change one through its pointer without touching another). A chunk
// is reachable only from the amounts of the sheet that filled it.

// amountChunk is the number of amounts one chunk holds.
const amountChunk = 64

// thousandYen is num.ParseThousandYen with the result in the parse's
// chunk: an amount printed in 千円, as yen; nil for "--"; an error
// wrapping num.ErrNotNumber for anything else that is not an amount.
func (p *parser) thousandYen(tok string) (*int64, error) {
	if tok == num.Absent {
		return nil, nil
	}
	v, err := num.ParseScaled(tok, 3)
	if err != nil {
		return nil, err
	}
	return p.keepAmount(v), nil
}

// keepInts returns an empty slice with room for n ints from the parse's
// chunk of ints (the node numbers of the paths): appending up to n
// writes in its own part of the chunk, past n copies.
func (p *parser) keepInts(n int) []int {
	if cap(p.ints)-len(p.ints) < n {
		p.ints = make([]int, 0, max(n, intChunk))
	}
	s := p.ints[len(p.ints) : len(p.ints) : len(p.ints)+n]
	p.ints = p.ints[:len(p.ints)+n]
	return s
}

// keepInt returns a pointer to v held in the chunk of ints.
func (p *parser) keepInt(v int) *int {
	s := append(p.keepInts(1), v)
	return &s[0]
}

// intChunk is the number of ints keepInts takes in one chunk (a sheet has
// some 2–5 paths of 3–5 nodes).
const intChunk = 32

// keepAmount returns a pointer to v held in the current chunk.
func (p *parser) keepAmount(v int64) *int64 {
	if len(p.amounts) == cap(p.amounts) {
		p.amounts = make([]int64, 0, amountChunk)
	}
	p.amounts = append(p.amounts, v)
	return &p.amounts[len(p.amounts)-1]
}
