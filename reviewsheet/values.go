package reviewsheet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
)

// absent is how the sheet prints a cell with no value.
const absent = "--"

// samePtr reports whether two optional values are equal: both nil, or
// both set to the same value ("--" equals only "--").
func samePtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// optText returns nil for "--" and a pointer to s otherwise.
func optText(s string) *string {
	s = trimSpace(s)
	if s == absent || s == "" {
		return nil
	}
	return &s
}

var errNotNumber = errors.New("not a number")

// normalizeNumber folds full-width digits and signs so that a figure
// printed as "１，２３４" reads like "1,234" (num.FoldDigits, the one home
// of that mapping).
func normalizeNumber(s string) string { return num.FoldDigits(s) }

// parseThousandYen reads an amount printed in 千円 ("684,784", "△1,234",
// "0", "1,234.5") and returns yen. "--" gives nil. Fractions of 千円 down to
// one yen are read exactly; anything else is an error.
func parseThousandYen(tok string) (*int64, error) {
	if tok == absent {
		return nil, nil
	}
	v, err := parseScaled(tok, 3)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// parseScaled reads a decimal number with optional thousands separators
// and sign and returns it multiplied by 10^scale, exactly.
func parseScaled(tok string, scale int) (int64, error) {
	v, bad := scaled(tok, scale)
	switch bad {
	case numOK:
		return v, nil
	case numSeparator:
		return 0, fmt.Errorf("%q: misplaced thousands separator: %w", tok, errNotNumber)
	case numRange:
		return 0, fmt.Errorf("%q: out of range: %w", tok, errNotNumber)
	}
	return 0, fmt.Errorf("%q: %w", tok, errNotNumber)
}

// isAmount reports whether tok reads as an amount in 千円 (not "--").
// Unlike parseThousandYen it allocates nothing: row detection calls it
// on every token it tries.
func isAmount(tok string) bool {
	_, bad := scaled(tok, 3)
	return bad == numOK
}

// tooLong classifies a token longer than any amount: digits (and their
// separators) overflow, anything else is not a number.
func tooLong(tok string) numProblem {
	if strings.Trim(normalizeNumber(tok), "-0123456789,.") == "" {
		return numRange
	}
	return numSyntax
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

// scaled is parseScaled without the error value: it reads the token
// through a stack buffer (full-width digits and signs mapped as
// normalizeNumber maps them) and allocates nothing.
func scaled(tok string, scale int) (int64, numProblem) {
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
		a, ok := num.FoldDigitRune(r)
		if !ok || a == '%' {
			return 0, numSyntax
		}
		if len(s) == maxNumberLen {
			return 0, tooLong(tok)
		}
		s = append(s, a)
	}
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg, s = true, s[1:]
	}
	intPart, frac := s, s[:0]
	hasFrac := false
	for i, c := range s {
		if c == '.' {
			intPart, frac, hasFrac = s[:i], s[i+1:], true
			break
		}
	}
	if len(intPart) == 0 || (hasFrac && (len(frac) == 0 || len(frac) > scale)) {
		return 0, numSyntax
	}
	var v int64
	sawComma := false
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c == ',' {
			// a separator must be followed by exactly three digits, and
			// the first one preceded by one to three
			if i == 0 || len(intPart)-i-1 < 3 || (len(intPart)-i-1)%4 != 3 || (!sawComma && i > 3) {
				return 0, numSeparator
			}
			sawComma = true
			continue
		}
		if c < '0' || c > '9' {
			return 0, numSyntax
		}
		if v > (1<<62)/10 {
			return 0, numRange
		}
		v = v*10 + int64(c-'0')
	}
	for i := 0; i < scale; i++ {
		d := int64(0)
		if i < len(frac) {
			c := frac[i]
			if c < '0' || c > '9' {
				return 0, numSyntax
			}
			d = int64(c - '0')
		}
		if v > (1<<62)/10 {
			return 0, numRange
		}
		v = v*10 + d
	}
	if neg {
		v = -v
	}
	return v, numOK
}

// parsePercent reads a rate printed as "17.3%" or "17.3" and returns the
// percentage as printed. "--" gives nil.
func parsePercent(tok string) (*float64, error) {
	if tok == absent {
		return nil, nil
	}
	s := strings.TrimSuffix(normalizeNumber(tok), "%")
	f, err := parseDecimal(s)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", tok, errNotNumber)
	}
	return &f, nil
}

// isPercent reports whether tok reads as a rate (not "--"), like
// parsePercent, without allocating for the ASCII tokens of table rows.
func isPercent(tok string) bool {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			_, err := parsePercent(tok)
			return err == nil && tok != absent
		}
		if (c < '0' || c > '9') && c != '.' && c != ',' && c != '-' && c != '%' {
			return false
		}
	}
	_, err := parsePercent(tok)
	return err == nil && tok != absent
}

