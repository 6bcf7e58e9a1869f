package reviewsheet

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
)

// Labels of the 効果発現経路 section.
const (
	lbOcOverview  label = "活動・成果目標等のつながり"
	lbOcPath      label = "アクティビティからの発現経路"
	lbOcActivity  label = "アクティビティ"
	lbOcOutput    label = "アウトプット"
	lbOcShort     label = "短期アウトカム"
	lbOcMid       label = "中期アウトカム"
	lbOcLong      label = "長期アウトカム"
	lbOcGoal      label = "活動目標"
	lbOcIndicator label = "活動指標"
	lbOcObjective label = "成果目標"
	lbOcMeasure   label = "成果指標"
	lbOcQualRes   label = "定性的なアウトカムに関する成果実績"
	lbOcSource    label = "実績∕目標∕見込みの根拠として用いた統計・データ名（出典）"
	lbOcQualWhy   label = "定性的なアウトカム目標を設定している理由"
	lbOcOneStage  label = "アウトカムを複数段階で設定できない理由"
	lbOcTable     label = "活動・成果目標と実績"
	lbOcNext      label = "後続アウトカムへのつながり"

	// ocColumns is the column header of the overview.
	ocColumns = "アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム"
)

// lbOcSource with / or ／ and half-width parentheses is matched by
// matchSpelling.

// ocKindLabels maps each kind to its heading, in path order.
var ocKindLabels = []struct {
	kind outcome.Kind
	l    label
}{
	{outcome.KindActivity, lbOcActivity},
	{outcome.KindOutput, lbOcOutput},
	{outcome.KindShortOutcome, lbOcShort},
	{outcome.KindMidOutcome, lbOcMid},
	{outcome.KindLongOutcome, lbOcLong},
}

// ocKindSet holds the kind headings, to find one out of place.
var ocKindSet = func() *fieldSet {
	specs := make([]fieldSpec, len(ocKindLabels))
	for i, k := range ocKindLabels {
		specs[i].l = k.l
	}
	return newFieldSet(specs)
}()

// ocGroup says where each field of one kind's group is in ocSpecs (and
// so in the fields readFieldsInto returns): every field is addressed by
// name, set by buildOcSpecs from the label it appends; a field the kind
// does not print is -1 (an activity has no goal, indicator or table).
type ocGroup struct {
	kind     outcome.Kind
	head     int // the kind heading (アクティビティ, アウトプット, …)
	goal     int // 活動目標 (output) or 成果目標 (outcome)
	measure  int // 活動指標 or 成果指標
	qualRes  int // 定性的なアウトカムに関する成果実績
	source   int // 実績∕目標∕見込みの根拠として用いた統計・データ名（出典）
	qualWhy  int // 定性的なアウトカム目標を設定している理由
	oneStage int // アウトカムを複数段階で設定できない理由
	table    int // 活動・成果目標と実績
	next     int // 後続アウトカムへのつながり
}

// ocSpecs are the labels of one path block, kind after kind; ocGroups
// indexes them. A block prints a subset of the kinds, in this order.
var ocSpecs, ocGroups = buildOcSpecs()

func buildOcSpecs() (*fieldSet, []ocGroup) {
	var specs []fieldSpec
	var groups []ocGroup
	// add appends a field and returns its index
	add := func(f fieldSpec) int {
		specs = append(specs, f)
		return len(specs) - 1
	}
	for _, k := range ocKindLabels {
		g := ocGroup{kind: k.kind, goal: -1, measure: -1, qualRes: -1, source: -1, qualWhy: -1, oneStage: -1, table: -1}
		g.head = add(fieldSpec{l: k.l})
		switch k.kind {
		case outcome.KindActivity:
		case outcome.KindOutput:
			g.goal = add(fieldSpec{l: lbOcGoal, inline: true})
			g.measure = add(fieldSpec{l: lbOcIndicator, inline: true})
		default:
			g.goal = add(fieldSpec{l: lbOcObjective, inline: true})
			g.measure = add(fieldSpec{l: lbOcMeasure, inline: true})
		}
		if k.kind != outcome.KindActivity {
			g.qualRes = add(fieldSpec{l: lbOcQualRes})
			g.source = add(fieldSpec{l: lbOcSource})
			g.qualWhy = add(fieldSpec{l: lbOcQualWhy})
			g.oneStage = add(fieldSpec{l: lbOcOneStage})
			g.table = add(fieldSpec{l: lbOcTable})
		}
		// every node may print the text of its step to the next one; the
		// RS CSV has it for activity → output steps too
		g.next = add(fieldSpec{l: lbOcNext, valueNext: true})
		groups = append(groups, g)
	}
	return newFieldSet(specs), groups
}

