package outcome

import (
	"fmt"
	"slices"
)

// ProblemCode names a structural problem of a graph.
type ProblemCode string

// Problems Validate reports.
const (
	// ProblemKindMismatch: with 1xx–5xx numbering, a node's number says
	// one kind and its label another (402 printed as 短期アウトカム).
	ProblemKindMismatch ProblemCode = "kind_mismatch"
	// ProblemDuplicateNode: two nodes share a number.
	ProblemDuplicateNode ProblemCode = "duplicate_node"
	// ProblemShortPath: a path with fewer than two nodes.
	ProblemShortPath ProblemCode = "short_path"
	// ProblemPathStart: a path does not start at an activity.
	ProblemPathStart ProblemCode = "path_start"
	// ProblemBackwards: a step of a path goes back to an earlier level
	// (an outcome leading back to an output).
	ProblemBackwards ProblemCode = "path_backwards"
	// ProblemSameLevel: a step of a path joins two nodes of one level
	// (output → output). The sheet text cannot print it; the RS CSVs
	// hold such steps.
	ProblemSameLevel ProblemCode = "path_same_level"
	// ProblemNoNode: a path names a number that has no node (the sheet
	// printed no block for it).
	ProblemNoNode ProblemCode = "no_node"
	// ProblemOffPath: a node lies on no path (a box of the overview that
	// no アクティビティからの発現経路 mentions).
	ProblemOffPath ProblemCode = "off_path"
	// ProblemLink: Links does not match Edges (a link for a step no path
	// takes, or a step without its link).
	ProblemLink ProblemCode = "link"
)

// Problem is one structural problem found by Validate.
type Problem struct {
	Code ProblemCode
	// Path is the index into Graph.Paths the problem is about, or -1.
	Path int
	// Node is the node number the problem is about, or 0.
	Node int
	// Message says what is wrong in words.
	Message string
}

func (p Problem) String() string { return string(p.Code) + ": " + p.Message }

