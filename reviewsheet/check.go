package reviewsheet

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

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
func Check(s *Sheet) []Finding {
	c := &checker{s: s}
	c.budget()
	c.outcome()
	c.outcomeNarratives()
	c.spending()
	c.signals()
	c.urls()
	c.parseWarnings()
	SortFindings(c.out)
	setPages(s, c.out)
	return c.out
}

// setPages gives the findings of a sheet read from a PDF their pages.
func setPages(s *Sheet, fs []Finding) {
	if s == nil || s.Source == nil || s.Source.pages == nil {
		return
	}
	for i := range fs {
		fs[i].Page = s.Source.Page(fs[i].Line)
	}
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

// checker collects findings for one sheet.
type checker struct {
	s   *Sheet
	out []Finding
}

// add records a finding; the line is looked up from the path.
func (c *checker) add(code string, sev Severity, path, stated, recomputed, format string, args ...any) {
	c.out = append(c.out, Finding{
		File:       c.sourceName(),
		Code:       code,
		Severity:   sev,
		Path:       path,
		Line:       c.s.Source.Line(path),
		Stated:     stated,
		Recomputed: recomputed,
		Message:    fmt.Sprintf(format, args...),
	})
}

func (c *checker) sourceName() string {
	if c.s.Source == nil {
		return ""
	}
	return c.s.Source.Name
}

// yen formats an amount for a finding: in yen, with thousands
// separators and the unit ("684,784,000円"). Every amount of every finding
// (Check and Compare) is in this one unit, so a stated and a recomputed
// figure always read side by side; the RS CSV is exact in yen, the sheet's
// 千円 are × 1000.
func yen(v int64) string { return groupDigits(strconv.FormatInt(v, 10)) + "円" }

// yenSum formats a + b exactly, also when the sum does not fit in int64.
func yenSum(a, b int64) string {
	return groupDigits(new(big.Int).Add(big.NewInt(a), big.NewInt(b)).String()) + "円"
}

// absDiff returns |a − b|, which always fits in uint64.
func absDiff(a, b int64) uint64 {
	if a >= b {
		return uint64(a) - uint64(b)
	}
	return uint64(b) - uint64(a)
}

// groupDigits puts thousands separators into a decimal integer.
func groupDigits(s string) string {
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// printedDecimals is the number of decimals of a rate as printed: the
// shortest decimal form of the parsed value ("17.3" → 1, "130" → 0). A
// printed trailing zero ("17.0") reads as fewer decimals, which only
// makes the comparison more lenient.
func printedDecimals(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return len(s) - i - 1
		}
	}
	return 0
}

// rawDecimals is the number of decimals of a rate as printed ("17.0%" →
// 1, "１７．３％" → 1, "130%" → 0).
func rawDecimals(raw string) int {
	s := strings.TrimSuffix(normalizeNumber(raw), "%")
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

func pct(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "%" }

// roundingTolerance is how far a sum of n printed 千円 amounts may stray
// from a printed total without any error in the underlying yen: the sheet
// rounds each amount at the 百円 digit, so each of the n summands and the
// total can be up to 500 yen off (docs/checks.md). It is the same rule as
// spending.Sum.Tolerance.
func roundingTolerance(n int) int64 { return int64(n+1) * 500 }

// sumFinding compares a stated total with a recomputed sum of n printed
// amounts: exact → nothing; within rounding → info; beyond → sev.
func (c *checker) sumFinding(code string, sev Severity, path string, stated, sum int64, n int, what string) {
	diff := absDiff(stated, sum)
	if diff == 0 {
		return
	}
	d := groupDigits(strconv.FormatUint(diff, 10)) + "円"
	if diff <= uint64(roundingTolerance(n)) {
		c.add(code, SeverityInfo, path, yen(stated), yen(sum), "%s: 差 %s, within the rounding of %d printed amounts", what, d, n)
		return
	}
	c.add(code, sev, path, yen(stated), yen(sum), "%s: stated %s, recomputed %s (差 %s)", what, yen(stated), yen(sum), d)
}

// spendingSum is sumFinding for a spending.Sum; a sum that overflows
// int64 is reported as spending.overflow (an error) instead.
func (c *checker) spendingSum(code string, sev Severity, path string, stated int64, sum spending.Sum, what string) {
	if sum.Overflow {
		c.add(CodeSpendingOverflow, SeverityError, path, yen(stated), "overflow",
			"%s: the %d amounts sum beyond int64 yen (about 922京円): the inputs cannot be real", what, sum.N)
		return
	}
	c.sumFinding(code, sev, path, stated, sum.Yen, sum.N, what)
}
