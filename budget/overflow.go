package budget

import (
	"errors"
	"fmt"
)

// Overflow. Every sum and difference of amounts in this package is exact
// in int64 yen or refused: no real figure comes near the int64 limit
// (9,223,372,036,854,775,807 yen, about 922京円), but a corrupt or hostile
// input can carry such amounts, and a wrapped sum would read as a
// plausible figure (four amounts of 4,611,686,018,427,387 千円 wrap to
// −3,616 yen). The recompute methods return ok=false for a figure whose
// arithmetic does not fit, and Overflow says which one, so that a check
// reports it (budget.overflow) instead of comparing a wrong number.

// ErrOverflow is wrapped by the error of Overflow.
var ErrOverflow = errors.New("does not fit in int64 yen")

// addYen returns a + b, and false when the sum does not fit in int64.
func addYen(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// subYen returns a − b, and false when the difference does not fit.
func subYen(a, b int64) (int64, bool) {
	d := a - b
	if (b > 0 && d > a) || (b < 0 && d < a) {
		return 0, false
	}
	return d, true
}

// Overflow reports the first figure of year whose recomputation does not
// fit in int64 yen: the sum behind 計 (SumTotal), 不用相当額 (UnusedOf), or
// the sum of the 予算内訳表 items of a 予算種別 (SumItems). nil when every
// one fits (or cannot be computed for another reason).
func (b *Budget) Overflow(year int) error {
	if y := b.YearOf(year); y != nil {
		if _, _, over := y.sumTotal(); over {
			return fmt.Errorf("%d年度 当初予算 + 補正予算 + 前年度から繰越し + 予備費等 %w", year, ErrOverflow)
		}
		if y.Total != nil && y.Executed != nil {
			if _, ok := subYen(*y.Total, *y.Executed); !ok {
				return fmt.Errorf("%d年度 計 − 執行額 %w", year, ErrOverflow)
			}
		}
		if _, _, over := b.unused(year); over {
			return fmt.Errorf("%d年度 計 − 執行額 − 翌年度への繰越し %w", year, ErrOverflow)
		}
	}
	seen := map[string]bool{}
	for _, it := range b.Items {
		if it.Year != year || seen[it.BudgetType] {
			continue
		}
		seen[it.BudgetType] = true
		if _, _, over := b.sumItems(year, it.BudgetType); over {
			return fmt.Errorf("%d年度 Σ 予算内訳 (%s) %w", year, it.BudgetType, ErrOverflow)
		}
	}
	return nil
}
