package num

import (
	"math/big"
	"strconv"
	"strings"
)

// Group puts thousands separators into a decimal integer written in
// ASCII, with an optional leading '-': "-1234567" → "-1,234,567".
func Group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	if len(s) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(sign) + len(s) + len(s)/3)
	b.WriteString(sign)
	pre := len(s) % 3
	if pre == 0 {
		pre = 3
	}
	b.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		b.WriteByte(',')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// GroupInt is Group of v's decimal digits.
func GroupInt(v int64) string { return Group(strconv.FormatInt(v, 10)) }

// Yen formats an amount of yen with separators and the unit:
// 684784000 → "684,784,000円". Every amount in a finding reads this way.
func Yen(v int64) string { return GroupInt(v) + "円" }

// YenSum formats a + b like Yen, exactly, also when the sum does not fit
// in int64.
func YenSum(a, b int64) string {
	return Group(new(big.Int).Add(big.NewInt(a), big.NewInt(b)).String()) + "円"
}

// Thousand formats yen in 千円 as a sheet prints it: separators, the
// given minus sign (the sheet's "△", or "-") before a negative amount,
// and the yen below 1,000 as a decimal fraction with trailing zeros
// removed, so that the exact yen read back: 684784000 → "684,784",
// 1234500 → "1,234.5", -1500 → "△1.5" with minus "△".
func Thousand(v int64, minus string) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	k, frac := u/1000, u%1000
	s := Group(strconv.FormatUint(k, 10))
	if frac != 0 {
		f := strconv.FormatUint(frac+1000, 10)[1:]
		s += "." + strings.TrimRight(f, "0")
	}
	if neg {
		s = minus + s
	}
	return s
}
