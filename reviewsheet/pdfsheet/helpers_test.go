package pdfsheet

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

const samplePath = "../../testdata/rs2025-006423.txt"

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// parseFile parses a file strictly (PDF or text) and fails the test on
// any error.
func parseFile(t testing.TB, path string) *reviewsheet.Sheet {
	t.Helper()
	p := reviewsheet.Parser{Name: filepath.Base(path), PDF: Extract}
	s, err := p.ParseBytes(readFile(t, path))
	require.NoError(t, err)
	return s
}

// withoutSource returns a copy of s without its position table, for
// comparing sheets read from different inputs.
// boxOrderAside clears Graph.Overview: the order in which a text gives
// the overview's boxes is the extractor's reading order of the diagram
// (layout, like Subsidy.RateLines), which producers lay out differently.
func boxOrderAside(s *reviewsheet.Sheet) *reviewsheet.Sheet {
	if s.Outcome != nil {
		g := *s.Outcome
		g.Overview = nil
		c := *s
		c.Outcome = &g
		return &c
	}
	return s
}

func withoutSource(s *reviewsheet.Sheet) reviewsheet.Sheet {
	c := *s
	c.Source = nil
	return c
}
