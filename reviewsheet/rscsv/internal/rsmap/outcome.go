package rsmap

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/rsheet/rsheet/outcome"
)

// Tables 3-1 (効果発現経路_目標・実績) and 3-2 (効果発現経路_目標のつながり).

const (
	c31KPIName    = "事業に関連するKPIが定められている閣議決定等の名称"
	c31KPIExcerpt = "事業に関連するKPIが定められている閣議決定等の該当箇所"
	c31KPIURL     = "事業に関連するKPIが定められている閣議決定等のURL"
	c31No         = "アクティビティ・アウトプット・アウトカムの番号"
	c31Kind       = "種別（アクティビティ・アウトプット・アウトカム）"
	c31Term       = "アウトカムの期間"
	c31GoalType   = "成果目標の種類"
	c31Text       = "アクティビティ／活動目標／成果目標"
	c31Indicator  = "活動指標／成果指標"
	c31Unit       = "単位"
	c31Direction  = "改善の上向き／下向き"
	c31Source     = "成果実績及び目標値の根拠として用いた統計・データ名（出典）"
	c31QualReason = "定性的なアウトカム目標を設定している理由"
	c31QualResult = "定性的なアウトカムに関する成果実績"
	c31RowKind    = "目標年度／目標値／実績値／達成率"

	c32FromNo        = "派生元ーアクティビティ・アウトプット・アウトカムの番号"
	c32FromKind      = "派生元ー種別（アクティビティ・アウトプット・アウトカム）"
	c32FromTerm      = "派生元ーアウトカムの期間"
	c32FromText      = "派生元ーアクティビティの内容/ 活動目標／成果目標"
	c32FromIndicator = "派生元ー活動指標／成果指標"
	c32ToNo          = "派生先ーアクティビティ・アウトプット・アウトカムの番号"
	c32ToKind        = "派生先ー種別（アクティビティ・アウトプット・アウトカム）"
	c32ToTerm        = "派生先ーアウトカムの期間"
	c32ToText        = "派生先ー 活動目標／成果目標"
	c32ToIndicator   = "派生先ー活動指標／成果指標"
	c32Next          = "後続アウトカムへのつながり"
	c32NoStages      = "アウトカムを複数段階で設定できない理由"
)

var spec31 = &Spec{ID: "3-1", Title: "効果発現経路_目標・実績", Required: []string{c31No, c31Kind, c31RowKind},
	YearColumns: true,
	Known: []string{c31KPIName, c31KPIExcerpt, c31KPIURL, c31No, c31Kind, c31Term, c31GoalType, c31Text,
		c31Indicator, c31Unit, c31Direction, c31Source, c31QualReason, c31QualResult, c31RowKind}}

var spec32 = &Spec{ID: "3-2", Title: "効果発現経路_目標のつながり", Required: []string{c32FromNo, c32ToNo},
	Known: []string{c32FromNo, c32FromKind, c32FromTerm, c32FromText, c32FromIndicator, c32ToNo, c32ToKind,
		c32ToTerm, c32ToText, c32ToIndicator, c32Next, c32NoStages}}

// kpi reads 事業に関連するKPIが定められている閣議決定等 from the first 3-1 row
// that states it.
func (b *builder) kpi() {
	for _, r := range b.rows("3-1") {
		if n, e, u := b.text(r, c31KPIName), b.text(r, c31KPIExcerpt), b.text(r, c31KPIURL); n != nil || e != nil || u != nil {
			b.sh.KPI.Name, b.sh.KPI.Excerpt, b.sh.KPI.URL = n, e, u
			return
		}
	}
}

// choice returns an enumerated CSV value without the list number the RS
// system may put before it: "1.短期" and "短期" both give "短期" (the 2025
// files number the choices, the 2024 files mostly do not). Only digits
// followed by '.' or '．' are a list number; anything else is kept.
func choice(s string) string {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		switch {
		case strings.HasPrefix(s[i:], "."):
			return strings.TrimSpace(s[i+1:])
		case strings.HasPrefix(s[i:], "．"):
			return strings.TrimSpace(s[i+len("．"):])
		}
	}
	return s
}

