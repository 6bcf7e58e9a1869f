package num

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var scaledCases = []string{
	"", "-", "0", "1,234", "-1,234", "1,234.5", "1,234.567", "1,234.5678", "12,34", "1234", ",123", "1.", ".5", "--",
	"１,２３４", "1,２34", "４５.６", "12%", "１２％", "abc", "事業", "9223372036854775807", "461168601842738790",
	strings.Repeat("9", 40), strings.Repeat("9", 41), strings.Repeat("９", 14), "1,234,567,890", "1,2345", "-0.001",
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
	})
}
