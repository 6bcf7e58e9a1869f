package reviewsheet

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/normalize"
)

// label.OcSource with / or ／ and half-width parentheses is matched by
// label.MatchSpelling.

// ocNode is a node being built, with where its parts were printed.
type ocNode struct {
	node    outcome.Node
	pos     sheettext.Pos // kind heading of the first block printing it
	textPos sheettext.Pos
	namePos sheettext.Pos
	rows    ocRowPos
	noTable bool // an indicator named without its table
	// badTable: errors were reported while its table was read (the
	// values of a row that did not read are absent)
	badTable bool
}

// ocBox is one box of the overview.
type ocBox struct {
	id   int
	kind outcome.Kind
	text string
	pos  sheettext.Pos
	bad  bool // number and label disagree (reported); the box is ignored
	// beside: the box is one of a row of boxes whose text lines were
	// printed side by side (normalize/ocheads.go: SideBySide); its text may hold
	// lines of the other boxes of the row or lack its own
	beside bool
	// cut: the box's heading was printed apart from its text (split, the
	// unsplit_cell warning): its text may be the first line of the box only
	cut bool
}

// ocState is the state of one section parse.
type ocState struct {
	p        *parser
	numbered bool // the sheet uses 1xx–5xx numbering
	nodes    smallMap[int, *ocNode]
	order    []int // node numbers in order of first block
	overview []int // box numbers in the overview's order (Graph.Overview)
	paths    [][]int
	pathPos  []sheettext.Pos
	rejected map[int]bool                   // numbers whose block was rejected (already reported); nil while none
	badPath  bool                           // a path line was unreadable: boxes may be on it
	links    smallMap[outcome.Edge, ocLink] // held by value: no chunk of links
	fields   []field                        // readBlock's, reused from block to block
	slab     []ocNode                       // newNode's chunk
}

// newNode returns a zero node from a chunk of nodes: a sheet's nodes are
// allocated a few at a time, not one by one.
func (st *ocState) newNode() *ocNode {
	if len(st.slab) == cap(st.slab) {
		st.slab = make([]ocNode, 0, 8)
	}
	st.slab = st.slab[:len(st.slab)+1]
	return &st.slab[len(st.slab)-1]
}

type ocLink struct {
	text *string
	pos  sheettext.Pos
}

// parseOutcome reads the 効果発現経路 section: the overview of boxes, then
// one block per アクティビティからの発現経路 line. Nodes printed in several
// blocks are merged (the first block wins; a disagreement is
// ErrConflict); the graph is then checked with outcome.Graph.Validate and
// each problem is reported at its line.
func (p *parser) parseOutcome(s *section) {
	g := &outcome.Graph{Nodes: []outcome.Node{}, Paths: [][]int{}, Links: []outcome.Link{}}
	p.sheet.Outcome = g
	lines := s.lines
	var startBuf [32]int // the paths of a sheet: on the stack
	starts := startBuf[:0]
	for i := label.Find(lines, 0, label.OcPath); i < len(lines); i = label.Find(lines, i+1, label.OcPath) {
		starts = append(starts, i)
	}
	overview := lines
	if len(starts) > 0 {
		overview = lines[:starts[0]]
	}
	st := &ocState{p: p}
	// boxes, blocks and numbers are read, not kept: on the stack for a
	// sheet's few
	var boxBuf [32]ocBox
	boxes := p.parseOcOverview(boxBuf[:0], overview)
	type block struct {
		path  []int
		pos   sheettext.Pos
		lines []sheettext.Line
	}
	var blockBuf [16]block
	var idBuf [128]int
	blocks := blockBuf[:0]
	ids := idBuf[:0]
	for _, b := range boxes {
		ids = append(ids, b.id)
	}
	for k, i := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		path, n, ok := p.parseOcPathLine(lines, i)
		if !ok {
			st.badPath = true
			continue
		}
		ids = append(ids, path...)
		blocks = append(blocks, block{path: path, pos: lines[i].Pos, lines: lines[i+n : end]})
	}
	st.numbered = outcome.LevelNumbered(ids)
	// sized once: the nodes are at most the numbers seen, one path per block
	st.order = make([]int, 0, len(ids))
	st.nodes.sized(len(ids))
	st.links.sized(len(ids)) // the steps: fewer than the numbers on the paths
	// a node is made per number on a path or box: one chunk for all
	st.slab = make([]ocNode, 0, len(ids))
	st.paths = make([][]int, 0, len(blocks))
	st.pathPos = make([]sheettext.Pos, 0, len(blocks))
	for i := range boxes {
		b := &boxes[i]
		if k, ok := outcome.KindOfID(b.id); st.numbered && ok && k != b.kind {
			p.errorAt(b.pos, label.OcOverview, ErrConflict, "box %d is labelled %s but its number is that of a %s", b.id, b.kind.Label(), k.Label())
			b.bad = true
		}
	}
	for _, b := range blocks {
		st.paths = append(st.paths, b.path)
		st.pathPos = append(st.pathPos, b.pos)
		st.readBlock(b.path, b.pos, b.lines)
	}
	st.addBoxes(boxes)
	st.finish(g, boxes)
}

