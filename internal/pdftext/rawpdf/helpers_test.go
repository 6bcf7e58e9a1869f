package rawpdf

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/rsheet/rsheet/internal/pdferr"
	"github.com/stretchr/testify/require"
)

// update rewrites the golden files under testdata/:
//
//	go test ./internal/pdftext/rawpdf -run Golden -update
var update = flag.Bool("update", false, "rewrite golden files under testdata/")

const (
	encryptedDir = "../../../testdata/pdf/encrypted"
	// maxObjects is pdftext's default object limit.
	maxObjects = pdferr.MaxObjects
)

// encryptedFixtures are the files of scripts/make-encrypted-fixtures.sh
// with an empty user password, sorted.
func encryptedFixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(encryptedDir, "*.pdf"))
	require.NoError(t, err)
	paths = slices.DeleteFunc(paths, func(p string) bool { return filepath.Base(p) == "userpw.pdf" })
	require.Len(t, paths, 6, "encrypted fixtures missing (scripts/make-encrypted-fixtures.sh)")
	slices.Sort(paths)
	return paths
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// golden compares got with the file at path, or writes it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	require.Equal(t, readFile(t, path), got, "%s differs; if intended, run with -update", path)
}
