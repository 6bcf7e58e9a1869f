package audit

import (
	"strconv"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/rsheet/rsheet/spending"
)

// Check recomputes every derived figure of a sheet and returns the
// findings, sorted by line, then path, then code. The recomputation
// lives in the domain packages (budget, outcome, spending), whose methods
// document formula and rounding; Check only compares and says where the
// stated figure is printed. Every code is listed in docs/checks.md.
//
// A sheet with no error finding is internally consistent; warnings and
// infos are signals for a reader, never faults of the sheet.
func Check(s *reviewsheet.Sheet) []Finding {
	c := &checker{collector{s: s}}
	c.budget()
	c.outcome()
	c.outcomeNarratives()
	c.spending()
	c.signals()
	c.urls()
	c.parseWarnings()
	return c.done()
}

// HasErrors reports whether any finding has severity error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// checker collects the findings of Check for one sheet.
type checker struct{ collector }

func pct(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "%" }

// sumFinding compares a stated total with a recomputed sum of n printed
// amounts: exact → nothing; within rounding → info; beyond → sev.
func (c *checker) sumFinding(code Code, sev Severity, path string, stated, sum int64, n int, what string) {
	diff := num.AbsDiff(stated, sum)
	if diff == 0 {
		return
	}
	d := num.Group(strconv.FormatUint(diff, 10)) + "円"
	if diff <= uint64(num.SumTolerance(n)) {
		c.add(code, SeverityInfo, path, num.Yen(stated), num.Yen(sum), "%s: 差 %s, within the rounding of %d printed amounts", what, d, n)
		return
	}
	c.add(code, sev, path, num.Yen(stated), num.Yen(sum), "%s: stated %s, recomputed %s (差 %s)", what, num.Yen(stated), num.Yen(sum), d)
}

// spendingSum is sumFinding for a spending.Sum; a sum that overflows
// int64 is reported as spending.overflow (an error) instead.
func (c *checker) spendingSum(code Code, sev Severity, path string, stated int64, sum spending.Sum, what string) {
	if sum.Overflow {
		c.add(CodeSpendingOverflow, SeverityError, path, num.Yen(stated), "overflow",
			"%s: the %d amounts sum beyond int64 yen (about 922京円): the inputs cannot be real", what, sum.N)
		return
	}
	c.sumFinding(code, sev, path, stated, sum.Yen, sum.N, what)
}

// absent is how a finding states a figure the sheet prints as "--".
const absent = num.Absent

// samePtr reports whether two optional values are equal: both nil, or
// both set to the same value.
func samePtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
