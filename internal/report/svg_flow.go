package report

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"github.com/rsheet/rsheet/spending"
)

// Flow diagram geometry (px).
const (
	flowW       = 1200
	flowMargin  = 10
	flowPlotH   = 480 // height the largest column's money is scaled to
	flowNodeW   = 12
	flowLabelW  = 330 // room right of the recipient column
	flowMinSlot = 30  // a node's slot holds two text lines
	flowGap     = 6
	flowPalette = 8 // band colours cycle through band-0 … band-7
)

// flowNode is one box of the diagram.
type flowNode struct {
	label  string // shown, possibly cut
	title  string // tooltip: the full text
	amount int64
	known  bool // amount was printed (false: nil, drawn as 0 and labelled —)
	col    int
	parent int // index of the paying node; -1 for the root
	class  string
	colour int // palette index of the top-level block it descends from
	order  int // input order, for stable sorting

	y, h, slot float64
	outOff     float64 // bands already drawn out of the node
}

// flowGraph builds the nodes: the paying organisation, the 間接経費, the
// blocks (a re-delegated block one column right of its parent) and the
// top recipients of each block with the rest summed as その他.
func flowGraph(sp *spending.Spending, ministry string, top int) []*flowNode {
	rootName := sp.Flow.Ministry
	if rootName == "" {
		rootName = ministry
	}
	root := &flowNode{label: rootName, title: rootName, parent: -1, class: "node-root"}
	nodes := []*flowNode{root}
	if sp.Flow.Amount != nil {
		root.amount, root.known = *sp.Flow.Amount, true
	} else if d := sp.DirectPayment(); d.N > 0 && !d.Overflow {
		root.amount, root.known = d.Yen, true
	}
	if ind, ok := sp.Flow.IndirectYen(); ok && ind > 0 {
		nodes = append(nodes, &flowNode{label: "国自らが支出する間接経費", title: "国自らが支出する間接経費", amount: ind, known: true, col: 1, parent: 0, class: "node-indirect", colour: -1, order: len(sp.Blocks)})
	}
	// Blocks.
	index := map[string]int{}
	maxCol := 1
	for i, b := range sp.Blocks {
		d, ok := sp.Depth(b.Block)
		if !ok {
			d = 0
		}
		full := b.Block + " " + b.Name
		title := full
		if b.Role != nil {
			title += "\n" + *b.Role
		}
		if b.RecipientCount != nil {
			title += fmt.Sprintf("\n支出先 %d者", *b.RecipientCount)
		}
		cls := "node-block"
		if !b.InFlow {
			cls += " not-in-flow"
		}
		n := &flowNode{label: truncate(full, 22), title: title, col: d + 1, parent: 0, class: cls, colour: i % flowPalette, order: i}
		if b.Total != nil {
			n.amount, n.known = *b.Total, true
		}
		maxCol = max(maxCol, d+1)
		index[b.Block] = len(nodes)
		nodes = append(nodes, n)
	}
	for _, b := range sp.Blocks { // parents and colours, once all are indexed
		n := nodes[index[b.Block]]
		if d, ok := sp.Depth(b.Block); ok && d > 0 {
			n.parent = index[b.Parent]
		}
	}
	for _, n := range nodes[1:] {
		for p := n.parent; p > 0; p = nodes[p].parent {
			if nodes[p].parent == 0 {
				n.colour = nodes[p].colour
			}
		}
	}
	// Recipients.
	recCol := maxCol + 1
	for bi, b := range sp.Blocks {
		var listed []spending.Recipient
		var rest int64
		restN := 0
		for _, r := range sp.Recipients {
			if r.Block != b.Block {
				continue
			}
			if r.IsOther() {
				if r.Amount != nil {
					rest += *r.Amount
				}
				continue
			}
			listed = append(listed, r)
		}
		slices.SortStableFunc(listed, func(x, y spending.Recipient) int { return cmp.Compare(amountOf(y.Amount), amountOf(x.Amount)) })
		if len(listed) > top {
			for _, r := range listed[top:] {
				rest += amountOf(r.Amount)
				restN++
			}
			listed = listed[:top]
		}
		p := index[b.Block]
		for _, r := range listed {
			title := r.Name
			if r.CorporateNumber != nil {
				title += "（法人番号 " + *r.CorporateNumber + "）"
			}
			nodes = append(nodes, &flowNode{label: truncate(r.Name, 24), title: title, amount: amountOf(r.Amount), known: r.Amount != nil, col: recCol, parent: p, class: "node-recipient", colour: nodes[p].colour, order: bi})
		}
		if rest > 0 {
			label := "その他"
			if restN > 0 {
				label = fmt.Sprintf("その他（上位%d者以外）", top)
			}
			nodes = append(nodes, &flowNode{label: label, title: b.Block + " " + label, amount: rest, known: true, col: recCol, parent: p, class: "node-recipient node-other", colour: nodes[p].colour, order: bi})
		}
	}
	return nodes
}

