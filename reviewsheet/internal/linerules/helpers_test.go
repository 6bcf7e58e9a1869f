package linerules

import (
	"os"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/require"
)

// samplePath is the sample sheet (as in the tests of package reviewsheet).
const samplePath = "../../../testdata/rs2025-006423.txt"

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// scanLines scans s as sheet text (the root package's test helper of the
// same name).
func scanLines(s string) []sheettext.Line {
	_, lines := sheettext.Scan("x", []byte(s))
	return lines
}
