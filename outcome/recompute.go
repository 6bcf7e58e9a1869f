package outcome

import (
	"github.com/rsheet/rsheet/internal/num"
	"math/big"
	"strings"
)

// Direction says which way an indicator improves. The sheet text does not
// print it (the RS CSV 3-1 has it as 改善の上向き／下向き); the caller
// chooses.
type Direction int

const (
	// Upward: higher is better (上がると良い指標), 達成率 = 実績 ÷ 目標 × 100.
	Upward Direction = iota
	// Downward: lower is better (下がると良い指標), 達成率 = 目標 ÷ 実績 × 100.
	Downward
)

// RateDecimals is the precision at which the RS system stores 達成率: the
// CSV prints 95.2381 for 20 ÷ 21. The sheet prints the same value without
// trailing zeros (148.4, 130, 142).
const RateDecimals = 4

// RecomputeAchievementRate recomputes 達成率 in percent:
//
//	Upward:   達成率 = 実績 ÷ 目標 × 100
//	Downward: 達成率 = 目標 ÷ 実績 × 100
//
// at full float64 precision, with no rounding. ok is false when 目標 or 実績
// is absent or the divisor is zero (the RS system leaves the rate blank
// then). See AchievementRateAt for the printed precision.
func (v Value) RecomputeAchievementRate(d Direction) (rate float64, ok bool) {
	num, den, ok := v.ratio(d)
	if !ok {
		return 0, false
	}
	f, _ := new(big.Rat).Mul(new(big.Rat).Quo(num, den), big.NewRat(100, 1)).Float64()
	return f, true
}

// AchievementRateAt returns the recomputed 達成率 rounded half away from
// zero to decimals places. The arithmetic is exact: target and actual are
// read from their raw text as decimals (falling back to the float64 when
// the raw text is not a plain decimal), so 20 ÷ 21 gives 95.2381 at 4
// decimals and a tie such as 0.00005 rounds up whatever binary floating
// point would make of it.
func (v Value) AchievementRateAt(d Direction, decimals int) (rate float64, ok bool) {
	n, den, ok := v.ratio(d)
	if !ok {
		return 0, false
	}
	return num.RoundRat(new(big.Rat).Mul(new(big.Rat).Quo(n, den), big.NewRat(100, 1)), decimals), true
}

// CheckAchievementRate compares the printed 達成率 with the recomputed one.
// ok is false when nothing can be compared (no printed rate, or no
// recomputed one). match is true when the printed rate equals the
// recomputed rate rounded to RateDecimals, or to the number of decimals
// printed (a sheet that prints fewer digits than the system stores is
// not in error). want is the recomputed rate at RateDecimals.
func (v Value) CheckAchievementRate(d Direction) (want float64, match, ok bool) {
	if v.AchievementRate == nil {
		return 0, false, false
	}
	want, ok = v.AchievementRateAt(d, RateDecimals)
	if !ok {
		return 0, false, false
	}
	printed := *v.AchievementRate
	if printed == want {
		return want, true, true
	}
	if n := num.Decimals(v.AchievementRateRaw); n < RateDecimals {
		if r, _ := v.AchievementRateAt(d, n); r == printed {
			return want, true, true
		}
	}
	return want, false, true
}

// ratio returns numerator and denominator of 達成率 ÷ 100.
func (v Value) ratio(d Direction) (num, den *big.Rat, ok bool) {
	t, okT := exact(v.Target, v.TargetRaw)
	a, okA := exact(v.Actual, v.ActualRaw)
	if !okT || !okA {
		return nil, nil, false
	}
	num, den = a, t
	if d == Downward {
		num, den = t, a
	}
	if den.Sign() == 0 {
		return nil, nil, false
	}
	return num, den, true
}

// exact returns the value of a cell as a rational: from its raw decimal
// text when that reads, otherwise from the float.
func exact(f *float64, raw string) (*big.Rat, bool) {
	if f == nil {
		return nil, false
	}
	s := strings.ReplaceAll(strings.TrimSpace(raw), ",", "")
	if s != "" && strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != '-' }) < 0 {
		if r, ok := new(big.Rat).SetString(s); ok {
			return r, true
		}
	}
	r := new(big.Rat)
	if r.SetFloat64(*f) == nil {
		return nil, false
	}
	return r, true
}
