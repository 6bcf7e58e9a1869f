package sheetfmt

import (
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
)

var kindLabel = map[outcome.Kind]string{
	outcome.KindActivity:     "アクティビティ",
	outcome.KindOutput:       "アウトプット",
	outcome.KindShortOutcome: "短期アウトカム",
	outcome.KindMidOutcome:   "中期アウトカム",
	outcome.KindLongOutcome:  "長期アウトカム",
}

// boxOrder returns the nodes in the order the overview prints their
// boxes: Graph.Overview first (numbers of no node, and repeats, skipped),
// then the nodes it does not name, in node order. A graph read from the
// RS CSVs has no Overview and prints its boxes in node order.
func boxOrder(g *outcome.Graph) []*outcome.Node {
	out := make([]*outcome.Node, 0, len(g.Nodes))
	done := make(map[int]bool, len(g.Overview))
	for _, id := range g.Overview {
		if n := g.Node(id); n != nil && !done[id] {
			done[id] = true
			out = append(out, n)
		}
	}
	for i := range g.Nodes {
		if !done[g.Nodes[i].ID] {
			out = append(out, &g.Nodes[i])
		}
	}
	return out
}

func writeOutcome(w *writer, s *reviewsheet.Sheet) {
	g := s.Outcome
	if g == nil {
		return
	}
	w.line("効果発現経路")
	w.line("活動・成果目標等のつながり")
	w.cell()
	w.line("アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム")
	w.cell()
	for _, n := range boxOrder(g) {
		w.line(strconv.Itoa(n.ID) + ": " + kindLabel[n.Kind])
		w.cell()
		box := n.Text
		if n.BoxText != nil {
			box = *n.BoxText
		}
		if box == "" {
			box = absent
		}
		if n.BoxText != nil {
			w.lines(wrap(box, widthBox))
		} else {
			w.lines(boxLines(box))
		}
		w.cell()
	}
	w.section()
	links := map[outcome.Edge]*string{}
	for _, l := range g.Links {
		links[l.Edge] = l.Text
	}
	for _, p := range g.Paths {
		ids := make([]string, len(p))
		for i, id := range p {
			ids[i] = strconv.Itoa(id)
		}
		w.line("アクティビティからの発現経路 " + strings.Join(ids, "-"))
		w.cell()
		for i, id := range p {
			n := g.Node(id)
			if n == nil {
				continue
			}
			writePathNode(w, n)
			if i+1 < len(p) && (n.Kind != outcome.KindActivity || links[outcome.Edge{From: id, To: p[i+1]}] != nil) {
				w.line("後続アウトカム")
				w.line("へのつながり")
				w.cell()
				w.lines(textLines(links[outcome.Edge{From: id, To: p[i+1]}], widthLink))
				w.cell()
			}
		}
		w.section()
	}
}

func writePathNode(w *writer, n *outcome.Node) {
	label := kindLabel[n.Kind]
	text := n.Text
	if text == "" {
		text = absent
	}
	if n.Kind == outcome.KindActivity {
		ls := wrap(text, widthLink)
		w.line(label + " " + ls[0])
		w.lines(ls[1:])
		w.cell()
		return
	}
	goal, measure := "成果目標", "成果指標"
	if n.Kind == outcome.KindOutput {
		goal, measure = "活動目標", "活動指標"
	}
	goalText := wrapNoted(text, widthNode)
	var name []string
	if n.Indicator != nil {
		name = []string{absent}
		if n.Indicator.Name != "" {
			name = wrap(n.Indicator.Name, widthNode)
		}
	}
	switch {
	case n.Kind == outcome.KindOutput && oneLine(goalText) && n.Indicator != nil && oneLine(name):
		// both one line: the whole group heading on one line
		w.line(label + " " + goal + " " + goalText[0] + " " + measure + " " + name[0])
	default:
		goalHead(w, label, goal, goalText)
		if n.Indicator == nil {
			w.line(measure + " -")
		} else {
			measureLines(w, measure, name)
		}
	}
	w.cell()
	w.line("定性的なアウトカムに")
	w.line("関する成果実績")
	w.cell()
	w.lines(textLines(n.QualitativeResult, widthNode))
	w.line("実績∕目標∕見込みの")
	w.line("根拠として用いた統")
	w.line("計・データ名（出典）")
	w.cell()
	w.lines(textLines(n.DataSource, widthNode))
	w.cell()
	w.line("定性的なアウトカム目")
	w.line("標を設定している理由")
	w.cell()
	w.lines(textLines(n.QualitativeReason, widthNode))
	w.line("アウトカムを複数段階")
	w.line("で設定できない理由")
	w.cell()
	w.lines(textLines(n.SingleStageReason, widthNode))
	w.cell()
	if n.Indicator != nil && len(n.Indicator.Values) > 0 {
		writeIndicator(w, n)
	}
}

func writeIndicator(w *writer, n *outcome.Node) {
	ind := n.Indicator
	w.line("活動・成果目標")
	w.line("と実績")
	w.cell()
	var head []string
	wrapped := ""
	for i, v := range ind.Values {
		y := strconv.Itoa(v.Year) + "年度"
		if v.IsTargetYear {
			if i == len(ind.Values)-1 {
				head = append(head, "目標年度")
				wrapped = y
				continue
			}
			y = "目標年度" + y
		}
		head = append(head, y)
	}
	w.line(strings.Join(head, " "))
	if wrapped != "" {
		w.line(wrapped)
	}
	w.cell()
	unit := "(" + ind.Unit + ")"
	row := func(label string, f func(v *outcome.Value) string) {
		cells := []string{label}
		for i := range ind.Values {
			cells = append(cells, f(&ind.Values[i]))
		}
		w.line(strings.Join(cells, " "))
		w.cell()
	}
	row("当初見込み∕目標値"+unit, func(v *outcome.Value) string { return figure(v.TargetRaw, v.Target) })
	row("活動実績∕成果実績"+unit, func(v *outcome.Value) string { return figure(v.ActualRaw, v.Actual) })
	hasRate := false
	for _, v := range ind.Values {
		if v.AchievementRateRaw != "" || v.AchievementRate != nil {
			hasRate = true
		}
	}
	if hasRate {
		row("達成率(%)", func(v *outcome.Value) string { return figure(v.AchievementRateRaw, v.AchievementRate) })
	}
}

// figure prints a table figure: as printed when known, else the number.
func figure(raw string, v *float64) string {
	if raw != "" {
		return oneCell(raw)
	}
	return float(v)
}
