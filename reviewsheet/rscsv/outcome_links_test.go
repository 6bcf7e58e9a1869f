package rscsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/outcome"
)

// TestOutcomeLinksInEdgeOrder: Graph.Links follow g.Edges (path by path),
// whatever order the 3-2 rows come in — the order the sheet prints them
// (found by the text round trip: 1,820 sheets of 2024 listed the second
// activity's links first).
func TestOutcomeLinksInEdgeOrder(t *testing.T) {
	dir := t.TempDir()
	h := header32
	writeCSV(t, dir, "3-2_RS_2024_効果発現経路_目標のつながり.csv", h,
		"2,アクティビティ,,広報する。,2,アウトプット,,広報の実施,,",
		"1,アクティビティ,,研修を実施する。,1,アウトプット,,研修の実施,,",
		"2,アウトプット,,広報の実施,1,アウトカム,1.短期,認知の向上,広報で知られる,",
		"1,アウトプット,,研修の実施,2,アウトカム,1.短期,能力の向上,研修で能力が上がる,")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	g := sh.Outcome
	require.NotNil(t, g)
	var links []outcome.Edge
	for _, l := range g.Links {
		links = append(links, l.Edge)
	}
	assert.Equal(t, g.Edges(), links)
}
