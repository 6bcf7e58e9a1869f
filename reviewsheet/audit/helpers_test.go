package audit

import (
	"bytes"
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

// parseFile parses a file strictly and fails the test on any error.
func parseFile(t testing.TB, path string) *reviewsheet.Sheet {
	t.Helper()
	s, err := (&reviewsheet.Parser{Name: filepath.Base(path)}).ParseBytes(readFile(t, path))
	require.NoError(t, err)
	require.NotNil(t, s)
	return s
}

// mutate returns the sample with the first old replaced by new.
func mutate(t *testing.T, old, new string) []byte {
	t.Helper()
	src := readFile(t, samplePath)
	require.True(t, bytes.Contains(src, []byte(old)), "sample lacks %q", old)
	return bytes.Replace(src, []byte(old), []byte(new), 1)
}

func i64(v int64) *int64     { return &v }
func f64(v float64) *float64 { return &v }
func str(v string) *string   { return &v }
