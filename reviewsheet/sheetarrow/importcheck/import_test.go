// Package importcheck_test proves that importing sheetarrow changes no
// process-wide state (issue 14): its test binary imports the package and,
// before any Parquet write, finds arrow-go's own zstd codec registered.
// It lives in a package of its own so that no other test of sheetarrow
// has written Parquet in the same process before it runs.
package importcheck_test

import (
	"reflect"
	"testing"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/sheetarrow"
)

const arrowCompress = "github.com/apache/arrow/go/v17/parquet/compress"

func zstdCodecPkg(t *testing.T) string {
	c, err := compress.GetCodec(compress.Codecs.Zstd)
	require.NoError(t, err)
	typ := reflect.TypeOf(c)
	if typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	return typ.PkgPath()
}

// TestImportLeavesZstdCodec: importing sheetarrow leaves the codec alone;
// the first Parquet write replaces it (documented in the package doc).
func TestImportLeavesZstdCodec(t *testing.T) {
	assert.Equal(t, arrowCompress, zstdCodecPkg(t), "importing sheetarrow must not replace the zstd codec")

	// An IPC or CSV export does not touch it either.
	for _, f := range []sheetarrow.Format{sheetarrow.FormatIPC, sheetarrow.FormatCSV} {
		w, err := sheetarrow.NewWriter(t.TempDir(), f, sheetarrow.WriterOptions{})
		require.NoError(t, err)
		require.NoError(t, w.Close())
	}
	assert.Equal(t, arrowCompress, zstdCodecPkg(t))

	w, err := sheetarrow.NewWriter(t.TempDir(), sheetarrow.FormatParquet, sheetarrow.WriterOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Close())
	assert.Equal(t, "github.com/rsheet/rsheet/reviewsheet/sheetarrow", zstdCodecPkg(t), "the first Parquet writer registers the reusing codec")
}