// parseOcPathLine reads "アクティビティからの発現経路 101-201-301-401-503";
// numbers cut after a "-" at the end of a line continue on the next. It
// returns the numbers and how many lines the path used.
func (p *parser) parseOcPathLine(lines []sheettext.Line, i int) ([]int, int, bool) {
	n, rest, _ := label.Match(lines, i, label.OcPath)
	pos := lines[i+n-1].Pos
	for strings.HasSuffix(rest, "-") && i+n < len(lines) && !strings.Contains(lines[i+n].Text, " ") {
		rest += lines[i+n].Text
		n++
	}
	if rest == "" {
		p.errorAt(pos, label.OcPath, ErrMissing, "no node numbers")
		return nil, n, false
	}
	digits := num.FoldDigits(rest)
	path := p.keepInts(strings.Count(digits, "-") + 1)
	for s := range strings.SplitSeq(digits, "-") {
		id, err := strconv.Atoi(s)
		if err != nil || id <= 0 {
			p.errorAt(pos, label.OcPath, ErrSyntax, "%q is not a list of node numbers joined by -", rest)
			return nil, n, false
		}
		path = append(path, id)
	}
	return path, n, true
}

// parseOcOverview reads 活動・成果目標等のつながり: the column header, then
// boxes "305: 短期アウトカム" each followed by its text.
//
// The boxes are appended to boxes.
func (p *parser) parseOcOverview(boxes []ocBox, lines []sheettext.Line) []ocBox {
	if len(lines) > 0 && lines[0].Text == label.OcColumns {
		// layout text: the column header beside the section heading
		// comes before the label
		lines = lines[1:]
	}
	if len(lines) == 0 {
		return nil
	}
	n, rest, ok := label.Match(lines, 0, label.OcOverview)
	if !ok {
		p.errorAt(lines[0].Pos, label.OcOverview, ErrMissing, "expected %s before the first path, found %q", label.OcOverview, lines[0].Text)
		n = 0
	} else if rest != "" {
		p.errorAt(lines[0].Pos, label.OcOverview, ErrLayout, "unexpected text %q", rest)
	}
	lines = lines[n:]
	if len(lines) > 0 && lines[0].Text == label.OcColumns {
		lines = lines[1:]
	} else if normalize.KindColumnAt(lines) {
		lines = lines[len(label.OcKindLabels):] // a kind a line (ocheads.go)
	}
	// the text of a box: the lines from textStart up to the next heading
	// (every line after the first heading that is not a heading is text)
	textStart := 0
	flush := func(end int) {
		if len(boxes) > 0 {
			boxes[len(boxes)-1].text = p.text.JoinWrapped(lines[textStart:end])
		}
	}
	split := false // a heading printed on two lines (ocheads.go)
	row := 0       // first box of the row of boxes being read
	for i := 0; i < len(lines); i++ {
		ln, head := lines[i], i
		if ln.Break {
			row = len(boxes) // a blank line ends a row of boxes
		}
		id, kind, ok := ocBoxHead(ln.Text)
		if !ok && i+1 < len(lines) {
			if head, two := normalize.SplitBoxHead(ln.Text, lines[i+1].Text); two {
				id, kind, ok = ocBoxHead(head)
				split, i = true, i+1
			}
		}
		if ok {
			flush(head)
			boxes = append(boxes, ocBox{id: id, kind: kind, pos: ln.Pos})
			textStart = i + 1
			continue
		}
		if len(boxes) == 0 {
			p.errorAt(ln.Pos, label.OcOverview, ErrLayout, "unexpected text %q before the first box", ln.Text)
			continue
		}
		if normalize.SideBySide(p.src, ln.Pos) {
			for k := row; k < len(boxes); k++ {
				boxes[k].beside = true
			}
		}
	}
	flush(len(lines))
	if split {
		for i := range boxes {
			boxes[i].cut = true
		}
		for _, b := range boxes {
			p.warnAt(b.pos, label.OcOverview, "outcome.nodes", WarnUnsplitCell,
				"box %d: its heading and text were printed apart (pdftotext without -layout); the text kept may be cut or hold lines of other boxes", b.id)
		}
	}
	return boxes
}

