package budget

import (
	"math/big"

	"github.com/rsheet/rsheet/internal/num"
)

// SumTotal recomputes 計 for the year:
//
//	計 = 当初予算 + 補正予算 + 前年度から繰越し + 予備費等
//
// Absent components count as zero. ok is false when all four are absent
// (the sheet then prints 計 as "--") and when the sum does not fit in
// int64 (see Overflow). Exact integer arithmetic in yen: no rounding.
func (y *Year) SumTotal() (total int64, ok bool) {
	total, ok, over := y.sumTotal()
	return total, ok && !over
}

func (y *Year) sumTotal() (total int64, ok, over bool) {
	for _, p := range []*int64{y.Initial, y.Supplementary, y.CarriedOver, y.Reserve} {
		if p != nil {
			if total, ok = addYen(total, *p); !ok {
				return 0, false, true
			}
		}
	}
	return total, ok, false
}

// RecomputeExecutionRate recomputes 執行率 in percent at full precision:
//
//	執行率 = 執行額 ÷ 計 × 100
//
// ok is false when 執行額 or 計 is absent or 計 is zero (the sheet and the
// RS CSV leave the rate blank then). Compare with the printed value with
// RoundHalfEven-free formatting: see RoundTo.
func (y *Year) RecomputeExecutionRate() (rate float64, ok bool) {
	if y.Executed == nil || y.Total == nil || *y.Total == 0 {
		return 0, false
	}
	return float64(*y.Executed) / float64(*y.Total) * 100, true
}

// ExecutionRateAt returns 執行額 ÷ 計 × 100 rounded half away from zero to
// the given number of decimals, computed exactly with rational
// arithmetic so that 17.25 rounds to 17.3 however the float would fall
// (and 執行額 × 100 cannot overflow). This is how a printed rate such as
// "17.3%" (1 decimal) is compared.
func (y *Year) ExecutionRateAt(decimals int) (rate float64, ok bool) {
	if y.Executed == nil || y.Total == nil || *y.Total == 0 {
		return 0, false
	}
	return roundPercent(big.NewInt(*y.Executed), big.NewInt(*y.Total), decimals), true
}

// roundPercent returns num ÷ den × 100 rounded half away from zero to
// decimals places, computed exactly.
func roundPercent(n, den *big.Int, decimals int) float64 {
	return num.RoundFrac(new(big.Int).Mul(n, big.NewInt(100)), den, decimals)
}

// RoundRatio returns num ÷ den rounded half away from zero to decimals
// places, computed exactly. den must not be zero.
func RoundRatio(n, den int64, decimals int) float64 {
	return num.RoundFrac(big.NewInt(n), big.NewInt(den), decimals)
}

// SumItems adds the 予算額 of the 予算内訳表 items of one 予算年度 and
// 予算種別 (over all accounts):
//
//	Σ Item.Amount for Item.Year == year and Item.BudgetType == budgetType
//
// n is the number of items with an amount; ok is false when no such item
// has one, or when the sum does not fit in int64 (see Overflow). Exact
// integer arithmetic in yen; each printed item is rounded to 千円, so a sum
// of n items may differ from the printed figure by up to (n + 1) × 500
// yen.
func (b *Budget) SumItems(year int, budgetType string) (sum int64, n int, ok bool) {
	sum, n, over := b.sumItems(year, budgetType)
	return sum, n, n > 0 && !over
}

func (b *Budget) sumItems(year int, budgetType string) (sum int64, n int, over bool) {
	for _, it := range b.Items {
		if it.Year == year && it.BudgetType == budgetType && it.Amount != nil {
			var ok bool
			if sum, ok = addYen(sum, *it.Amount); !ok {
				return 0, n, true
			}
			n++
		}
	}
	return sum, n, false
}

// ItemYears returns the distinct 予算年度 of the items, in order of first
// appearance.
func (b *Budget) ItemYears() []int {
	var out []int
	seen := map[int]bool{}
	for _, it := range b.Items {
		if !seen[it.Year] {
			seen[it.Year] = true
			out = append(out, it.Year)
		}
	}
	return out
}

