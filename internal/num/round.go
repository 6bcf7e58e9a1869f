package num

import "math/big"

// RoundFrac returns num ÷ den rounded half away from zero to decimals
// places, computed exactly (17.25 rounds to 17.3 however a float would
// fall). den must not be zero; a negative decimals counts as 0.
func RoundFrac(num, den *big.Int, decimals int) float64 {
	return RoundRat(new(big.Rat).SetFrac(num, den), decimals)
}

// RoundRat rounds r half away from zero to decimals places (a negative
// decimals counts as 0) and returns the nearest float64 of the result.
func RoundRat(r *big.Rat, decimals int) float64 {
	if decimals < 0 {
		decimals = 0
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	n := new(big.Int).Mul(r.Num(), scale)
	d := r.Denom() // always positive
	q, m := new(big.Int).QuoRem(n, d, new(big.Int))
	if new(big.Int).Mul(m.Abs(m), big.NewInt(2)).Cmp(d) >= 0 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	f, _ := new(big.Rat).SetFrac(q, scale).Float64()
	return f
}

// SumTolerance is how far a sum of n amounts printed in 千円 may stray
// from a printed total without any error in the underlying yen: the
// sheet rounds every amount at the 百円 digit, so each of the n summands
// and the total itself can be up to 500 yen off: (n + 1) × 500 yen.
func SumTolerance(n int) int64 { return int64(n+1) * 500 }

// AbsDiff returns |a − b|, which always fits in uint64.
func AbsDiff(a, b int64) uint64 {
	if a >= b {
		return uint64(a) - uint64(b)
	}
	return uint64(b) - uint64(a)
}
