package reviewsheet

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// update rewrites golden files: go test ./reviewsheet -run Golden -update
var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

const samplePath = "../testdata/rs2025-006423.txt"

// variantPaths are extractions of the sample that must parse to the same
// Sheet.
var variantPaths = []string{
	"../testdata/variants/rs2025-006423.bom-crlf.txt",
	"../testdata/variants/rs2025-006423.formfeed.txt",
	"../testdata/variants/rs2025-006423.noblank.txt",
	"../testdata/variants/rs2025-006423.noblank-all.txt",
	"../testdata/variants/rs2025-006423.crlf-trailing.txt",
	"../testdata/variants/rs2025-006423.spaces.txt",
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// parseFile parses a file strictly and fails the test on any error.
func parseFile(t testing.TB, path string) *Sheet {
	t.Helper()
	p := Parser{Name: filepath.Base(path)}
	s, err := p.ParseBytes(readFile(t, path))
	if err != nil {
		if list, ok := err.(ErrorList); ok {
			for _, e := range list {
				t.Log(e)
			}
		}
		require.NoError(t, err)
	}
	require.NotNil(t, s)
	return s
}

// withoutSource returns a copy of s without its position table, for
// comparing sheets read from different extractions.
// boxOrderAside clears Graph.Overview: the order in which a text gives
// the overview's boxes is the extractor's reading order of the diagram
// (layout, like Subsidy.RateLines), which producers lay out differently.
func boxOrderAside(s *Sheet) *Sheet {
	if s.Outcome != nil {
		g := *s.Outcome
		g.Overview = nil
		c := *s
		c.Outcome = &g
		return &c
	}
	return s
}

func withoutSource(s *Sheet) Sheet {
	c := *s
	c.Source = nil
	return c
}

func toJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

func i64(v int64) *int64     { return &v }
func f64(v float64) *float64 { return &v }
func str(v string) *string   { return &v }

// parseSrc parses src strictly as "in.txt".
func parseSrc(t *testing.T, src []byte) *Sheet {
	t.Helper()
	s, err := (&Parser{Name: "in.txt"}).ParseBytes(src)
	require.NoError(t, err)
	return s
}
