package num

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// FoldDigits maps full-width digits and number signs to ASCII so that a
// figure printed as "１，２３４．５％" reads like "1,234.5%": ０–９ → 0–9,
// ， → ',', ． → '.', ％ → '%', and the minus signs of Japanese sheets
// (△ ▲ − － ‐) → '-'. Everything else is kept. ASCII input is returned
// as is, without allocating.
func FoldDigits(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if a, ok := FoldDigitRune(r); ok {
			b.WriteByte(a)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FoldDigitRune is FoldDigits for one rune: the ASCII byte it reads as,
// and whether it is one of the folded (or ASCII number) characters.
func FoldDigitRune(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9', r == ',', r == '.', r == '%', r == '-':
		return byte(r), true
	case r >= '０' && r <= '９':
		return byte('0' + r - '０'), true
	case r == '，':
		return ',', true
	case r == '．':
		return '.', true
	case r == '％':
		return '%', true
	case r == '△' || r == '▲' || r == '−' || r == '－' || r == '‐':
		return '-', true
	}
	return 0, false
}

// IsDigit reports whether r is an ASCII or a full-width digit.
func IsDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// Decimals is the number of digits after the decimal point of a figure
// as printed, after FoldDigits and white space and a final % are removed:
// "17.0%" → 1, "１７．３％" → 1, "130" → 0, "148.40" → 2. A printed
// trailing zero counts: the printer chose that precision.
func Decimals(raw string) int {
	s := trimRate(raw)
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// FloatDecimals is the number of decimals of v's shortest decimal form
// ("17.3" → 1, "130" → 0). For a value parsed from text whose trailing
// zero was lost ("17.0" → 0) it is fewer than Decimals of the text, which
// only makes a comparison at that precision more lenient.
func FloatDecimals(v float64) int {
	return Decimals(strconv.FormatFloat(v, 'f', -1, 64))
}

// ParseRate reads a printed rate ("17.3%", "１７．３％", "130") as a
// float; ok is false for anything else (including "--").
func ParseRate(raw string) (v float64, ok bool) {
	s := trimRate(raw)
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// trimRate folds raw's digits and removes white space and a final %.
func trimRate(raw string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(FoldDigits(raw)), "%"))
}
