package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCollectAndReport(t *testing.T) {
	ps, skipped, err := collect([]string{"../../testdata/rscsv/2025"}, 0, 0)
	require.NoError(t, err)
	assert.Positive(t, len(ps)+skipped)
	for _, p := range ps {
		assert.Equal(t, p.SheetYear-1, p.Year)
		assert.Positive(t, p.Total)
	}
	var buf bytes.Buffer
	report(&buf, ps, skipped, 0, 50, 100, 5)
	assert.Contains(t, buf.String(), "projects with 計 ≥ 0千円")
}

func TestQuantile(t *testing.T) {
	s := []float64{10, 20, 30, 40, 50}
	assert.Equal(t, 30.0, quantile(s, 0.5))
	assert.Equal(t, 20.0, quantile(s, 0.25))
	assert.Equal(t, 50.0, quantile(s, 1))
	assert.Equal(t, 7.0, quantile([]float64{7}, 0.5))
}