// amountText is the amount in 千円, or dash when it was not printed.
func (n *flowNode) amountText() string {
	if !n.known {
		return dash
	}
	return Sen(n.amount)
}

func amountOf(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// flowSVG draws the diagram; band widths and box heights are
// proportional to the amounts. It returns "" without blocks.
func flowSVG(sp *spending.Spending, ministry string, top int) string {
	if sp == nil || len(sp.Blocks) == 0 {
		return ""
	}
	nodes := flowGraph(sp, ministry, top)
	cols := 0
	for _, n := range nodes {
		cols = max(cols, n.col+1)
	}
	// Scale: the column with the most money fits flowPlotH.
	sums := make([]int64, cols)
	for _, n := range nodes {
		sums[n.col] += max(n.amount, 0)
	}
	maxSum := slices.Max(sums)
	f := 0.0
	if maxSum > 0 {
		f = flowPlotH / float64(maxSum)
	}
	// Order each column by the position of the parent, then input order,
	// then amount (largest first), and stack the slots.
	pos := make(map[*flowNode]int)
	height := 0.0
	colX := func(c int) float64 {
		last := float64(flowW - flowLabelW)
		return flowMargin + float64(c)*(last-flowMargin)/float64(max(cols-1, 1))
	}
	for c := range cols {
		var col []*flowNode
		for _, n := range nodes {
			if n.col == c {
				col = append(col, n)
			}
		}
		slices.SortStableFunc(col, func(a, b *flowNode) int {
			pa, pb := -1, -1
			if a.parent >= 0 {
				pa = pos[nodes[a.parent]]
			}
			if b.parent >= 0 {
				pb = pos[nodes[b.parent]]
			}
			if pa != pb {
				return cmp.Compare(pa, pb)
			}
			return cmp.Compare(a.order, b.order)
		})
		y := float64(flowMargin)
		for i, n := range col {
			pos[n] = i
			n.h = max(float64(max(n.amount, 0))*f, 2)
			n.slot = max(n.h, flowMinSlot)
			n.y = y
			y += n.slot + flowGap
		}
		height = max(height, y)
	}
	h := int(height) + flowMargin

	var s bytes.Buffer
	fmt.Fprintf(&s, `<svg class="chart flow-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="flow-chart-title">`+"\n", flowW, h, flowW, h)
	s.WriteString(`<title id="flow-chart-title">資金の流れ（千円）</title>` + "\n")
	// Bands first, so boxes and labels sit on top; each parent's bands
	// leave it in the order of their targets, top to bottom.
	banded := slices.Clone(nodes[1:])
	slices.SortStableFunc(banded, func(a, b *flowNode) int {
		if a.col != b.col {
			return cmp.Compare(a.col, b.col)
		}
		return cmp.Compare(a.y, b.y)
	})
	for _, n := range banded {
		p := nodes[n.parent]
		t := max(float64(max(n.amount, 0))*f, 1)
		y0 := p.y + min(p.outOff, max(p.h-t, 0))
		p.outOff += t
		x1, x2 := colX(p.col)+flowNodeW, colX(n.col)
		xm := (x1 + x2) / 2
		cls := "band"
		if n.colour >= 0 {
			cls += fmt.Sprintf(" band-%d", n.colour)
		} else {
			cls += " band-indirect"
		}
		fmt.Fprintf(&s, `<path class="%s" d="M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1fL%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1fZ"><title>%s → %s %s</title></path>`+"\n",
			cls, x1, y0, xm, y0, xm, n.y, x2, n.y, x2, n.y+t, xm, n.y+t, xm, y0+t, x1, y0+t,
			esc(p.label), esc(n.title), esc(n.amountText()))
	}
	// Labels of the inner columns are cut to the room before the next one.
	innerRunes := max(int((colX(1)-colX(0)-flowNodeW-12)/12), 6)
	for _, n := range nodes {
		x := colX(n.col)
		if n.col < cols-1 {
			n.label = truncate(n.label, innerRunes)
		}
		fmt.Fprintf(&s, `<g class="%s"><rect x="%.1f" y="%.1f" width="%d" height="%.1f"/>`, n.class, x, n.y, flowNodeW, n.h)
		fmt.Fprintf(&s, `<text x="%.1f" y="%.1f"><title>%s</title>%s</text>`, x+flowNodeW+4, n.y+12, esc(n.title), esc(n.label))
		fmt.Fprintf(&s, `<text class="amount" x="%.1f" y="%.1f">%s</text></g>`+"\n", x+flowNodeW+4, n.y+26, esc(n.amountText()))
	}
	s.WriteString("</svg>")
	return s.String()
}
