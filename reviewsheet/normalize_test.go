package reviewsheet

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/internal/normalize"
)

// TestSplitLabelWithoutNormalizing: an input whose only difference is a
// space inside a label is not normalised (the fast check does not look
// for it) and still reads: label.MatchSpelling skips the space.
func TestSplitLabelWithoutNormalizing(t *testing.T) {
	src := bytes.Replace(readFile(t, samplePath), []byte("予算事業ID"), []byte("予算事業 ID"), 1)
	src = bytes.Replace(src, []byte("事業概要URL"), []byte("事業概要 URL"), 1)
	require.False(t, normalize.NeedsNormalizing(src))
	p := Parser{Name: "split.txt"}
	s, err := p.ParseBytes(src)
	require.NoError(t, err)
	assertSampleFigures(t, s)
	require.NotNil(t, s.OverviewURL)
	assert.Equal(t, "https://www.cao.go.jp/kodoku_koritsu/index.html", *s.OverviewURL)
}
