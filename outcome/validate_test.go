package outcome

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// graph builds a graph of bare nodes (kind from the number) and paths,
// with links for every edge.
func graph(ids []int, paths ...[]int) *Graph {
	g := &Graph{Paths: paths}
	for _, id := range ids {
		k, _ := KindOfID(id)
		g.Nodes = append(g.Nodes, Node{ID: id, Kind: k})
	}
	for _, e := range g.Edges() {
		g.Links = append(g.Links, Link{Edge: e})
	}
	return g
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		g     *Graph
		codes []ProblemCode
		msg   string
	}{
		{"sample shape", graph([]int{101, 201, 301, 502}, []int{101, 201, 301}, []int{101, 201, 301, 502}), nil, ""},
		{"skips a level", graph([]int{104, 306, 502}, []int{104, 306, 502}), nil, ""},
		{"starts at an output", graph([]int{101, 201, 301}, []int{101, 201}, []int{201, 301}), []ProblemCode{ProblemPathStart}, "path 2 starts at 201, a アウトプット, not at an activity"},
		{"backwards", graph([]int{101, 201, 301}, []int{101, 301, 201}), []ProblemCode{ProblemBackwards}, "path 1 goes from 301 (短期アウトカム) to 201 (アウトプット)"},
		{"same level twice", graph([]int{101, 301, 302}, []int{101, 301, 302}), []ProblemCode{ProblemSameLevel}, "path 1 goes from 301 to 302, both 短期アウトカム"},
		{"no block", graph([]int{101, 201}, []int{101, 201, 301}), []ProblemCode{ProblemNoNode}, "path 1: node 301 has no block"},
		{"off path", graph([]int{101, 201, 401}, []int{101, 201}), []ProblemCode{ProblemOffPath}, "node 401 is on no path"},
		{"short path", graph([]int{101}, []int{101}), []ProblemCode{ProblemShortPath}, "path 1 has 1 node(s)"},
		{"duplicate", &Graph{Nodes: []Node{{ID: 101, Kind: KindActivity}, {ID: 101, Kind: KindActivity}, {ID: 201, Kind: KindOutput}}, Paths: [][]int{{101, 201}}, Links: []Link{{Edge: Edge{101, 201}}}},
			[]ProblemCode{ProblemDuplicateNode}, "node 101 appears twice"},
		{"kind mismatch", &Graph{Nodes: []Node{{ID: 101, Kind: KindActivity}, {ID: 402, Kind: KindShortOutcome}}, Paths: [][]int{{101, 402}}, Links: []Link{{Edge: Edge{101, 402}}}},
			[]ProblemCode{ProblemKindMismatch}, "node 402 is numbered as 中期アウトカム but is a 短期アウトカム"},
		{"ad hoc numbers carry no kind", &Graph{Nodes: []Node{{ID: 1, Kind: KindActivity}, {ID: 2, Kind: KindShortOutcome}}, Paths: [][]int{{1, 2}}, Links: []Link{{Edge: Edge{1, 2}}}}, nil, ""},
		{"missing links", &Graph{Nodes: []Node{{ID: 101, Kind: KindActivity}, {ID: 201, Kind: KindOutput}}, Paths: [][]int{{101, 201}}}, []ProblemCode{ProblemLink}, "step 101→201 has no link"},
		{"wrong link", &Graph{Nodes: []Node{{ID: 101, Kind: KindActivity}, {ID: 201, Kind: KindOutput}}, Paths: [][]int{{101, 201}}, Links: []Link{{Edge: Edge{201, 101}}}}, []ProblemCode{ProblemLink, ProblemLink}, "link 201→101 is a step no path takes"},
		{"links in another order", &Graph{Nodes: []Node{{ID: 101, Kind: KindActivity}, {ID: 201, Kind: KindOutput}, {ID: 301, Kind: KindShortOutcome}},
			Paths: [][]int{{101, 201, 301}}, Links: []Link{{Edge: Edge{201, 301}}, {Edge: Edge{101, 201}}}}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := tt.g.Validate()
			var codes []ProblemCode
			for _, p := range probs {
				codes = append(codes, p.Code)
			}
			assert.Equal(t, tt.codes, codes, "%v", probs)
			if tt.msg != "" && len(probs) > 0 {
				assert.Contains(t, probs[0].Message, tt.msg)
				assert.Contains(t, probs[0].String(), string(tt.codes[0]))
			}
		})
	}
}

func TestValidateSample(t *testing.T) {
	assert.Empty(t, loadSample(t).Validate())
}

func TestIndicatorDirection(t *testing.T) {
	for _, tt := range []struct {
		s     string
		d     Direction
		known bool
	}{{ImprovesUpward, Upward, true}, {ImprovesDownward, Downward, true}, {"", Upward, false}, {"その他", Upward, false}} {
		d, ok := (&Indicator{Improvement: tt.s}).Direction()
		assert.Equal(t, tt.d, d, tt.s)
		assert.Equal(t, tt.known, ok, tt.s)
	}
}