// ocNode is a node being built, with where its parts were printed.
type ocNode struct {
	node    outcome.Node
	pos     sheettext.Pos // kind heading of the first block printing it
	textPos sheettext.Pos
	namePos sheettext.Pos
	rows    ocRowPos
	noTable bool // an indicator named without its table
}

// ocBox is one box of the overview.
type ocBox struct {
	id   int
	kind outcome.Kind
	text string
	pos  sheettext.Pos
	bad  bool // number and label disagree (reported); the box is ignored
	// beside: the box is one of a row of boxes whose text lines were
	// printed side by side (ocheads.go: sideBySide); its text may hold
	// lines of the other boxes of the row or lack its own
	beside bool
}

// ocState is the state of one section parse.
type ocState struct {
	p        *parser
	numbered bool // the sheet uses 1xx–5xx numbering
	nodes    map[int]*ocNode
	order    []int // node numbers in order of first block
	paths    [][]int
	pathPos  []sheettext.Pos
	rejected map[int]bool // numbers whose block was rejected (already reported)
	badPath  bool         // a path line was unreadable: boxes may be on it
	links    map[outcome.Edge]*ocLink
	fields   []field  // readBlock's, reused from block to block
	slab     []ocNode // newNode's chunk
	linkSlab []ocLink // newLink's chunk
}

