package outcome

import "fmt"

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
func (g *Graph) Validate() []Problem {
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

func labelOr(k Kind) string {
	if l := k.Label(); l != "" {
		return l
	}
	return fmt.Sprintf("kind %q", string(k))
}