// outcomeTerms are the spellings of アウトカムの期間, matched exactly
// after choice.
var outcomeTerms = map[string]outcome.Kind{
	"短期": outcome.KindShortOutcome,
	"中期": outcome.KindMidOutcome,
	"長期": outcome.KindLongOutcome,
}

// nodeKind maps 種別 and アウトカムの期間 ("1.短期", "短期", …) to a kind;
// ok is false for any other spelling (reported by the caller, never
// guessed).
func nodeKind(kind, term string) (outcome.Kind, bool) {
	switch choice(kind) {
	case "アクティビティ":
		return outcome.KindActivity, true
	case "アウトプット":
		return outcome.KindOutput, true
	case "アウトカム":
		k, ok := outcomeTerms[choice(term)]
		return k, ok
	}
	return "", false
}

// valueRow is the kind of a 3-1 value row (目標年度／目標値／実績値／達成率).
type valueRow uint8

const (
	rowTargetYear valueRow = iota + 1
	rowTarget
	rowActual
	rowRate
)

// valueRows are the spellings of the 3-1 row kinds, matched exactly
// after choice ("2.目標値" → 目標値).
var valueRows = map[string]valueRow{
	"目標年度": rowTargetYear,
	"目標値":  rowTarget,
	"実績値":  rowActual,
	"達成率":  rowRate,
}

// rawNode is a node as the CSV identifies it, before renumbering: its
// number and kind (種別 with アウトカムの期間), and, when the 3-2 rows give
// that number and kind more than one text, its normalised text. The 2024
// files number the chain, not the node: 001069 gives 短期アウトカム 1 to
// 「…認知度を向上させる」 and to 「…来館者数を増加させる。」, linked 1 → 1.
// text is "" whenever the number and kind are not shared.
type rawNode struct {
	no   int
	kind outcome.Kind
	text string
}

// numberKind is a node's number and kind without its text.
type numberKind struct {
	no   int
	kind outcome.Kind
}

// normText is a 活動目標／成果目標 as the node identity compares it: without
// white space (ASCII or 全角) and without a final 。, ．or "."; 001325
// writes one node as 「…の人数の増加。」 and 「…の人数の増加」.
func normText(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return strings.TrimRight(s, "。．.")
}

// sharedNumbers reads the 3-2 rows once and returns, for every number and
// kind given to more than one normalised text, those texts in order of
// appearance. Rows that do not read are skipped here (nodeOf reports
// them).
func sharedNumbers(r32 []Row) map[numberKind][]string {
	texts := map[numberKind][]string{}
	add := func(r Row, noCol, kindCol, termCol, textCol string) {
		no, err := strconv.Atoi(strings.TrimSpace(r.Get(noCol)))
		k, ok := nodeKind(r.Get(kindCol), r.Get(termCol))
		t := normText(r.Get(textCol))
		if err != nil || !ok || t == "" {
			return
		}
		key := numberKind{no, k}
		if !slices.Contains(texts[key], t) {
			texts[key] = append(texts[key], t)
		}
	}
	for _, r := range r32 {
		add(r, c32FromNo, c32FromKind, c32FromTerm, c32FromText)
		add(r, c32ToNo, c32ToKind, c32ToTerm, c32ToText)
	}
	for k, ts := range texts {
		if len(ts) < 2 {
			delete(texts, k)
		}
	}
	return texts
}

// identify completes a node's identity with its text when its number and
// kind are shared: the text as given when it is one of the shared texts,
// else the first of them (a row with a blank or other text joins the
// first node, keeping its text in MoreTexts).
func identify(n rawNode, shared map[numberKind][]string, text string) rawNode {
	ts := shared[numberKind{n.no, n.kind}]
	if len(ts) == 0 {
		return n
	}
	n.text = ts[0]
	if t := normText(text); slices.Contains(ts, t) {
		n.text = t
	}
	return n
}

// outcomeBuild holds the graph while it is assembled.
type outcomeBuild struct {
	nodes map[rawNode]*outcome.Node
	order []rawNode
	edges []struct {
		from, to rawNode
		text     *string
	}
}

