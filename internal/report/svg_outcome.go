package report

import (
	"bytes"
	"fmt"

	"github.com/rsheet/rsheet/outcome"
)

// Outcome graph geometry (px).
const (
	outBoxW    = 212
	outColGap  = 34
	outMargin  = 10
	outLine    = 15 // text line height
	outTextRun = 16 // characters per wrapped line
	outGapY    = 12
)

// outBox is one node's box.
type outBox struct {
	id    int
	node  *outcome.Node // nil for a number used in a path but not described
	col   int
	lines []string // text lines under the heading
	ind   []string // indicator lines
	class string
	x, y  float64
	h     float64
}

// indicatorValue picks the column to show in a box: the latest year with
// an actual, else the 目標年度, else the last column.
func indicatorValue(ind *outcome.Indicator) (outcome.Value, bool) {
	if ind == nil || len(ind.Values) == 0 {
		return outcome.Value{}, false
	}
	for i := len(ind.Values) - 1; i >= 0; i-- {
		if ind.Values[i].Actual != nil {
			return ind.Values[i], true
		}
	}
	for _, v := range ind.Values {
		if v.IsTargetYear {
			return v, true
		}
	}
	return ind.Values[len(ind.Values)-1], true
}

// rawOr returns the printed cell, or dash when it is empty or "--".
func rawOr(raw string, p *float64) string {
	if p == nil || raw == "" {
		return dash
	}
	return raw
}

func outcomeBoxes(g *outcome.Graph) []*outBox {
	ids := map[int]bool{}
	var order []int
	for _, n := range g.Nodes {
		if !ids[n.ID] {
			ids[n.ID] = true
			order = append(order, n.ID)
		}
	}
	for _, p := range g.Paths {
		for _, id := range p {
			if !ids[id] {
				ids[id] = true
				order = append(order, id)
			}
		}
	}
	var boxes []*outBox
	for _, id := range order {
		b := &outBox{id: id, node: g.Node(id)}
		kind, _ := outcome.KindOfID(id)
		if b.node != nil {
			kind = b.node.Kind
			text := b.node.Text
			if text == "" && b.node.BoxText != nil {
				text = *b.node.BoxText
			}
			b.lines = wrap(text, outTextRun, 3)
			if ind := b.node.Indicator; ind != nil {
				b.ind = append(b.ind, "指標: "+truncate(ind.Name, outTextRun-3))
				if v, ok := indicatorValue(ind); ok {
					b.ind = append(b.ind, fmt.Sprintf("%d年度 目標 %s 実績 %s %s", v.Year, rawOr(v.TargetRaw, v.Target), rawOr(v.ActualRaw, v.Actual), ind.Unit))
					if v.AchievementRate != nil {
						b.ind = append(b.ind, "達成率 "+optPct(v.AchievementRate))
						if *v.AchievementRate >= 100 {
							b.class = " achieved"
						} else {
							b.class = " not-achieved"
						}
					}
				}
			}
		} else {
			b.lines = []string{"（記載なし）"}
		}
		b.col = max(kind.Level(), 1) - 1
		b.class = "box box-" + string(kind) + b.class
		if kind == "" {
			b.class = "box box-unknown" + b.class
		}
		b.h = float64(outLine*(1+len(b.lines)+len(b.ind)) + 10)
		boxes = append(boxes, b)
	}
	return boxes
}

// outcomeSVG draws the 効果発現経路: one column per level (アクティビティ …
// 長期アウトカム), a box per node with its indicator's target and actual,
// and an arrow per edge of the paths. It returns "" for an empty graph.
func outcomeSVG(g *outcome.Graph) string {
	if g == nil || (len(g.Nodes) == 0 && len(g.Paths) == 0) {
		return ""
	}
	boxes := outcomeBoxes(g)
	byID := map[int]*outBox{}
	colY := make([]float64, len(outcome.Kinds))
	for i := range colY {
		colY[i] = outMargin + 22
	}
	for _, b := range boxes {
		byID[b.id] = b
		b.x = outMargin + float64(b.col)*(outBoxW+outColGap)
		b.y = colY[b.col]
		colY[b.col] += b.h + outGapY
	}
	h := 0.0
	for _, y := range colY {
		h = max(h, y)
	}
	w := outMargin*2 + len(outcome.Kinds)*outBoxW + (len(outcome.Kinds)-1)*outColGap

	var s bytes.Buffer
	fmt.Fprintf(&s, `<svg class="chart outcome-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="outcome-chart-title">`+"\n", w, int(h)+outMargin, w, int(h)+outMargin)
	s.WriteString(`<title id="outcome-chart-title">効果発現経路</title>` + "\n")
	s.WriteString(`<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L8 4L0 8Z" class="arrowhead"/></marker></defs>` + "\n")
	for i, k := range outcome.Kinds {
		fmt.Fprintf(&s, `<text class="level" x="%.1f" y="%d">%s</text>`+"\n", outMargin+float64(i)*(outBoxW+outColGap), outMargin+12, esc(k.Label()))
	}
	for _, e := range g.Edges() {
		a, b := byID[e.From], byID[e.To]
		if a == nil || b == nil {
			continue
		}
		x1, y1 := a.x+outBoxW, a.y+a.h/2
		x2, y2 := b.x, b.y+b.h/2
		if b.col <= a.col { // a backward or same-level step: go round below
			x2 = b.x + outBoxW/2
			y2 = b.y + b.h
		}
		xm := (x1 + x2) / 2
		title := fmt.Sprintf("%d → %d", e.From, e.To)
		if l := g.Link(e); l != nil && l.Text != nil {
			title += " " + *l.Text
		}
		fmt.Fprintf(&s, `<path class="edge" d="M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f" marker-end="url(#arrow)"><title>%s</title></path>`+"\n",
			x1, y1, xm, y1, xm, y2, x2, y2, esc(title))
	}
	for _, b := range boxes {
		full := fmt.Sprintf("%d", b.id)
		head := full
		if b.node != nil {
			head += " " + b.node.Kind.Label()
			full = head + "\n" + b.node.Text
			if b.node.Indicator != nil {
				full += "\n指標: " + b.node.Indicator.Name
			}
		}
		fmt.Fprintf(&s, `<g class="%s" id="node-%d"><title>%s</title><rect x="%.1f" y="%.1f" width="%d" height="%.1f" rx="4"/>`+"\n", b.class, b.id, esc(full), b.x, b.y, outBoxW, b.h)
		y := b.y + outLine
		fmt.Fprintf(&s, `<text class="head" x="%.1f" y="%.1f">%s</text>`+"\n", b.x+6, y, esc(head))
		for _, l := range b.lines {
			y += outLine
			fmt.Fprintf(&s, `<text x="%.1f" y="%.1f">%s</text>`+"\n", b.x+6, y, esc(l))
		}
		for _, l := range b.ind {
			y += outLine
			fmt.Fprintf(&s, `<text class="ind" x="%.1f" y="%.1f">%s</text>`+"\n", b.x+6, y, esc(l))
		}
		s.WriteString("</g>\n")
	}
	s.WriteString("</svg>")
	return s.String()
}