// ocBoxHead reads a box heading "305: 短期アウトカム".
func ocBoxHead(s string) (int, outcome.Kind, bool) {
	numTok, lab, ok := strings.Cut(s, ": ")
	if !ok || numTok == "" || len(numTok) > 6 {
		return 0, "", false
	}
	id, err := strconv.Atoi(numTok)
	if err != nil || id <= 0 {
		return 0, "", false
	}
	if kind, ok := label.OcKindOf(sheettext.TrimSpace(lab)); ok {
		return id, kind, true
	}
	return 0, "", false
}

// readBlock reads the block of one path: one group of labels per kind
// printed, matched with the path's numbers by position. A path may hold
// two nodes of one kind (401 → 402: the RS data chains outcomes of one
// term): the block then prints the kind's group again, and a heading of
// a kind not after the one before starts a new run of groups.
func (st *ocState) readBlock(path []int, pathPos sheettext.Pos, lines []sheettext.Line) {
	var segBuf [8][]sheettext.Line
	segs := splitKindRuns(segBuf[:0], lines)
	k, printed := 0, 0
	for _, seg := range segs {
		printed += st.readRun(path, &k, seg)
	}
	if printed != len(path) {
		st.p.errorAt(pathPos, label.OcPath, ErrLayout, "path %s has %d nodes but its block prints %d", joinPath(path), len(path), printed)
	}
}

// splitKindRuns cuts a path block where a kind heading does not come
// after the heading before it (a second node of one kind, or a kind of
// a lower level): each run prints each kind at most once. The runs are
// appended to out.
func splitKindRuns(out [][]sheettext.Line, lines []sheettext.Line) [][]sheettext.Line {
	start, last := 0, 0
	for i := 0; ; i++ {
		var lv int
		if i, lv = label.NextOcHeading(lines, i); lv == 0 {
			break
		}
		if afterNextLabel(lines, i) {
			continue
		}
		if last != 0 && lv <= last {
			out = append(out, lines[start:i])
			start = i
		}
		last = lv
	}
	return append(out, lines[start:])
}

// afterNextLabel reports whether lines[i] directly follows a
// 後続アウトカムへのつながり label ending its line (possibly wrapped): the
// line is that label's value, whatever it says.
func afterNextLabel(lines []sheettext.Line, i int) bool {
	for k := 1; k <= label.MaxLines && i-k >= 0; k++ {
		if n, rest, ok := label.Match(lines, i-k, label.OcNext); ok && n == k && rest == "" {
			return true
		}
	}
	return false
}

// readRun reads one run of kind groups of a path block, matching them
// with the path's numbers from *k on; it returns how many it printed.
func (st *ocState) readRun(path []int, k *int, lines []sheettext.Line) int {
	p := st.p
	if st.fields == nil { // the parse's slab holds them (nil: readFieldsInto allocates)
		st.fields = p.fieldsFor(len(label.OcSpecs.Specs))
	}
	fs, lead := readFieldsInto(st.fields, lines, label.OcSpecs)
	st.fields = fs // the fields are read before the next block reuses them
	for _, l := range lead {
		p.errorAt(l.Pos, label.OcPath, ErrLayout, "unexpected text %q before the first node", l.Text)
	}
	var buf [8]label.OcGroup // more than there are kinds: printed stays on the stack
	printed := buf[:0]
	for _, g := range label.OcGroups {
		if fs[g.Head].found() {
			printed = append(printed, g)
		}
	}
	for _, g := range printed {
		i := *k
		*k++
		if i >= len(path) {
			break
		}
		id := path[i]
		head := &fs[g.Head]
		if kd, ok := outcome.KindOfID(id); st.numbered && ok && kd != g.Kind {
			p.errorAt(head.pos, label.OcKindLabels[g.Kind.Level()-1].L, ErrConflict,
				"node %d of path %s is printed as %s but its number is that of a %s", id, joinPath(path), g.Kind.Label(), kd.Label())
			if st.rejected == nil {
				st.rejected = map[int]bool{}
			}
			st.rejected[id] = true
			continue
		}
		n := st.readNode(id, g, fs)
		var next *outcome.Edge
		if i+1 < len(path) {
			next = &outcome.Edge{From: id, To: path[i+1]}
		}
		st.readLink(&fs[g.Next], next)
		st.merge(n)
	}
	return len(printed)
}

