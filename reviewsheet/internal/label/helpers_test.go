package label

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// samplePath and variantPaths are the sample sheet and extractions of it
// that must parse to the same Sheet (as in the tests of package
// reviewsheet).
const samplePath = "../../../testdata/rs2025-006423.txt"

var variantPaths = []string{
	"../../../testdata/variants/rs2025-006423.bom-crlf.txt",
	"../../../testdata/variants/rs2025-006423.formfeed.txt",
	"../../../testdata/variants/rs2025-006423.noblank.txt",
	"../../../testdata/variants/rs2025-006423.noblank-all.txt",
	"../../../testdata/variants/rs2025-006423.crlf-trailing.txt",
	"../../../testdata/variants/rs2025-006423.spaces.txt",
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}
