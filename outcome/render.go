package outcome

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ShortTextRunes is how many characters of a node's text its drawn label
// shows; longer texts end in "…".
const ShortTextRunes = 24

// ShortText returns the first ShortTextRunes characters of the node's
// text, with "…" when it was cut.
func (n *Node) ShortText() string {
	t := n.Text
	if t == "" && n.BoxText != nil {
		t = *n.BoxText
	}
	if utf8.RuneCountInString(t) <= ShortTextRunes {
		return t
	}
	i, k := 0, 0
	for i = range t {
		if k == ShortTextRunes {
			break
		}
		k++
	}
	return strings.TrimRight(t[:i], " ") + "…"
}

// title is "101 アクティビティ".
func (n *Node) title() string {
	return fmt.Sprintf("%d %s", n.ID, labelOr(n.Kind))
}

// WriteDOT writes g as a Graphviz digraph, left to right, one column
// (rank) per level, nodes labelled with number, kind and short text, and
// edges in Edges order. Numbers on a path without a node are drawn as
// dashed boxes so that a broken graph still renders. The output is
// deterministic; `dot -Tsvg` renders it.
func (g *Graph) WriteDOT(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph outcome {")
	fmt.Fprintln(bw, "\trankdir=LR;")
	fmt.Fprintln(bw, "\tnode [shape=box, style=rounded, fontname=\"sans-serif\", fontsize=10];")
	fmt.Fprintln(bw, "\tedge [arrowsize=0.7];")
	byKind := make(map[Kind][]int)
	known := make(map[int]bool)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		known[n.ID] = true
		byKind[n.Kind] = append(byKind[n.Kind], n.ID)
		fmt.Fprintf(bw, "\tn%d [label=\"%s\\n%s\"];\n", n.ID, dotEscape(n.title()), dotEscape(n.ShortText()))
	}
	for _, id := range g.missing(known) {
		fmt.Fprintf(bw, "\tn%d [label=\"%d\\n(no block)\", style=dashed];\n", id, id)
	}
	for _, k := range Kinds {
		if ids := byKind[k]; len(ids) > 0 {
			fmt.Fprint(bw, "\t{rank=same;")
			for _, id := range ids {
				fmt.Fprintf(bw, " n%d;", id)
			}
			fmt.Fprintln(bw, "}")
		}
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(bw, "\tn%d -> n%d;\n", e.From, e.To)
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// WriteMermaid writes g as a Mermaid flowchart (left to right), nodes
// labelled like WriteDOT's.
func (g *Graph) WriteMermaid(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "flowchart LR")
	known := make(map[int]bool)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		known[n.ID] = true
		fmt.Fprintf(bw, "    n%d[\"%s<br/>%s\"]\n", n.ID, mermaidEscape(n.title()), mermaidEscape(n.ShortText()))
	}
	for _, id := range g.missing(known) {
		fmt.Fprintf(bw, "    n%d[\"%d<br/>(no block)\"]\n", id, id)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(bw, "    n%d --> n%d\n", e.From, e.To)
	}
	return bw.Flush()
}

// missing lists numbers on paths that have no node, in path order.
func (g *Graph) missing(known map[int]bool) []int {
	var out []int
	seen := make(map[int]bool)
	for _, p := range g.Paths {
		for _, id := range p {
			if !known[id] && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// dotEscape escapes text for a double-quoted DOT string.
func dotEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteString(`\n`)
		default:
			if r < ' ' {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mermaidEscape escapes text for a quoted Mermaid label using Mermaid's
// entity codes.
func mermaidEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString("#quot;")
		case '<':
			b.WriteString("#lt;")
		case '>':
			b.WriteString("#gt;")
		case '#':
			b.WriteString("#35;")
		case '\n', '\r':
			b.WriteString("<br/>")
		default:
			if r < ' ' {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