// readNode builds the node of one kind group.
func (st *ocState) readNode(id int, g label.OcGroup, fs []field) *ocNode {
	p := st.p
	head := &fs[g.Head]
	n := st.newNode()
	*n = ocNode{node: outcome.Node{ID: id, Kind: g.Kind}, pos: head.pos}
	if g.Kind == outcome.KindActivity {
		n.node.Text = p.joined(head)
		n.textPos = head.firstPos()
		if n.node.Text == "" {
			p.errorAt(head.pos, label.OcActivity, ErrMissing, "node %d: no アクティビティ text", id)
		}
		return n
	}
	if head.inline != "" || len(head.lines) > 0 { // (content allocates only here)
		c := head.content()
		p.errorAt(c[0].Pos, head.spec.L, ErrLayout, "unexpected text %q after the heading", c[0].Text)
	}
	goal, measure := &fs[g.Goal], &fs[g.Measure]
	if !goal.found() {
		p.errorAt(head.pos, goal.spec.L, ErrMissing, "node %d: label not found", id)
	} else {
		n.node.Text = p.joined(goal)
		n.textPos = goal.firstPos()
		if n.node.Text == "" {
			p.errorAt(goal.pos, goal.spec.L, ErrMissing, "node %d: no value", id)
		}
	}
	qual := []struct {
		field int
		dst   **string
	}{
		{g.QualRes, &n.node.QualitativeResult},
		{g.Source, &n.node.DataSource},
		{g.QualWhy, &n.node.QualitativeReason},
		{g.OneStage, &n.node.SingleStageReason},
	}
	for _, q := range qual {
		f, dst := &fs[q.field], q.dst
		if !f.found() {
			p.errorAt(head.pos, f.spec.L, ErrMissing, "node %d: label not found", id)
			continue
		}
		*dst = noneText(p.textField(f))
	}
	var name *string
	if !measure.found() {
		p.errorAt(head.pos, measure.spec.L, ErrMissing, "node %d: label not found", id)
	} else if st.strayCell(measure, id) {
		return n // the indicator is not read
	} else {
		name = noneText(p.textField(measure))
		n.namePos = measure.firstPos()
	}
	table := &fs[g.Table]
	switch {
	case table.found():
		before := len(p.diags)
		ind := p.parseOcTable(table, g.Kind, &n.rows)
		n.badTable = len(p.diags) > before
		if name == nil {
			p.errorAt(table.pos, label.OcTable, ErrLayout, "node %d: a table for an indicator printed as -", id)
		} else {
			ind.Name = *name
		}
		n.node.Indicator = ind
	case name != nil:
		// an indicator named without figures: the RS CSV (3-1) has such
		// nodes (2025 予算事業ID 884 node 501); no figure is in doubt, so
		// a warning, not an error
		n.noTable = true // warned in finish, where the node's index is known
		n.node.Indicator = &outcome.Indicator{Name: *name, Values: []outcome.Value{}}
	}
	return n
}

// strayCell reports, with an error, a field of text (an indicator's
// name, 後続アウトカムへのつながり) that holds cells of other fields, in
// text that shows pdftotext's de-hyphenation: a value of several lines
// one of which is a figure cell standing whole (the default modes of
// the Chromium and LibreOffice PDFs print a table's cells they took out
// of their row there: "500" before the name 「孤独・孤立対策官民連携
// プラットフォーム」の会員数, "742" "148.4" after a link's "-"), or a
// value that is a kind heading (LibreOffice's 長期アウトカム right after
// 後続アウトカムへのつながり, whose "-" was dropped). The text joined
// with them would be read wrong without a trace; such a value is not
// read.
func (st *ocState) strayCell(f *field, id int) bool {
	if !st.p.defaultMode {
		return false
	}
	c := f.content()
	if len(c) == 0 {
		return false
	}
	if label.OcHeading(c[0]) != 0 {
		st.p.errorAt(c[0].Pos, f.spec.L, ErrLayout, "node %d: the heading %q printed as the value: not read", id, c[0].Text)
		return true
	}
	if len(c) < 2 {
		return false
	}
	for _, l := range c {
		if linerules.IsFigureCell(l.Text) {
			st.p.errorAt(l.Pos, f.spec.L, ErrLayout, "node %d: a figure cell %q printed among the text (a table's cell out of its row): not read", id, l.Text)
			return true
		}
	}
	return false
}