func (ob *outcomeBuild) node(n rawNode) *outcome.Node {
	if nd := ob.nodes[n]; nd != nil {
		return nd
	}
	nd := &outcome.Node{ID: n.no, Kind: n.kind}
	ob.nodes[n] = nd
	ob.order = append(ob.order, n)
	return nd
}

// nodeOf reads the node number and kind of a row; ok is false (with an
// error recorded) when the number does not read.
func (b *builder) nodeOf(r Row, noCol, kindCol, termCol string) (rawNode, bool) {
	if strings.TrimSpace(r.Get(noCol)) == "" {
		return rawNode{}, false
	}
	no := b.int(r, noCol)
	if no == nil {
		return rawNode{}, false
	}
	k, ok := nodeKind(r.Get(kindCol), r.Get(termCol))
	if !ok {
		b.fail(r, kindCol, fmt.Errorf("unknown 種別 %q / 期間 %q", r.Get(kindCol), r.Get(termCol)))
		return rawNode{}, false
	}
	return rawNode{no: *no, kind: k}, true
}

// outcome maps 3-1 and 3-2 to the outcome graph. 3-1 gives the nodes with
// their indicator tables: four rows per node (1.目標年度 marks the target
// year's column with 1; 2.目標値, 3.実績値, 4.達成率 give one value per
// year column). 3-2 gives the edges with 後続アウトカムへのつながり. Paths are
// the chains from each node without a predecessor to each node without a
// successor. The 2024 files number each kind from 1 (activity 1 and
// output 1 are different nodes): when numbers collide across kinds, every
// number below 100 is renumbered to the 1xx–5xx scheme (level × 100 + n).
func (b *builder) outcome() {
	b.kpi()
	r31, r32 := b.rows("3-1"), b.rows("3-2")
	if len(r31) == 0 && len(r32) == 0 {
		return
	}
	ob := &outcomeBuild{nodes: map[rawNode]*outcome.Node{}}
	shared := sharedNumbers(r32)
	type vals struct{ byYear map[int]*outcome.Value }
	values := map[rawNode]*vals{}
	for _, r := range r31 {
		n, ok := b.nodeOf(r, c31No, c31Kind, c31Term)
		if !ok {
			continue
		}
		n = identify(n, shared, r.Get(c31Text))
		nd := ob.node(n)
		addText(nd, r.Get(c31Text))
		switch gt := strings.TrimSpace(r.Get(c31GoalType)); {
		case gt == "" || gt == nd.GoalType:
		case nd.GoalType == "":
			nd.GoalType = gt
		default: // the node keeps one 成果目標の種類: say so rather than pick
			b.fail(r, c31GoalType, fmt.Errorf("node %d: %q, an earlier row of the node says %q", n.no, gt, nd.GoalType))
		}
		if nd.QualitativeResult == nil {
			nd.QualitativeResult = b.text(r, c31QualResult)
		}
		if nd.QualitativeReason == nil {
			nd.QualitativeReason = b.text(r, c31QualReason)
		}
		if nd.DataSource == nil {
			nd.DataSource = b.text(r, c31Source)
		}
		if name := strings.TrimSpace(r.Get(c31Indicator)); name != "" && nd.Indicator == nil {
			nd.Indicator = &outcome.Indicator{Name: r.Get(c31Indicator), Unit: r.Get(c31Unit), Improvement: strings.TrimSpace(r.Get(c31Direction))}
		}
		rowKind := strings.TrimSpace(r.Get(c31RowKind))
		if rowKind == "" {
			continue
		}
		kind, known := valueRows[choice(rowKind)]
		if !known {
			b.fail(r, c31RowKind, fmt.Errorf("unknown row kind %q (目標年度, 目標値, 実績値 or 達成率)", rowKind))
			continue
		}
		v := values[n]
		if v == nil {
			v = &vals{byYear: map[int]*outcome.Value{}}
			values[n] = v
		}
		for ci, name := range r.Columns() {
			if !isYearColumn(name) {
				continue
			}
			cell := strings.TrimSpace(r.Cell(ci))
			if cell == "" {
				continue
			}
			y, _ := strconv.Atoi(name)
			val := v.byYear[y]
			if val == nil {
				val = &outcome.Value{Year: y}
				v.byYear[y] = val
			}
			num, err := parsePercent(strings.ReplaceAll(cell, ",", ""))
			if err != nil {
				num = nil // keep the raw text; a non-number is legal ("-")
			}
			switch kind {
			case rowTargetYear:
				val.IsTargetYear = cell != "0"
			case rowTarget:
				val.Target, val.TargetRaw = num, cell
			case rowActual:
				val.Actual, val.ActualRaw = num, cell
			case rowRate:
				val.AchievementRate, val.AchievementRateRaw = num, cell
			}
		}
	}
	for _, r := range r32 {
		from, ok1 := b.nodeOf(r, c32FromNo, c32FromKind, c32FromTerm)
		to, ok2 := b.nodeOf(r, c32ToNo, c32ToKind, c32ToTerm)
		from, to = identify(from, shared, r.Get(c32FromText)), identify(to, shared, r.Get(c32ToText))
		if ok1 {
			b.fillNode(ob.node(from), r, c32FromText, c32FromIndicator)
		}
		if ok2 {
			nd := ob.node(to)
			b.fillNode(nd, r, c32ToText, c32ToIndicator)
			if nd.SingleStageReason == nil {
				nd.SingleStageReason = b.text(r, c32NoStages)
			}
		}
		if ok1 && ok2 {
			ob.edges = append(ob.edges, struct {
				from, to rawNode
				text     *string
			}{from, to, b.text(r, c32Next)})
		}
	}
	// Attach the indicator values, sorted by year.
	for n, v := range values {
		nd := ob.nodes[n]
		if nd.Indicator == nil {
			nd.Indicator = &outcome.Indicator{}
		}
		for _, val := range v.byYear {
			nd.Indicator.Values = append(nd.Indicator.Values, *val)
		}
		sort.Slice(nd.Indicator.Values, func(i, j int) bool { return nd.Indicator.Values[i].Year < nd.Indicator.Values[j].Year })
	}
	g, capped := ob.graph()
	b.sh.Outcome = g
	if capped && len(r32) > 0 {
		b.sh.Warnings = append(b.sh.Warnings, reviewsheet.Warning{
			File: r32[0].File(), Label: "効果発現経路", Path: "outcome.paths", Code: reviewsheet.WarnPathsCapped,
			Message: fmt.Sprintf("the links of this sheet make more than %d paths; the first %d are kept, the links all are (outcome.links)", maxPaths, maxPaths),
		})
	}
}

