package report

import (
	"github.com/rsheet/rsheet/internal/num"
	"html"
	"strconv"
	"unicode/utf8"
)

// dash is shown for an absent value (a nil pointer, "--" on the sheet).
const dash = "—"

// Sen formats yen as 千円 with thousands separators ("684,784千円"); an
// amount that is not a whole number of 千円 is shown in 円.
func Sen(v int64) string {
	if v%1000 == 0 {
		return num.GroupInt(v/1000) + "千円"
	}
	return num.GroupInt(v) + "円"
}

// senNumber is the amount in 千円 without the unit, for table cells
// under a "(千円)" heading; amounts below 1千円 keep their decimals.
func senNumber(p *int64) string {
	if p == nil {
		return dash
	}
	return num.Thousand(*p, "-")
}

// optPct formats a percentage as printed ("17.3%"); nil gives dash.
func optPct(p *float64) string {
	if p == nil {
		return dash
	}
	return strconv.FormatFloat(*p, 'f', -1, 64) + "%"
}

// optInt formats an optional count; nil gives dash.
func optInt(p *int) string {
	if p == nil {
		return dash
	}
	return strconv.Itoa(*p)
}

// optStr dereferences an optional text; nil gives dash.
func optStr(p *string) string {
	if p == nil {
		return dash
	}
	return *p
}

// truncate cuts s to n characters, ending in "…" when it was cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return s[:i] + "…"
		}
		k++
	}
	return s
}

// wrap splits s into lines of at most n characters, at most max lines;
// the last line ends in "…" when text was left over.
func wrap(s string, n, max int) []string {
	var lines []string
	r := []rune(s)
	for len(r) > 0 && len(lines) < max {
		if len(r) <= n {
			lines = append(lines, string(r))
			return lines
		}
		lines = append(lines, string(r[:n]))
		r = r[n:]
	}
	if len(r) > 0 && len(lines) > 0 {
		last := []rune(lines[len(lines)-1])
		lines[len(lines)-1] = string(last[:len(last)-1]) + "…"
	}
	return lines
}

// esc escapes text for SVG content and attribute values.
func esc(s string) string { return html.EscapeString(s) }