// Validate checks the structure of g and returns its problems in a
// deterministic order (nodes, then paths in order, then links):
//
//   - node numbers are unique and, when every number follows the 1xx–5xx
//     scheme (LevelNumbered), each agrees with its node's kind;
//   - each path has at least two nodes, starts at an activity and moves
//     to a later level at every step (levels may be skipped: 306 → 502;
//     a step within one level is reported apart, as ProblemSameLevel);
//   - every number on a path has a node, and every node is on a path;
//   - Links holds exactly the distinct edges (in any order).
//
// A valid graph of up to searchMax nodes and edges is checked without
// allocating: the lookups search short lists held on the stack (index).
func (g *Graph) Validate() []Problem {
	var out []Problem
	add := func(c ProblemCode, path, node int, format string, args ...any) {
		out = append(out, Problem{Code: c, Path: path, Node: node, Message: fmt.Sprintf(format, args...)})
	}
	// the first node of each number, in order: nodes.keys[k] is the
	// number of g.Nodes[at[k]]
	var idBuf, atBuf [searchMax]int
	nodes, at := index[int]{keys: idBuf[:0]}, atBuf[:0]
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if nodes.find(n.ID) >= 0 {
			add(ProblemDuplicateNode, -1, n.ID, "node %d appears twice", n.ID)
			continue
		}
		nodes = nodes.add(n.ID)
		at = append(at, i)
	}
	// LevelNumbered over the node numbers and the paths' numbers
	numbered, total := true, len(nodes.keys)
	for _, id := range nodes.keys {
		_, ok := KindOfID(id)
		numbered = numbered && ok
	}
	for _, p := range g.Paths {
		total += len(p)
		for _, id := range p {
			_, ok := KindOfID(id)
			numbered = numbered && ok
		}
	}
	if numbered && total > 0 {
		for _, i := range at {
			n := &g.Nodes[i]
			if k, _ := KindOfID(n.ID); k != n.Kind {
				add(ProblemKindMismatch, -1, n.ID, "node %d is numbered as %s but is a %s", n.ID, k.Label(), labelOr(n.Kind))
			}
		}
	}
	var onBuf [searchMax]bool
	onPath := boolsIn(onBuf[:], len(nodes.keys)) // onPath[k]: nodes.keys[k] is on a path
	for pi, p := range g.Paths {
		if len(p) < 2 {
			add(ProblemShortPath, pi, 0, "path %d has %d node(s)", pi+1, len(p))
		}
		var prev *Node
		for i, id := range p {
			k := nodes.find(id)
			if k < 0 {
				add(ProblemNoNode, pi, id, "path %d: node %d has no block", pi+1, id)
				prev = nil
				continue
			}
			onPath[k] = true
			n := &g.Nodes[at[k]]
			if i == 0 && n.Kind != KindActivity {
				add(ProblemPathStart, pi, id, "path %d starts at %d, a %s, not at an activity", pi+1, id, labelOr(n.Kind))
			}
			if i > 0 {
				if prev != nil && n.Kind.Level() < prev.Kind.Level() {
					add(ProblemBackwards, pi, id, "path %d goes from %d (%s) to %d (%s)", pi+1, prev.ID, labelOr(prev.Kind), id, labelOr(n.Kind))
				} else if prev != nil && n.Kind.Level() == prev.Kind.Level() {
					add(ProblemSameLevel, pi, id, "path %d goes from %d to %d, both %s", pi+1, prev.ID, id, labelOr(n.Kind))
				}
			}
			prev = n
		}
	}
	for k, id := range nodes.keys {
		if !onPath[k] {
			add(ProblemOffPath, -1, id, "node %d is on no path", id)
		}
	}
	// Links and edges are compared as sets: the order of Links is the
	// reader's (sheet order, or the RS CSV's row order) and means nothing.
	var edgeBuf [searchMax]Edge
	edges := indexOf(g.appendEdges(edgeBuf[:0]))
	var linkedBuf [searchMax]bool
	linked := boolsIn(linkedBuf[:], len(edges.keys)) // linked[k]: edges.keys[k] has a link
	var stray []Edge                                 // links of steps no path takes
	for i, l := range g.Links {
		k := i // a reader's links are mostly in the order of Edges
		if k >= len(edges.keys) || edges.keys[k] != l.Edge {
			k = edges.find(l.Edge)
		}
		switch {
		case k >= 0 && linked[k], k < 0 && slices.Contains(stray, l.Edge):
			add(ProblemLink, -1, l.From, "link %d→%d is given twice", l.From, l.To)
		case k < 0:
			add(ProblemLink, -1, l.From, "link %d→%d is a step no path takes", l.From, l.To)
			stray = append(stray, l.Edge)
		default:
			linked[k] = true
		}
	}
	for k, e := range edges.keys {
		if !linked[k] {
			add(ProblemLink, -1, e.From, "step %d→%d has no link", e.From, e.To)
		}
	}
	return out
}

// searchMax is how long a list index searches before it switches to a
// map, and the size of Validate's lists on the stack (a sheet has some
// 10–30 nodes and edges).
const searchMax = 64

// index finds keys in a list of distinct keys: a linear search while the
// list is short (searchMax), a map past that.
type index[K comparable] struct {
	keys []K
	m    map[K]int
}

// indexOf indexes a list of distinct keys.
func indexOf[K comparable](keys []K) index[K] {
	x := index[K]{keys: keys}
	if len(keys) > searchMax {
		x.m = make(map[K]int, len(keys))
		for i, k := range keys {
			x.m[k] = i
		}
	}
	return x
}

// find returns the position of k in the list, or -1.
func (x *index[K]) find(k K) int {
	if x.m != nil {
		if i, ok := x.m[k]; ok {
			return i
		}
		return -1
	}
	for i, v := range x.keys {
		if v == k {
			return i
		}
	}
	return -1
}

// add returns the index with k appended (k is not in the list).
func (x index[K]) add(k K) index[K] {
	if x.m == nil && len(x.keys) == searchMax {
		x.m = make(map[K]int, 2*searchMax)
		for i, v := range x.keys {
			x.m[v] = i
		}
	}
	if x.m != nil {
		x.m[k] = len(x.keys)
	}
	x.keys = append(x.keys, k)
	return x
}

// boolsIn returns n false values, in buf when it is long enough.
func boolsIn(buf []bool, n int) []bool {
	if n <= len(buf) {
		return buf[:n]
	}
	return make([]bool, n)
}

func labelOr(k Kind) string {
	if l := k.Label(); l != "" {
		return l
	}
	return fmt.Sprintf("kind %q", string(k))
}