// noneText maps the sheet's "-" (nothing to say) to nil like "--".
func noneText(s *string) *string {
	if s != nil && (*s == "-" || *s == "－" || *s == "ー") {
		return nil
	}
	return s
}

// readLink files 後続アウトカムへのつながり under the step to the next node.
func (st *ocState) readLink(f *field, next *outcome.Edge) {
	if !f.found() {
		return // the last node of a path prints none; a missing one is not knowable
	}
	if next != nil && st.strayCell(f, next.From) {
		return // not read: the link stays without text
	}
	text := noneText(st.p.textField(f))
	if next == nil {
		if text != nil {
			st.p.errorAt(f.pos, label.OcNext, ErrLayout, "text after the last node of the path: %q", *text)
		}
		return
	}
	if old, ok := st.links.get(*next); ok {
		if !samePtr(old.text, text) {
			st.p.errorAt(f.pos, label.OcNext, ErrConflict, "step %d→%d: differs from line %d", next.From, next.To, st.p.file.Line(old.pos))
		}
		return
	}
	st.links.put(*next, ocLink{text: text, pos: f.firstPos()})
}

// merge adds n, or compares it with the node of the same number read
// from an earlier block: the first is kept, a difference is ErrConflict
// reported at the later block with the line of the earlier one; but an
// indicator table that did not read in the earlier block (reported
// there) is taken from a later block that reads it whole.
func (st *ocState) merge(n *ocNode) {
	old, ok := st.nodes.get(n.node.ID)
	if !ok {
		st.nodes.put(n.node.ID, n)
		st.order = append(st.order, n.node.ID)
		return
	}
	a, b := &old.node, &n.node
	if old.badTable && !n.badTable && a.Indicator != nil && b.Indicator != nil && a.Indicator.Name == b.Indicator.Name {
		// the first print of the table did not read (its errors say so),
		// a later block prints the same indicator's table whole: its
		// figures are read from there
		a.Indicator, old.rows, old.badTable = b.Indicator, n.rows, false
	}
	diff := func(l label.Label, same bool) {
		if !same {
			st.p.errorAt(n.pos, l, ErrConflict, "node %d differs from its block at line %d", b.ID, st.p.file.Line(old.pos))
		}
	}
	goal, ind := label.OcObjective, label.OcMeasure
	switch b.Kind {
	case outcome.KindActivity:
		goal = label.OcActivity
	case outcome.KindOutput:
		goal, ind = label.OcGoal, label.OcIndicator
	}
	diff(goal, a.Text == b.Text)
	diff(ind, a.Indicator.Equal(b.Indicator))
	diff(label.OcQualRes, samePtr(a.QualitativeResult, b.QualitativeResult))
	diff(label.OcSource, samePtr(a.DataSource, b.DataSource))
	diff(label.OcQualWhy, samePtr(a.QualitativeReason, b.QualitativeReason))
	diff(label.OcOneStage, samePtr(a.SingleStageReason, b.SingleStageReason))
}

// addBoxes merges the overview into the nodes: a box confirms a node's
// kind and keeps its text as BoxText when that is not the node's text or
// a cut ("…") version of it; a box no block prints becomes a node of its
// own (Validate then reports it as off every path).
func (st *ocState) addBoxes(boxes []ocBox) {
	st.overview = make([]int, 0, len(boxes))
	var seen smallMap[int, sheettext.Pos] // see earlierBox
	for i, b := range boxes {
		if at, dup := earlierBox(boxes, i, &seen); dup {
			st.p.errorAt(b.pos, label.OcOverview, ErrConflict, "box %d printed twice (first at line %d)", b.id, st.p.file.Line(at))
			continue
		}
		if b.bad || st.rejected[b.id] {
			continue
		}
		st.overview = append(st.overview, b.id)
		n, ok := st.nodes.get(b.id)
		if !ok {
			n = st.newNode()
			*n = ocNode{node: outcome.Node{ID: b.id, Kind: b.kind, Text: b.text}, pos: b.pos, textPos: b.pos}
			st.nodes.put(b.id, n)
			st.order = append(st.order, b.id)
			continue
		}
		if n.node.Kind != b.kind {
			st.p.errorAt(b.pos, label.OcOverview, ErrConflict, "box %d is labelled %s, its block at line %d %s", b.id, b.kind.Label(), st.p.file.Line(n.pos), n.node.Kind.Label())
			continue
		}
		if !boxRepeats(b.text, n.node.Text) && !(b.cut && strings.HasPrefix(n.node.Text, b.text)) {
			// a cut box text that begins the node's text says nothing
			// beyond it (pdftotext's default mode prints a box's first
			// line with its heading, the rest elsewhere)
			n.node.BoxText = st.p.keepString(b.text)
			if b.beside {
				st.p.warnAt(b.pos, label.OcOverview, "outcome.nodes", WarnUnsplitCell,
					"box %d: its text lines were printed side by side with other boxes' (-layout text of boxes in a row); the box text kept may hold lines of other boxes or lack its own", b.id)
			}
		}
	}
}

