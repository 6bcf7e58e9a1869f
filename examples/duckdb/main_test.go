package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExport: the example writes every table the queries name.
func TestExport(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, export(dir, []string{"../../testdata/rs2025-006423.txt"}))
	for _, q := range strings.Split(queries, "'out/")[1:] {
		name := q[:strings.IndexByte(q, '\'')]
		st, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.Positive(t, st.Size(), name)
	}
	assert.Error(t, export(dir, []string{"missing.txt"}))
}