// CarriedForwardOf returns 翌年度への繰越し of year: the year's own
// CarriedForward (RS CSV), else the 前年度から繰越し printed in the next
// year's column (the two are equal in all 12,859 rows of the 2024 CSVs,
// and the sheet prints only the latter). ok is false when neither is
// known.
func (b *Budget) CarriedForwardOf(year int) (yen int64, ok bool) {
	if y := b.YearOf(year); y != nil && y.CarriedForward != nil {
		return *y.CarriedForward, true
	}
	if next := b.YearOf(year + 1); next != nil && next.CarriedOver != nil {
		return *next.CarriedOver, true
	}
	return 0, false
}

// CarryAdjustedRateAt returns the execution rate of year without the
// money carried into the next year, in percent rounded half away from
// zero to decimals places:
//
//	執行額 ÷ (計 − 翌年度への繰越し) × 100
//
// The sheets' narratives quote it ("当該分を除いた…予算執行率は約74％": on
// the sample 684,784 ÷ (3,953,908 − 3,026,150) = 73.8%). ok is false
// when 執行額, 計 or the carry-forward is unknown, or nothing remains.
func (b *Budget) CarryAdjustedRateAt(year, decimals int) (rate float64, ok bool) {
	y := b.YearOf(year)
	cf, okCF := b.CarriedForwardOf(year)
	if y == nil || y.Executed == nil || y.Total == nil || !okCF {
		return 0, false
	}
	rest := new(big.Int).Sub(big.NewInt(*y.Total), big.NewInt(cf))
	if rest.Sign() <= 0 {
		return 0, false
	}
	return roundPercent(big.NewInt(*y.Executed), rest, decimals), true
}

// UnusedOf returns 不用相当額 of year, the money neither spent nor carried
// into the next year:
//
//	不用相当額 = 計 − 執行額 − 翌年度への繰越し
//
// with 翌年度への繰越し from CarriedForwardOf. Exact, in yen; it can be
// negative in real data (money spent or carried beyond 計). ok is false
// when 計, 執行額 or the carry-forward is unknown, or the difference does
// not fit in int64 (see Overflow).
func (b *Budget) UnusedOf(year int) (yen int64, ok bool) {
	yen, ok, over := b.unused(year)
	return yen, ok && !over
}

func (b *Budget) unused(year int) (yen int64, ok, over bool) {
	y := b.YearOf(year)
	cf, okCF := b.CarriedForwardOf(year)
	if y == nil || y.Total == nil || y.Executed == nil || !okCF {
		return 0, false, false
	}
	d, ok1 := subYen(*y.Total, *y.Executed)
	d, ok2 := subYen(d, cf)
	if !ok1 || !ok2 {
		return 0, false, true
	}
	return d, true, false
}

// EntryUnit is the unit an amount was evidently entered in: 1,000,000
// yen (百万円) when it is a whole number of 百万円, else 1,000 (千円) when a
// whole number of 千円, else 1 yen; 0 for 0, which says nothing. The RS
// system stores yen, but 2021–22 figures were often entered in 百万円 and
// are then exact only to half that unit. A zero-remainder by chance (one
// amount in a thousand) reads as a coarser unit: the rules that use it
// only soften a finding to info.
func EntryUnit(v int64) int64 {
	switch {
	case v == 0:
		return 0
	case v%1_000_000 == 0:
		return 1_000_000
	case v%1_000 == 0:
		return 1_000
	}
	return 1
}

// WithinEntryUnit reports whether a gap between two amounts is within
// half the coarser entry unit of the amounts given: the gap could be the
// rounding of how they were entered, with no excess in the yen.
func WithinEntryUnit(gap int64, amounts ...int64) bool {
	var unit int64
	for _, a := range amounts {
		unit = max(unit, EntryUnit(a))
	}
	if gap < 0 {
		gap = -gap
	}
	return unit > 1 && 2*gap <= unit
}