// parseDecimal reads a plain decimal ("148.4", "-3", "1,234.5").
func parseDecimal(s string) (float64, error) {
	s = normalizeNumber(s)
	if s == "" || strings.ContainsAny(s, "eEinfINFxX_+") {
		return 0, errNotNumber
	}
	return strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
}

// isYearStart reports whether tok can begin a year: its first byte is
// an ASCII digit or starts a full-width one. It rules out most lines
// before parseYear is asked.
func isYearStart(tok string) bool {
	return tok != "" && (tok[0] >= '0' && tok[0] <= '9' || tok[0] == 0xEF) // ０-９ are EF BC 90-99
}

// parseYear reads a year printed as "2024", "2024年度" or "2024年".
func parseYear(tok string) (int, error) {
	s := strings.TrimSuffix(strings.TrimSuffix(normalizeNumber(tok), "年度"), "年")
	if len(s) != 4 {
		return 0, fmt.Errorf("%q: not a year", tok)
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2200 {
		return 0, fmt.Errorf("%q: not a year", tok)
	}
	return y, nil
}

// joinWrapped joins the lines of one wrapped cell. The RS sheet wraps
// cells by width, in the middle of words and URLs alike, so the lines
// are concatenated without inserting anything.
func joinWrapped(lines []sheettext.Line) string {
	switch len(lines) {
	case 0:
		return ""
	case 1:
		return lines[0].Text
	}
	n := 0
	for _, l := range lines {
		n += len(l.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, l := range lines {
		b.WriteString(l.Text)
	}
	return b.String()
}

// isBullet reports whether a line starts a new item of a bulleted text.
func isBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '・', '○', '◯', '●', '■', '□', '◆', '◇', '※', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩':
		return true
	}
	return false
}

// paragraphs joins wrapped lines into paragraphs; a line that starts
// with a bullet starts a new paragraph.
func paragraphs(lines []sheettext.Line) []string {
	var out []string
	start := 0
	for i := 1; i <= len(lines); i++ {
		if i == len(lines) || isBullet(lines[i].Text) {
			out = append(out, joinWrapped(lines[start:i]))
			start = i
		}
	}
	return out
}

// textValue is the text of a free-text field: paragraphs joined by "\n";
// nil when the field is empty or "--". It is built in one string: a
// bullet (isBullet) after the first line starts a paragraph, the
// wrapped lines of one paragraph join without separator (as paragraphs
// and joinWrapped split and join them).
func textValue(lines []sheettext.Line) *string {
	if v, ok := textString(lines); ok {
		return &v
	}
	return nil
}

// textString is textValue's text, and false where textValue is nil.
func textString(lines []sheettext.Line) (string, bool) {
	switch len(lines) {
	case 0:
		return "", false
	case 1:
		return optString(lines[0].Text)
	}
	n := 0
	for i, l := range lines {
		n += len(l.Text)
		if i > 0 && isBullet(l.Text) {
			n++
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range lines {
		if i > 0 && isBullet(l.Text) {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return optString(b.String())
}

// optString is optText's text, and false where optText is nil.
func optString(s string) (string, bool) {
	s = trimSpace(s)
	return s, s != absent && s != ""
}

// atoi is strconv.Atoi without the error value: a token that is no
// integer (most often "--") is told without calling strconv.Atoi, whose
// error allocates. It accepts exactly what strconv.Atoi accepts: an
// optional sign, then ASCII digits, within the range of int.
func atoi(s string) (int, bool) {
	d := s
	if d != "" && (d[0] == '+' || d[0] == '-') {
		d = d[1:]
	}
	if d == "" || !isDigits(d) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// isURLStart reports whether s begins a URL (http, https, or file: the
// RS data holds links to local files, "file:///E:/…").
func isURLStart(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "file://")
}

// isURLPiece reports whether s could be the continuation of a URL that
// was wrapped: printable ASCII with no spaces.
func isURLPiece(s string) bool {
	if s == "" || s == absent {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// minWrappedURL is the shortest URL line that can have been wrapped:
// sheet cells are wider than this, so a shorter line ends its URL.
const minWrappedURL = 20

// takeURL reads a URL that starts at lines[0] and may continue on the
// following lines; it returns the URL and how many lines it used.
func takeURL(lines []sheettext.Line) (string, int) {
	n := 1
	for n < len(lines) && !lines[n].Break && isURLPiece(lines[n].Text) && len(lines[n-1].Text) >= minWrappedURL && !isURLStart(lines[n].Text) {
		n++
	}
	return joinWrapped(lines[:n]), n
}

// trimSpace is strings.TrimSpace (Unicode spaces, U+3000 included) with
// a fast path for the usual cell that neither starts nor ends with one:
// TrimSpace itself walks Japanese text rune by rune through TrimFunc.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsSpace(first) && !unicode.IsSpace(last) {
		return s
	}
	return strings.TrimSpace(s)
}