func (b *builder) fillNode(nd *outcome.Node, r Row, textCol, indCol string) {
	addText(nd, r.Get(textCol))
	if name := strings.TrimSpace(r.Get(indCol)); name != "" && nd.Indicator == nil {
		nd.Indicator = &outcome.Indicator{Name: r.Get(indCol)}
	}
}

// addText files a 活動目標／成果目標 of a node: the first is its Text, any
// other one (a node listed once per goal) goes to MoreTexts.
func addText(nd *outcome.Node, t string) {
	switch {
	case strings.TrimSpace(t) == "":
	case nd.Text == "":
		nd.Text = t
	case t != nd.Text && !slices.Contains(nd.MoreTexts, t):
		nd.MoreTexts = append(nd.MoreTexts, t)
	}
}

// maxPaths bounds the chains enumerated from the edges of one sheet.
const maxPaths = 10000

// graphIDs numbers the nodes of the graph. The CSV's numbers are kept
// when each belongs to one kind. Otherwise (the 2024 files number each
// kind from 1) every node is renumbered to the 1xx–5xx scheme: level ×
// 100 + its number when all numbers are below 100 (activity 1 becomes
// 101, output 1 201), else level × 100 + its rank within its kind by
// number (some sheets mix schemes: activities 1–10, outputs 10–100,
// outcomes 101…; and when one number and kind are several nodes, see
// rawNode, which then rank in order of appearance), or level × 1000 +
// rank when a kind has more than 99 nodes. renumbered reports whether the numbers changed; Node.SourceNumber
// then keeps the CSV number.
func graphIDs(order []rawNode) (ids map[rawNode]int, renumbered bool) {
	ids = make(map[rawNode]int, len(order))
	kindsOf := map[int]outcome.Kind{}
	split := false // one number and kind read as several nodes (rawNode.text)
	for _, n := range order {
		if k, ok := kindsOf[n.no]; ok && k != n.kind {
			renumbered = true
		}
		kindsOf[n.no] = n.kind
		split = split || n.text != ""
	}
	renumbered = renumbered || split
	if !renumbered {
		for _, n := range order {
			ids[n] = n.no
		}
		return ids, false
	}
	small := !split
	for _, n := range order {
		small = small && n.no >= 1 && n.no < 100
	}
	if small {
		for _, n := range order {
			ids[n] = n.kind.Level()*100 + n.no
		}
		return ids, true
	}
	byLevel := map[int][]rawNode{}
	for _, n := range order {
		byLevel[n.kind.Level()] = append(byLevel[n.kind.Level()], n)
	}
	scale := 100
	for _, ns := range byLevel {
		if len(ns) > 99 {
			scale = 1000
		}
	}
	for level, ns := range byLevel {
		slices.SortStableFunc(ns, func(a, b rawNode) int { return cmp.Compare(a.no, b.no) })
		for rank, n := range ns {
			ids[n] = level*scale + rank + 1
		}
	}
	return ids, true
}

