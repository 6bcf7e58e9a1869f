package num

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

var scaledCases = []string{
	"", "-", "0", "1,234", "-1,234", "1,234.5", "1,234.567", "1,234.5678", "12,34", "1234", ",123", "1.", ".5", "--",
	"１,２３４", "1,２34", "４５.６", "12%", "１２％", "abc", "事業", "9223372036854775807", "461168601842738790",
	strings.Repeat("9", 40), strings.Repeat("9", 41), strings.Repeat("９", 14), "1,234,567,890", "1,2345", "-0.001", "1,2a", "1,2a.", "0.000", "46116860184273879.0", "46116860184273879", "4611686018427387", "461168601842738.79", "-", "-.5", "1.2.3", "1,234,5678", "１.５", "-１", "1,23a",
}

// refScaled is scaled as it was: ASCII tokens (checked first) read by
// refScaledASCII, others folded through a buffer.
func refScaled(tok string, scale int) (int64, numProblem) {
	if len(tok) <= maxNumberLen {
		i := 0
		for i < len(tok) && tok[i] < utf8.RuneSelf {
			i++
		}
		if i == len(tok) {
			return refScaledASCII(tok, scale)
		}
	}
	var buf [maxNumberLen]byte
	s := buf[:0]
	for _, r := range tok {
		a, ok := FoldDigitRune(r)
		if r < utf8.RuneSelf {
			a, ok = byte(r), true
		}
		if !ok || a == '%' && r >= utf8.RuneSelf {
			return 0, numSyntax
		}
		if len(s) == maxNumberLen {
			return 0, tooLong(tok)
		}
		s = append(s, a)
	}
	return refScaledASCII(s, scale)
}

// refScaledASCII is scaledASCII as it was before it checked the bytes
// itself and padded the fraction with one multiplication: the reference
// of TestScaledRef and FuzzScaled.
func refScaledASCII[S ~string | ~[]byte](s S, scale int) (int64, numProblem) {
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg, s = true, s[1:]
	}
	intPart, frac := s, s[:0]
	hasFrac := false
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
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

// TestScaledRef: scaled answers as refScaled at each scale.
func TestScaledRef(t *testing.T) {
	for _, tok := range scaledCases {
		for _, scale := range []int{0, 1, 3, 6, 17, 18, 19, 20, 25} {
			v, p := scaled(tok, scale)
			wv, wp := refScaled(tok, scale)
			require.Equal(t, wp, p, "%q %d", tok, scale)
			require.Equal(t, wv, v, "%q %d", tok, scale)
		}
	}
}

// TestScaledASCII: scaled (ASCII tokens read where they stand) answers
// as scaledFold (every token folded through the buffer) at each scale.
func TestScaledASCII(t *testing.T) {
	for _, tok := range scaledCases {
		for _, scale := range []int{0, 1, 3} {
			v, p := scaled(tok, scale)
			wv, wp := scaledFold(tok, scale)
			require.Equal(t, wp, p, "%q %d", tok, scale)
			require.Equal(t, wv, v, "%q %d", tok, scale)
		}
	}
}

func FuzzScaled(f *testing.F) {
	for _, tok := range scaledCases {
		f.Add(tok, 3)
	}
	f.Fuzz(func(t *testing.T, tok string, scale int) {
		scale = min(max(scale, 0), 6)
		v, p := scaled(tok, scale)
		wv, wp := scaledFold(tok, scale)
		if p != wp || v != wv {
			t.Fatalf("%q %d: %d %d, want %d %d", tok, scale, v, p, wv, wp)
		}
		if rv, rp := refScaled(tok, scale); p != rp || v != rv {
			t.Fatalf("%q %d: %d %d, reference %d %d", tok, scale, v, p, rv, rp)
		}
	})
}
