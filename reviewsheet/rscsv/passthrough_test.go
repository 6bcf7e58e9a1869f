package rscsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// TestPassThrough2025: spending.pass_through on real rows (5-1 and 5-2 of
// 2025; the 2024 set lacks 5-1). 000011 re-delegates from five blocks;
// none passes on 90% or more of its total, so the signal stays silent,
// while the shares are what the rows say (E 49,857,343 ÷ A 275,973,410).
func TestPassThrough2025(t *testing.T) {
	s, err := Open(fixtures2025)
	require.NoError(t, err)
	sh, _ := s.Lookup(2025, "11")
	require.NotNil(t, sh)
	sp := sh.Spending
	want := map[string]float64{"A": 49_857_343.0 / 275_973_410, "B": 8_159_642.0 / 15_017_200, "C": 5_481_300.0 / 156_000_572,
		"D": 1_611_720.0 / 5_698_110, "I": 4_008_435_000.0 / 5_285_699_000}
	for b, share := range want {
		_, got, ok := sp.PassThrough(b)
		require.True(t, ok, b)
		assert.InDelta(t, share, got, 1e-12, b)
	}
	for _, f := range audit.Check(sh) {
		assert.NotEqual(t, audit.CodePassThrough, f.Code, "%+v", f)
	}
}