// graph builds the outcome graph; capped says that the paths were cut at
// maxPaths (the links are all kept).
func (ob *outcomeBuild) graph() (g *outcome.Graph, capped bool) {
	ids, renumbered := graphIDs(ob.order)
	g = &outcome.Graph{Nodes: []outcome.Node{}, Paths: [][]int{}, Links: []outcome.Link{}}
	for _, n := range ob.order {
		nd := *ob.nodes[n]
		nd.ID = ids[n]
		if renumbered {
			no := n.no
			nd.SourceNumber = &no
		}
		g.Nodes = append(g.Nodes, nd)
	}
	sort.SliceStable(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	succ := map[int][]int{}
	hasPred := map[int]bool{}
	seen := map[outcome.Edge]bool{}
	for _, e := range ob.edges {
		ed := outcome.Edge{From: ids[e.from], To: ids[e.to]}
		if seen[ed] {
			if l := g.Link(ed); l != nil && l.Text == nil {
				l.Text = e.text
			}
			continue
		}
		seen[ed] = true
		g.Links = append(g.Links, outcome.Link{Edge: ed, Text: e.text})
		succ[ed.From] = append(succ[ed.From], ed.To)
		hasPred[ed.To] = true
	}
	var walk func(path []int, onPath map[int]bool)
	walk = func(path []int, onPath map[int]bool) {
		if len(g.Paths) >= maxPaths {
			capped = true
			return
		}
		last := path[len(path)-1]
		next := succ[last]
		extended := false
		for _, n := range next {
			if onPath[n] {
				continue // a cycle: stop the chain here
			}
			extended = true
			onPath[n] = true
			walk(append(path, n), onPath)
			delete(onPath, n)
		}
		if !extended && len(path) > 1 {
			g.Paths = append(g.Paths, append([]int(nil), path...))
		}
	}
	for _, nd := range g.Nodes {
		if !hasPred[nd.ID] && len(succ[nd.ID]) > 0 {
			walk([]int{nd.ID}, map[int]bool{nd.ID: true})
		}
	}
	orderLinks(g)
	return g, capped
}

// orderLinks puts the links in the order of g.Edges (the order the model
// documents and the sheet prints them in); links on no path (a node
// linked to itself, chains cut at maxPaths) follow in CSV order.
func orderLinks(g *outcome.Graph) {
	rank := map[outcome.Edge]int{}
	for i, e := range g.Edges() {
		rank[e] = i
	}
	at := func(l outcome.Link) int {
		if r, ok := rank[l.Edge]; ok {
			return r
		}
		return len(rank)
	}
	sort.SliceStable(g.Links, func(i, j int) bool { return at(g.Links[i]) < at(g.Links[j]) })
}