// newLink returns a zero link from a chunk of links, as newNode does for
// nodes.
func (st *ocState) newLink() *ocLink {
	if len(st.linkSlab) == cap(st.linkSlab) {
		st.linkSlab = make([]ocLink, 0, 8)
	}
	st.linkSlab = st.linkSlab[:len(st.linkSlab)+1]
	return &st.linkSlab[len(st.linkSlab)-1]
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
	var starts []int
	for i := 0; i < len(lines); i++ {
		if _, _, ok := matchLabel(lines, i, lbOcPath); ok {
			starts = append(starts, i)
		}
	}
	overview := lines
	if len(starts) > 0 {
		overview = lines[:starts[0]]
	}
	st := &ocState{p: p, nodes: map[int]*ocNode{}, rejected: map[int]bool{}, links: map[outcome.Edge]*ocLink{}}
	boxes := p.parseOcOverview(overview)
	type block struct {
		path  []int
		pos   sheettext.Pos
		lines []sheettext.Line
	}
	var blocks []block
	ids := make([]int, 0, len(boxes)+5*len(starts))
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
	st.paths = make([][]int, 0, len(blocks))
	st.pathPos = make([]sheettext.Pos, 0, len(blocks))
	for i := range boxes {
		b := &boxes[i]
		if k, ok := outcome.KindOfID(b.id); st.numbered && ok && k != b.kind {
			p.errorAt(b.pos, lbOcOverview, ErrConflict, "box %d is labelled %s but its number is that of a %s", b.id, b.kind.Label(), k.Label())
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
	n, rest, _ := matchLabel(lines, i, lbOcPath)
	pos := lines[i+n-1].Pos
	for strings.HasSuffix(rest, "-") && i+n < len(lines) && !strings.Contains(lines[i+n].Text, " ") {
		rest += lines[i+n].Text
		n++
	}
	if rest == "" {
		p.errorAt(pos, lbOcPath, ErrMissing, "no node numbers")
		return nil, n, false
	}
	parts := strings.Split(num.FoldDigits(rest), "-")
	path := make([]int, 0, len(parts))
	for _, s := range parts {
		id, err := strconv.Atoi(s)
		if err != nil || id <= 0 {
			p.errorAt(pos, lbOcPath, ErrSyntax, "%q is not a list of node numbers joined by -", rest)
			return nil, n, false
		}
		path = append(path, id)
	}
	return path, n, true
}

// parseOcOverview reads 活動・成果目標等のつながり: the column header, then
// boxes "305: 短期アウトカム" each followed by its text.
func (p *parser) parseOcOverview(lines []sheettext.Line) []ocBox {
	if len(lines) > 0 && lines[0].Text == ocColumns {
		// layout text: the column header beside the section heading
		// comes before the label
		lines = lines[1:]
	}
	if len(lines) == 0 {
		return nil
	}
	n, rest, ok := matchLabel(lines, 0, lbOcOverview)
	if !ok {
		p.errorAt(lines[0].Pos, lbOcOverview, ErrMissing, "expected %s before the first path, found %q", lbOcOverview, lines[0].Text)
		n = 0
	} else if rest != "" {
		p.errorAt(lines[0].Pos, lbOcOverview, ErrLayout, "unexpected text %q", rest)
	}
	lines = lines[n:]
	if len(lines) > 0 && lines[0].Text == ocColumns {
		lines = lines[1:]
	} else if kindColumnAt(lines) {
		lines = lines[len(ocKindLabels):] // a kind a line (ocheads.go)
	}
	var boxes []ocBox
	var text []sheettext.Line
	flush := func() {
		if len(boxes) > 0 {
			boxes[len(boxes)-1].text = sheettext.JoinWrapped(text)
		}
		text = text[:0]
	}
	split := false // a heading printed on two lines (ocheads.go)
	row := 0       // first box of the row of boxes being read
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if ln.Break {
			row = len(boxes) // a blank line ends a row of boxes
		}
		id, kind, ok := ocBoxHead(ln.Text)
		if !ok && i+1 < len(lines) {
			if head, two := splitBoxHead(ln.Text, lines[i+1].Text); two {
				id, kind, ok = ocBoxHead(head)
				split, i = true, i+1
			}
		}
		if ok {
			flush()
			boxes = append(boxes, ocBox{id: id, kind: kind, pos: ln.Pos})
			continue
		}
		if len(boxes) == 0 {
			p.errorAt(ln.Pos, lbOcOverview, ErrLayout, "unexpected text %q before the first box", ln.Text)
			continue
		}
		if sideBySide(p.src, ln.Pos) {
			for k := row; k < len(boxes); k++ {
				boxes[k].beside = true
			}
		}
		text = append(text, ln)
	}
	flush()
	if split {
		for _, b := range boxes {
			p.warnAt(b.pos, lbOcOverview, "outcome.nodes", WarnUnsplitCell,
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
	for _, k := range ocKindLabels {
		if _, rest, ok := matchLabel([]sheettext.Line{{Text: sheettext.TrimSpace(lab)}}, 0, k.l); ok && rest == "" {
			return id, k.kind, true
		}
	}
	return 0, "", false
}

// readBlock reads the block of one path: one group of labels per kind
// printed, matched with the path's numbers by position. A path may hold
// two nodes of one kind (401 → 402: the RS data chains outcomes of one
// term): the block then prints the kind's group again, and a heading of
// a kind not after the one before starts a new run of groups.
func (st *ocState) readBlock(path []int, pathPos sheettext.Pos, lines []sheettext.Line) {
	segs := splitKindRuns(lines)
	k, printed := 0, 0
	for _, seg := range segs {
		printed += st.readRun(path, &k, seg)
	}
	if printed != len(path) {
		st.p.errorAt(pathPos, lbOcPath, ErrLayout, "path %s has %d nodes but its block prints %d", joinPath(path), len(path), printed)
	}
}

// ocHeading returns the level of the kind heading on ln (1 アクティビティ …
// 5 長期アウトカム), or 0.
func ocHeading(ln sheettext.Line) int {
	if ocKindSet.candidates(ln.Text) == 0 {
		return 0
	}
	for _, kl := range ocKindLabels {
		if _, rest, ok := matchLabel([]sheettext.Line{ln}, 0, kl.l); ok {
			if rest == "" || rest == string(lbOcObjective) || rest == string(lbOcGoal) || strings.HasPrefix(rest, string(lbOcGoal)+" ") ||
				strings.HasPrefix(rest, string(lbOcObjective)+" ") || kl.kind == outcome.KindActivity {
				return kl.kind.Level()
			}
		}
	}
	return 0
}

// splitKindRuns cuts a path block where a kind heading does not come
// after the heading before it (a second node of one kind, or a kind of
// a lower level): each run prints each kind at most once.
func splitKindRuns(lines []sheettext.Line) [][]sheettext.Line {
	ocKindSet.compile()
	var out [][]sheettext.Line
	start, last := 0, 0
	for i, ln := range lines {
		lv := ocHeading(ln)
		if lv == 0 || afterNextLabel(lines, i) {
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
	for k := 1; k <= maxLabelLines && i-k >= 0; k++ {
		if n, rest, ok := matchLabel(lines, i-k, lbOcNext); ok && n == k && rest == "" {
			return true
		}
	}
	return false
}

// readRun reads one run of kind groups of a path block, matching them
// with the path's numbers from *k on; it returns how many it printed.
func (st *ocState) readRun(path []int, k *int, lines []sheettext.Line) int {
	p := st.p
	fs, lead := readFieldsInto(st.fields, lines, ocSpecs)
	st.fields = fs // the fields are read before the next block reuses them
	for _, l := range lead {
		p.errorAt(l.Pos, lbOcPath, ErrLayout, "unexpected text %q before the first node", l.Text)
	}
	var buf [8]ocGroup // more than there are kinds: printed stays on the stack
	printed := buf[:0]
	for _, g := range ocGroups {
		if fs[g.head].found() {
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
		head := &fs[g.head]
		if kd, ok := outcome.KindOfID(id); st.numbered && ok && kd != g.kind {
			p.errorAt(head.pos, ocKindLabels[g.kind.Level()-1].l, ErrConflict,
				"node %d of path %s is printed as %s but its number is that of a %s", id, joinPath(path), g.kind.Label(), kd.Label())
			st.rejected[id] = true
			continue
		}
		n := st.readNode(id, g, fs)
		var next *outcome.Edge
		if i+1 < len(path) {
			next = &outcome.Edge{From: id, To: path[i+1]}
		}
		st.readLink(&fs[g.next], next)
		st.merge(n)
	}
	return len(printed)
}

// readNode builds the node of one kind group.
func (st *ocState) readNode(id int, g ocGroup, fs []field) *ocNode {
	p := st.p
	head := &fs[g.head]
	n := st.newNode()
	*n = ocNode{node: outcome.Node{ID: id, Kind: g.kind}, pos: head.pos}
	if g.kind == outcome.KindActivity {
		n.node.Text = sheettext.TrimSpace(sheettext.JoinWrapped(head.content()))
		n.textPos = head.firstPos()
		if n.node.Text == "" {
			p.errorAt(head.pos, lbOcActivity, ErrMissing, "node %d: no アクティビティ text", id)
		}
		return n
	}
	if c := head.content(); len(c) > 0 {
		p.errorAt(c[0].Pos, head.spec.l, ErrLayout, "unexpected text %q after the heading", c[0].Text)
	}
	goal, measure := &fs[g.goal], &fs[g.measure]
	if !goal.found() {
		p.errorAt(head.pos, goal.spec.l, ErrMissing, "node %d: label not found", id)
	} else {
		n.node.Text = sheettext.TrimSpace(sheettext.JoinWrapped(goal.content()))
		n.textPos = goal.firstPos()
		if n.node.Text == "" {
			p.errorAt(goal.pos, goal.spec.l, ErrMissing, "node %d: no value", id)
		}
	}
	qual := []struct {
		field int
		dst   **string
	}{
		{g.qualRes, &n.node.QualitativeResult},
		{g.source, &n.node.DataSource},
		{g.qualWhy, &n.node.QualitativeReason},
		{g.oneStage, &n.node.SingleStageReason},
	}
	for _, q := range qual {
		f, dst := &fs[q.field], q.dst
		if !f.found() {
			p.errorAt(head.pos, f.spec.l, ErrMissing, "node %d: label not found", id)
			continue
		}
		*dst = noneText(p.textField(f))
	}
	var name *string
	if !measure.found() {
		p.errorAt(head.pos, measure.spec.l, ErrMissing, "node %d: label not found", id)
	} else {
		name = noneText(p.textField(measure))
		n.namePos = measure.firstPos()
	}
	table := &fs[g.table]
	switch {
	case table.found():
		ind := p.parseOcTable(table, g.kind, &n.rows)
		if name == nil {
			p.errorAt(table.pos, lbOcTable, ErrLayout, "node %d: a table for an indicator printed as -", id)
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
	text := noneText(st.p.textField(f))
	if next == nil {
		if text != nil {
			st.p.errorAt(f.pos, lbOcNext, ErrLayout, "text after the last node of the path: %q", *text)
		}
		return
	}
	if old, ok := st.links[*next]; ok {
		if !samePtr(old.text, text) {
			st.p.errorAt(f.pos, lbOcNext, ErrConflict, "step %d→%d: differs from line %d", next.From, next.To, st.p.file.Line(old.pos))
		}
		return
	}
	l := st.newLink()
	*l = ocLink{text: text, pos: f.firstPos()}
	st.links[*next] = l
}

// merge adds n, or compares it with the node of the same number read
// from an earlier block: the first is kept, a difference is ErrConflict
// reported at the later block with the line of the earlier one.
func (st *ocState) merge(n *ocNode) {
	old, ok := st.nodes[n.node.ID]
	if !ok {
		st.nodes[n.node.ID] = n
		st.order = append(st.order, n.node.ID)
		return
	}
	a, b := &old.node, &n.node
	diff := func(l label, same bool) {
		if !same {
			st.p.errorAt(n.pos, l, ErrConflict, "node %d differs from its block at line %d", b.ID, st.p.file.Line(old.pos))
		}
	}
	goal, ind := lbOcObjective, lbOcMeasure
	switch b.Kind {
	case outcome.KindActivity:
		goal = lbOcActivity
	case outcome.KindOutput:
		goal, ind = lbOcGoal, lbOcIndicator
	}
	diff(goal, a.Text == b.Text)
	diff(ind, a.Indicator.Equal(b.Indicator))
	diff(lbOcQualRes, samePtr(a.QualitativeResult, b.QualitativeResult))
	diff(lbOcSource, samePtr(a.DataSource, b.DataSource))
	diff(lbOcQualWhy, samePtr(a.QualitativeReason, b.QualitativeReason))
	diff(lbOcOneStage, samePtr(a.SingleStageReason, b.SingleStageReason))
}

// addBoxes merges the overview into the nodes: a box confirms a node's
// kind and keeps its text as BoxText when that is not the node's text or
// a cut ("…") version of it; a box no block prints becomes a node of its
// own (Validate then reports it as off every path).
func (st *ocState) addBoxes(boxes []ocBox) {
	seen := map[int]sheettext.Pos{}
	for _, b := range boxes {
		if at, dup := seen[b.id]; dup {
			st.p.errorAt(b.pos, lbOcOverview, ErrConflict, "box %d printed twice (first at line %d)", b.id, st.p.file.Line(at))
			continue
		}
		seen[b.id] = b.pos
		if b.bad || st.rejected[b.id] {
			continue
		}
		n, ok := st.nodes[b.id]
		if !ok {
			st.nodes[b.id] = &ocNode{node: outcome.Node{ID: b.id, Kind: b.kind, Text: b.text}, pos: b.pos, textPos: b.pos}
			st.order = append(st.order, b.id)
			continue
		}
		if n.node.Kind != b.kind {
			st.p.errorAt(b.pos, lbOcOverview, ErrConflict, "box %d is labelled %s, its block at line %d %s", b.id, b.kind.Label(), st.p.file.Line(n.pos), n.node.Kind.Label())
			continue
		}
		if !boxRepeats(b.text, n.node.Text) {
			t := b.text
			n.node.BoxText = &t
			if b.beside {
				st.p.warnAt(b.pos, lbOcOverview, "outcome.nodes", WarnUnsplitCell,
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
		g.Nodes = append(g.Nodes, st.nodes[id].node)
	}
	g.SortNodes()
	g.Paths = append(g.Paths, st.paths...)
	edges := g.Edges()
	g.Links = slices.Grow(g.Links, len(edges))
	for i, e := range edges {
		l := outcome.Link{Edge: e}
		if ol := st.links[e]; ol != nil {
			l.Text = ol.text
			p.markAt(jp("outcome.links", i), ".text", ol.pos)
		}
		g.Links = append(g.Links, l)
	}
	for i := range g.Nodes {
		n := st.nodes[g.Nodes[i].ID]
		path := jp("outcome.nodes", i)
		p.markAt(path, "", n.pos)
		p.markAt(path, ".text", n.textPos)
		if g.Nodes[i].Indicator != nil {
			p.markAt(path, ".indicator.name", n.namePos)
			if n.noTable {
				p.warnAt(n.namePos, lbOcTable, "outcome.nodes["+strconv.Itoa(i)+"].indicator", WarnNoTable,
					"node %d: indicator %q without its table (no figures)", n.node.ID, n.node.Indicator.Name)
			}
			n.rows.mark(p, path, len(g.Nodes[i].Indicator.Values))
		}
	}
	for i, pos := range st.pathPos {
		p.markAt(jp("outcome.paths", i), "", pos)
	}
	boxPos := map[int]sheettext.Pos{}
	for _, b := range boxes {
		if _, ok := boxPos[b.id]; !ok {
			boxPos[b.id] = b.pos
		}
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
			p.errorAt(st.pathPos[pr.Path], lbOcPath, ErrMissing, "%s", pr.Message)
		case outcome.ProblemOffPath:
			if st.badPath {
				continue // the unreadable path may hold it; that error is reported
			}
			pos := boxPos[pr.Node]
			if n := st.nodes[pr.Node]; n != nil && !pos.IsValid() {
				pos = n.pos
			}
			p.errorAt(pos, lbOcOverview, ErrLayout, "%s", pr.Message)
		default:
			pos := p.endOf(nil)
			if pr.Path >= 0 && pr.Path < len(st.pathPos) {
				pos = st.pathPos[pr.Path]
			} else if n := st.nodes[pr.Node]; n != nil {
				pos = n.pos
			}
			p.errorAt(pos, lbOcPath, ErrLayout, "%s", pr.Message)
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
