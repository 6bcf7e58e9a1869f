package pdfsheet

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// producerFixtures are the sample sheet in the RS bordered-table layout
// (rowspan label columns, multi-column tables, wrapped cells, page
// footers "N / M") printed by producers this repo does not control:
// headless Chromium and LibreOffice (scripts/make-producer-fixtures.sh).
func producerFixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/pdf/producers/*.pdf")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 2, "producer fixtures missing (scripts/make-producer-fixtures.sh)")
	return paths
}

// TestProducerPDFEqualsText: each producer fixture parses, strictly, to
// the Sheet of the text it was rendered from — every figure and every
// text. What may legitimately differ: nothing in the model; only the
// Source positions, which refer to the extracted text (its blank lines
// fall elsewhere than in the sample), so they are compared by count.
func TestProducerPDFEqualsText(t *testing.T) {
	want := parseFile(t, samplePath)
	for _, path := range producerFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src := readFile(t, path)
			got, err := Parse(bytes.NewReader(src))
			require.NoError(t, err)
			require.Equal(t, withoutSource(boxOrderAside(want)), withoutSource(boxOrderAside(got)))
			require.Equal(t, want.Source.Len(), got.Source.Len())
		})
	}
}

// BenchmarkParseProducerPDF measures a full strict parse of each producer
// fixture; pages/s counts PDF pages. Compare with poppler on the same
// file: time pdftotext FILE /dev/null
//
//	go test ./reviewsheet/pdfsheet -run '^$' -bench ParseProducerPDF -benchmem
func BenchmarkParseProducerPDF(b *testing.B) {
	benchParsePDFs(b, producerFixtures(b))
}
