package rsmap

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Value readers for RS CSV cells. Every reader treats an empty cell as
// absent (nil) and returns an error wrapping reviewsheet.ErrSyntax for a
// cell it cannot read; none panics.

var errNotInteger = errors.New("not an integer")

// NormalizeID pads a 予算事業ID to the six digits the sheet prints
// ("6423" → "006423"). IDs longer than six digits are kept as written.
func NormalizeID(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty 予算事業ID")
	}
	s = strings.TrimSuffix(s, ".0") // a spreadsheet round trip
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", fmt.Errorf("予算事業ID %q is not a number", s)
		}
	}
	if len(s) >= 6 {
		return s, nil
	}
	return strings.Repeat("0", 6-len(s)) + s, nil
}

// parseYen reads an amount in yen: "3953908000", "-1200", "34482000.0",
// "10715267000 " (trailing space). A fractional part must be zero: the
// CSV is in yen and nothing is converted.
func parseYen(s string) (*int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if strings.Trim(s[i+1:], "0") != "" {
			return nil, fmt.Errorf("amount %q has a fractional part", s)
		}
		s = s[:i]
	}
	if strings.IndexByte(s, ',') >= 0 {
		s = strings.ReplaceAll(s, ",", "")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("amount %q: %w", s, errNotInteger)
	}
	return &n, nil
}

// ParseInt reads a small integer (a year, a count); nil when empty.
func ParseInt(s string) (*int, error) {
	v, err := parseYen(s)
	if err != nil || v == nil {
		return nil, err
	}
	n := int(*v)
	if int64(n) != *v {
		return nil, fmt.Errorf("%q out of range", s)
	}
	return &n, nil
}

// parseFractionPercent reads a rate written as a fraction ("0.17319") and
// returns it in percent (17.319). The decimal point is moved in the text,
// so the result is the float nearest to the decimal the CSV states: no
// binary multiplication error is introduced.
func parseFractionPercent(s string) (*float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	neg := false
	t := s
	if t[0] == '-' || t[0] == '+' {
		neg = t[0] == '-'
		t = t[1:]
	}
	intPart, frac, _ := strings.Cut(t, ".")
	for _, part := range []string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return nil, fmt.Errorf("rate %q is not a decimal fraction", s)
			}
		}
	}
	for len(frac) < 2 {
		frac += "0"
	}
	txt := intPart + frac[:2] + "." + frac[2:]
	if neg {
		txt = "-" + txt
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(txt, "."), 64)
	if err != nil {
		return nil, fmt.Errorf("rate %q: %w", s, err)
	}
	return &f, nil
}

// parsePercent reads a value already in percent ("95.2381", "100").
func parsePercent(s string) (*float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, fmt.Errorf("percentage %q is not a number", s)
	}
	return &f, nil
}

// parseBool reads TRUE/FALSE (most tables) and t/f (5-4); nil when empty.
func parseBool(s string) (*bool, error) {
	var b bool
	switch strings.TrimSpace(s) {
	case "":
		return nil, nil
	case "TRUE", "true", "True", "t", "T", "1":
		b = true
	case "FALSE", "false", "False", "f", "F", "0":
		b = false
	default:
		return nil, fmt.Errorf("%q is not a boolean", s)
	}
	return &b, nil
}

// text returns nil for an empty cell and the cell as written otherwise.
// Placeholders such as "-", "ー" or "--" are content and kept: whether
// they mean "none" is decided per column by the caller.
func text(s string) *string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return &s
}

// unquote strips the leading apostrophe a spreadsheet export puts before
// values it must not read as dates or numbers ("'2/3" → "2/3").
func unquote(s string) string { return strings.TrimPrefix(s, "'") }

// lines splits a cell on the real line breaks of 2025 files. The 2024
// files write in-cell breaks as "／", which also occurs in names, so
// nothing is split on it.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
