package outcome

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// validateRef is Validate as it was written with maps (before it
// searched short lists on the stack): the reference FuzzValidate
// compares it with.
func validateRef(g *Graph) []Problem {
	var out []Problem
	add := func(c ProblemCode, path, node int, format string, args ...any) {
		out = append(out, Problem{Code: c, Path: path, Node: node, Message: fmt.Sprintf(format, args...)})
	}
	ids := make([]int, 0, len(g.Nodes))
	byID := make(map[int]*Node, len(g.Nodes))
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if byID[n.ID] != nil {
			add(ProblemDuplicateNode, -1, n.ID, "node %d appears twice", n.ID)
			continue
		}
		byID[n.ID] = n
		ids = append(ids, n.ID)
	}
	for _, p := range g.Paths {
		ids = append(ids, p...)
	}
	if LevelNumbered(ids) {
		for _, id := range ids[:len(byID)] {
			n := byID[id]
			if k, _ := KindOfID(n.ID); k != n.Kind {
				add(ProblemKindMismatch, -1, n.ID, "node %d is numbered as %s but is a %s", n.ID, k.Label(), labelOr(n.Kind))
			}
		}
	}
	onPath := make(map[int]bool)
	for pi, p := range g.Paths {
		if len(p) < 2 {
			add(ProblemShortPath, pi, 0, "path %d has %d node(s)", pi+1, len(p))
		}
		for i, id := range p {
			onPath[id] = true
			n := byID[id]
			if n == nil {
				add(ProblemNoNode, pi, id, "path %d: node %d has no block", pi+1, id)
				continue
			}
			if i == 0 && n.Kind != KindActivity {
				add(ProblemPathStart, pi, id, "path %d starts at %d, a %s, not at an activity", pi+1, id, labelOr(n.Kind))
			}
			if i > 0 {
				if prev := byID[p[i-1]]; prev != nil && n.Kind.Level() < prev.Kind.Level() {
					add(ProblemBackwards, pi, id, "path %d goes from %d (%s) to %d (%s)", pi+1, prev.ID, labelOr(prev.Kind), id, labelOr(n.Kind))
				} else if prev != nil && n.Kind.Level() == prev.Kind.Level() {
					add(ProblemSameLevel, pi, id, "path %d goes from %d to %d, both %s", pi+1, prev.ID, id, labelOr(n.Kind))
				}
			}
		}
	}
	for _, id := range ids[:len(byID)] {
		if !onPath[id] {
			add(ProblemOffPath, -1, id, "node %d is on no path", id)
		}
	}
	// Links and edges are compared as sets: the order of Links is the
	// reader's (sheet order, or the RS CSV's row order) and means nothing.
	isEdge := make(map[Edge]bool)
	for _, e := range g.Edges() {
		isEdge[e] = true
	}
	linked := make(map[Edge]bool, len(g.Links))
	for _, l := range g.Links {
		switch {
		case linked[l.Edge]:
			add(ProblemLink, -1, l.From, "link %d→%d is given twice", l.From, l.To)
		case !isEdge[l.Edge]:
			add(ProblemLink, -1, l.From, "link %d→%d is a step no path takes", l.From, l.To)
		}
		linked[l.Edge] = true
	}
	for _, e := range g.Edges() {
		if !linked[e] {
			add(ProblemLink, -1, e.From, "step %d→%d has no link", e.From, e.To)
		}
	}
	return out
}

// graphOf builds a graph from bytes: node numbers and kinds, paths and
// links drawn from a few numbers so that duplicates, missing nodes and
// stray links occur.
func graphOf(data []byte, big bool) *Graph {
	ids := []int{101, 102, 201, 202, 301, 401, 501, 7, 0, 999}
	kinds := []Kind{KindActivity, KindOutput, KindShortOutcome, KindMidOutcome, KindLongOutcome, "", "odd"}
	if big { // past searchMax: the maps
		for i := 1; i <= 3*searchMax; i++ {
			ids = append(ids, 300+i)
		}
	}
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := int(data[0])
		data = data[1:]
		return b
	}
	g := &Graph{}
	for n := next() % 40; n > 0; n-- {
		g.Nodes = append(g.Nodes, Node{ID: ids[next()%len(ids)], Kind: kinds[next()%len(kinds)]})
	}
	if big {
		for _, id := range ids[10:] {
			g.Nodes = append(g.Nodes, Node{ID: id, Kind: KindShortOutcome})
		}
	}
	for n := next() % 6; n > 0; n-- {
		var p []int
		for m := next() % 7; m > 0; m-- {
			p = append(p, ids[next()%len(ids)])
		}
		if big {
			p = append(p, ids[10+next()%(len(ids)-10):]...)
		}
		g.Paths = append(g.Paths, p)
	}
	for _, e := range g.Edges() {
		if next()%5 != 0 {
			g.Links = append(g.Links, Link{Edge: e})
		}
	}
	for n := next() % 4; n > 0; n-- {
		g.Links = append(g.Links, Link{Edge: Edge{ids[next()%len(ids)], ids[next()%len(ids)]}})
	}
	return g
}

// FuzzValidate: Validate finds what validateRef finds, in its order.
func FuzzValidate(f *testing.F) {
	f.Add([]byte{5, 0, 0, 2, 1, 4, 2, 5, 3, 2, 3, 0, 2, 4, 1, 1, 1, 2}, false)
	f.Add([]byte{9, 0, 0, 0, 0, 2, 1, 4, 2, 5, 3, 7, 1, 8, 6, 2, 3, 0, 2, 4, 9, 1, 0, 1, 3, 3, 8, 9}, false)
	f.Add([]byte{3, 1, 2, 3, 4, 5, 6, 2, 4, 0, 1, 2, 3, 1, 0, 1, 2, 7, 7}, true)
	f.Fuzz(func(t *testing.T, data []byte, big bool) {
		g := graphOf(data, big)
		want, got := validateRef(g), g.Validate()
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("graph %+v:\nwant %v\ngot  %v", g, want, got)
		}
	})
}

// TestValidateSeeds runs graphs of many shapes through both.
func TestValidateSeeds(t *testing.T) {
	for i := 0; i < 2000; i++ {
		data := make([]byte, 64)
		for j := range data {
			data[j] = byte((i*131 + j*17 + i*j) % 251)
		}
		g := graphOf(data, i%7 == 0)
		assert.Equal(t, validateRef(g), g.Validate(), "%+v", g)
	}
}

// TestValidateAllocs: a valid graph of a sheet's size is checked without
// allocating.
func TestValidateAllocs(t *testing.T) {
	g := loadSample(t)
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = g.Validate() }))
}