// boxRepeats reports whether a box text says nothing beyond the node
// text: equal, or a prefix of it ending in "…".
func boxRepeats(box, text string) bool {
	if box == text || box == "" {
		return true
	}
	cut, ok := strings.CutSuffix(box, "…")
	return ok && strings.HasPrefix(text, strings.TrimRight(cut, "、，, "))
}

// finish fills g, records positions and reports the problems Validate
// finds.
func (st *ocState) finish(g *outcome.Graph, boxes []ocBox) {
	p := st.p
	g.Nodes = slices.Grow(g.Nodes, len(st.order))
	for _, id := range st.order {
		n, _ := st.nodes.get(id)
		g.Nodes = append(g.Nodes, n.node)
	}
	g.SortNodes()
	g.Overview = st.overview
	if len(st.paths) > 0 {
		g.Paths = st.paths // made for the graph: one path per block read
	}
	edges := g.Edges()
	g.Links = slices.Grow(g.Links, len(edges))
	for i, e := range edges {
		l := outcome.Link{Edge: e}
		if ol, ok := st.links.get(e); ok {
			l.Text = ol.text
			p.markAt(jp("outcome.links", i), ".text", ol.pos)
		}
		g.Links = append(g.Links, l)
	}
	for i := range g.Nodes {
		n, _ := st.nodes.get(g.Nodes[i].ID)
		path := jp("outcome.nodes", i)
		p.markAt(path, "", n.pos)
		p.markAt(path, ".text", n.textPos)
		if g.Nodes[i].Indicator != nil {
			p.markAt(path, ".indicator.name", n.namePos)
			if n.noTable {
				p.warnAt(n.namePos, label.OcTable, "outcome.nodes["+strconv.Itoa(i)+"].indicator", WarnNoTable,
					"node %d: indicator %q without its table (no figures)", n.node.ID, n.node.Indicator.Name)
			}
			n.rows.mark(p, path, len(g.Nodes[i].Indicator.Values))
		}
	}
	for i, pos := range st.pathPos {
		p.markAt(jp("outcome.paths", i), "", pos)
	}
	for _, pr := range g.Validate() {
		switch pr.Code {
		case outcome.ProblemSameLevel:
			// a step within one level (401 → 402) is printed as a second
			// group of the kind and read; Check reports it (outcome.graph,
			// warning) — it is not a reading error
			continue
		case outcome.ProblemNoNode:
			if st.rejected[pr.Node] {
				continue // its block was rejected with an error already
			}
			p.errorAt(st.pathPos[pr.Path], label.OcPath, ErrMissing, "%s", pr.Message)
		case outcome.ProblemOffPath:
			if st.badPath {
				continue // the unreadable path may hold it; that error is reported
			}
			pos := firstBoxPos(boxes, pr.Node)
			if n, _ := st.nodes.get(pr.Node); n != nil && !pos.IsValid() {
				pos = n.pos
			}
			p.errorAt(pos, label.OcOverview, ErrLayout, "%s", pr.Message)
		default:
			pos := p.endOf(nil)
			if pr.Path >= 0 && pr.Path < len(st.pathPos) {
				pos = st.pathPos[pr.Path]
			} else if n, _ := st.nodes.get(pr.Node); n != nil {
				pos = n.pos
			}
			p.errorAt(pos, label.OcPath, ErrLayout, "%s", pr.Message)
		}
	}
}

func joinPath(path []int) string {
	s := make([]string, len(path))
	for i, id := range path {
		s[i] = strconv.Itoa(id)
	}
	return strings.Join(s, "-")
}
