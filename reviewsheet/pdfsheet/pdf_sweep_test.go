package pdfsheet

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSweepPDFEqualsText: sheets of the 2024 RS CSVs on which
// scripts/producer-sweep.sh found the PDF path failing, each printed by
// the producer that showed it (testdata/pdf/producers/sweep/ID-PRODUCER.pdf,
// made by scripts/make-sweep-fixtures.sh from ID.txt), parse strictly to
// the Sheet of their text — every figure and every text — but for the
// Source positions and the overview's box order (boxOrderAside).
func TestSweepPDFEqualsText(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/pdf/producers/sweep/*.pdf")
	require.NoError(t, err)
	require.NotEmpty(t, paths, "sweep fixtures missing (scripts/make-sweep-fixtures.sh)")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			// YEAR-ID-PRODUCER.pdf is drawn from YEAR-ID.txt
			parts := strings.SplitN(filepath.Base(path), "-", 3)
			require.Len(t, parts, 3)
			id := parts[0] + "-" + parts[1]
			want := parseFile(t, filepath.Join(filepath.Dir(path), id+".txt"))
			got, err := Parse(bytes.NewReader(readFile(t, path)))
			require.NoError(t, err)
			require.Equal(t, withoutSource(boxOrderAside(want)), withoutSource(boxOrderAside(got)))
		})
	}
}
