package num

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Absent is how a sheet prints a figure it does not have ("--"), and how
// a finding states it.
const Absent = "--"

// ErrNotNumber: a token that should be a number is not one. The parse
// functions wrap it with the token and the reason.
var ErrNotNumber = errors.New("not a number")

// ParseThousandYen reads an amount printed in 千円 ("684,784", "△1,234",
// "0", "1,234.5", "１，２３４") and returns yen. Absent ("--") gives nil.
// Fractions of 千円 down to one yen are read exactly; anything else
// (a misplaced separator, finer than one yen, beyond ±2^62 yen, not a
// number) is an error wrapping ErrNotNumber.
func ParseThousandYen(tok string) (*int64, error) {
	if tok == Absent {
		return nil, nil
	}
	v, err := ParseScaled(tok, 3)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// ParseScaled reads a decimal number with optional thousands separators
// and sign (FoldDigits spellings included) and returns it multiplied by
// 10^scale, exactly.
func ParseScaled(tok string, scale int) (int64, error) {
	v, bad := scaled(tok, scale)
	switch bad {
	case numOK:
		return v, nil
	case numSeparator:
		return 0, fmt.Errorf("%q: misplaced thousands separator: %w", tok, ErrNotNumber)
	case numRange:
		return 0, fmt.Errorf("%q: out of range: %w", tok, ErrNotNumber)
	}
	return 0, fmt.Errorf("%q: %w", tok, ErrNotNumber)
}

// IsAmount reports whether tok reads as an amount in 千円 (not Absent).
// Unlike ParseThousandYen it allocates nothing: row detection calls it on
// every token it tries.
func IsAmount(tok string) bool {
	_, bad := scaled(tok, 3)
	return bad == numOK
}

// numProblem is why scaled rejected a token.
type numProblem uint8

const (
	numOK numProblem = iota
	numSyntax
	numSeparator
	numRange
)

// maxNumberLen bounds the tokens scaled reads: no amount is longer.
const maxNumberLen = 40

// tooLong classifies a token longer than any amount: digits (and their
// separators) overflow, anything else is not a number.
func tooLong(tok string) numProblem {
	if strings.Trim(FoldDigits(tok), "-0123456789,.") == "" {
		return numRange
	}
	return numSyntax
}

// scaled is ParseScaled without the error value: it reads the token
// through a stack buffer (folded by FoldDigitRune) and allocates nothing.
//
// A token of ASCII bytes only (most amounts) needs no folding and is
// read where it stands (scaledASCII tells).
func scaled(tok string, scale int) (int64, numProblem) {
	if len(tok) <= maxNumberLen {
		if v, p, ascii := scaledASCII(tok, scale); ascii {
			return v, p
		}
	}
	return scaledFold(tok, scale)
}

// scaledFold is scaled through the stack buffer, every rune folded.
func scaledFold(tok string, scale int) (int64, numProblem) {
	var buf [maxNumberLen]byte
	s := buf[:0]
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if len(s) == maxNumberLen {
				return 0, tooLong(tok)
			}
			s = append(s, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		i += size
		a, ok := FoldDigitRune(r)
		if !ok || a == '%' {
			return 0, numSyntax
		}
		if len(s) == maxNumberLen {
			return 0, tooLong(tok)
		}
		s = append(s, a)
	}
	v, p, _ := scaledASCII(s, scale)
	return v, p
}

// maxScaled bounds the value before each step of ×10: the result stays
// within ±2^62.
const maxScaled = (1 << 62) / 10

// pow10 holds 10^0 … 10^18; maxBeforePow10[r] is maxScaled / 10^r (a
// table: a division is slow).
var pow10, maxBeforePow10 = func() (p, m [19]int64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	for i := range m {
		m[i] = maxScaled / p[i]
	}
	return p, m
}()

// scaledASCII is scaled on a token of at most maxNumberLen bytes; ascii
// is false (and nothing else is said) when a byte is not ASCII, for the
// caller to fold the token first.
//
// The checks, in the order the token is read: an empty integer part, an
// empty fraction or one longer than scale (numSyntax); then digit by
// digit, the integer part's separators (numSeparator: each followed by
// exactly three digits, the first preceded by one to three), other
// non-digits (numSyntax) and a value beyond maxScaled before a ×10
// (numRange). The zeros that pad the fraction to scale are one
// multiplication by 10^r, checked once: v·10^(r-1) ≤ maxScaled is the
// last of the r checks a digit at a time would make, the value growing.
func scaledASCII[S ~string | ~[]byte](s S, scale int) (v int64, p numProblem, ascii bool) {
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg, s = true, s[1:]
	}
	// the first '.', and a byte that is not ASCII (most tokens that are
	// not numbers are Japanese text: their first byte tells)
	dot := 0
	for ; dot < len(s); dot++ {
		if c := s[dot]; c >= utf8.RuneSelf {
			return 0, numOK, false
		} else if c == '.' {
			break
		}
	}
	intPart, frac := s, s[:0]
	if dot < len(s) {
		intPart, frac = s[:dot], s[dot+1:]
		for i := 0; i < len(frac); i++ {
			if frac[i] >= utf8.RuneSelf {
				return 0, numOK, false
			}
		}
		if len(frac) == 0 || len(frac) > scale {
			return 0, numSyntax, true
		}
	}
	if len(intPart) == 0 {
		return 0, numSyntax, true
	}
	sawComma := false
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		d := c - '0'
		if d > 9 {
			if c != ',' {
				return 0, numSyntax, true
			}
			// a separator must be followed by exactly three digits, and
			// the first one preceded by one to three
			if i == 0 || len(intPart)-i-1 < 3 || (len(intPart)-i-1)%4 != 3 || (!sawComma && i > 3) {
				return 0, numSeparator, true
			}
			sawComma = true
			continue
		}
		if v > maxScaled {
			return 0, numRange, true
		}
		v = v*10 + int64(d)
	}
	for i := 0; i < len(frac); i++ {
		d := frac[i] - '0'
		if d > 9 {
			return 0, numSyntax, true
		}
		if v > maxScaled {
			return 0, numRange, true
		}
		v = v*10 + int64(d)
	}
	if r := scale - len(frac); r > 0 {
		switch {
		case r-1 < len(pow10)-1:
			if v > maxBeforePow10[r-1] {
				return 0, numRange, true
			}
			v *= pow10[r]
		case v != 0: // 10^(r-1) alone is beyond maxScaled
			return 0, numRange, true
		}
	}
	if neg {
		v = -v
	}
	return v, numOK, true
}

