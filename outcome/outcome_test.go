package outcome

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleJSON is the graph of the sample sheet as written by the
// reviewsheet golden test.
const sampleJSON = "../testdata/outcome/rs2025-006423.outcome.json"

func loadSample(t testing.TB) *Graph {
	t.Helper()
	b, err := os.ReadFile(sampleJSON)
	require.NoError(t, err)
	var g Graph
	require.NoError(t, json.Unmarshal(b, &g))
	return &g
}

func TestKinds(t *testing.T) {
	tests := []struct {
		id    int
		kind  Kind
		ok    bool
		label string
		level int
	}{
		{101, KindActivity, true, "アクティビティ", 1},
		{204, KindOutput, true, "アウトプット", 2},
		{306, KindShortOutcome, true, "短期アウトカム", 3},
		{404, KindMidOutcome, true, "中期アウトカム", 4},
		{599, KindLongOutcome, true, "長期アウトカム", 5},
		{99, "", false, "", 0},
		{600, "", false, "", 0},
		{3, "", false, "", 0},
	}
	for _, tt := range tests {
		k, ok := KindOfID(tt.id)
		assert.Equal(t, tt.ok, ok, "%d", tt.id)
		assert.Equal(t, tt.kind, k, "%d", tt.id)
		assert.Equal(t, tt.label, k.Label())
		assert.Equal(t, tt.level, k.Level())
		if ok {
			back, ok := KindOfLabel(tt.label)
			assert.True(t, ok)
			assert.Equal(t, k, back)
		}
	}
	assert.True(t, KindShortOutcome.IsOutcome())
	assert.False(t, KindOutput.IsOutcome())
	assert.True(t, LevelNumbered([]int{101, 201, 503}))
	assert.False(t, LevelNumbered([]int{1, 2, 3}))
	assert.False(t, LevelNumbered(nil))
}

func TestEdges(t *testing.T) {
	g := loadSample(t)
	edges := g.Edges()
	assert.Len(t, edges, 20)
	assert.Equal(t, Edge{101, 201}, edges[0])
	assert.Equal(t, Edge{306, 502}, edges[19])
	seen := map[Edge]bool{}
	for i, e := range edges {
		assert.False(t, seen[e], "duplicate %v", e)
		seen[e] = true
		assert.Equal(t, e, g.Links[i].Edge)
	}
	assert.Empty(t, (&Graph{Paths: [][]int{{101}}}).Edges())
}

func TestNodeLookup(t *testing.T) {
	g := loadSample(t)
	require.NotNil(t, g.Node(402))
	assert.Equal(t, KindMidOutcome, g.Node(402).Kind)
	assert.Nil(t, g.Node(405))
	// an unsorted graph is searched too
	u := &Graph{Nodes: []Node{{ID: 301}, {ID: 101}}}
	assert.Equal(t, 101, u.Node(101).ID)
	u.SortNodes()
	assert.Equal(t, 101, u.Nodes[0].ID)
}

// TestSampleRates recomputes every printed 達成率 of the sample.
func TestSampleRates(t *testing.T) {
	g := loadSample(t)
	n := 0
	for _, node := range g.Nodes {
		if node.Indicator == nil {
			continue
		}
		for _, v := range node.Indicator.Values {
			if want, match, ok := v.CheckAchievementRate(Upward); ok {
				n++
				assert.True(t, match, "node %d %d: printed %s, recomputed %v", node.ID, v.Year, v.AchievementRateRaw, want)
			}
		}
	}
	assert.Equal(t, 4, n, "148.4, 111.8, 130, 142")
}