// ParsePercent reads a rate printed as "17.3%" or "17.3" (FoldDigits
// spellings included) and returns the percentage as printed. Absent
// gives nil.
func ParsePercent(tok string) (*float64, error) {
	if tok == Absent {
		return nil, nil
	}
	f, err := ParseDecimal(strings.TrimSuffix(FoldDigits(tok), "%"))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", tok, ErrNotNumber)
	}
	return &f, nil
}

// IsPercent reports whether tok reads as a rate (not Absent), like
// ParsePercent, without allocating for the ASCII tokens of table rows.
func IsPercent(tok string) bool {
	if tok == Absent {
		return false
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			break
		}
		if (c < '0' || c > '9') && c != '.' && c != ',' && c != '-' && c != '%' {
			return false
		}
	}
	_, err := ParsePercent(tok)
	return err == nil
}

// ParseDecimal reads a plain decimal ("148.4", "-3", "1,234.5",
// FoldDigits spellings included); exponents, infinities, hex and
// underscores are refused.
func ParseDecimal(s string) (float64, error) {
	s = FoldDigits(s)
	if s == "" || strings.ContainsAny(s, "eEinfINFxX_+") {
		return 0, ErrNotNumber
	}
	return strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
}

// IsYearStart reports whether tok can begin a year: its first byte is an
// ASCII digit or starts a full-width one. It rules out most lines before
// ParseYear is asked.
func IsYearStart(tok string) bool {
	return tok != "" && (tok[0] >= '0' && tok[0] <= '9' || tok[0] == 0xEF) // ０-９ are EF BC 90-99
}

// ParseYear reads a year printed as "2024", "2024年度", "2024年" or in
// full-width digits; it must lie in 1900–2200.
func ParseYear(tok string) (int, error) {
	if y, ok := Year(tok); ok {
		return y, nil
	}
	return 0, fmt.Errorf("%q: not a year", tok)
}

// Year is ParseYear without the error value, for a caller that only
// asks whether tok is a year (the error of ParseYear allocates). Only a
// token whose digits are full-width is copied (by FoldDigits).
func Year(tok string) (int, bool) {
	s := strings.TrimSuffix(strings.TrimSuffix(tok, "年度"), "年")
	if len(s) != 4 {
		// a full-width digit takes 3 bytes: four digits, some full-width,
		// take 6 to 12 (a 4-byte token that folds to four digits is ASCII)
		if len(s) < 6 || len(s) > 12 {
			return 0, false
		}
		s = FoldDigits(s)
		if len(s) != 4 {
			return 0, false
		}
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		y = y*10 + int(s[i]-'0')
	}
	if y < 1900 || y > 2200 {
		return 0, false
	}
	return y, true
}

// Atoi is strconv.Atoi without the error value: a token that is no
// integer (most often "--") is told without calling strconv.Atoi, whose
// error allocates. It accepts exactly what strconv.Atoi accepts: an
// optional sign, then ASCII digits, within the range of int.
func Atoi(s string) (int, bool) {
	d := s
	if d != "" && (d[0] == '+' || d[0] == '-') {
		d = d[1:]
	}
	if d == "" {
		return 0, false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
