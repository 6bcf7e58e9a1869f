package outcome

import (
	"cmp"
	"slices"
	"sort"
)

// Kind is the level of a node in the 効果発現経路, as its JSON name.
type Kind string

// The five levels, in the order a path runs through them.
const (
	KindActivity     Kind = "activity"      // アクティビティ (1xx)
	KindOutput       Kind = "output"        // アウトプット (2xx)
	KindShortOutcome Kind = "short_outcome" // 短期アウトカム (3xx)
	KindMidOutcome   Kind = "mid_outcome"   // 中期アウトカム (4xx)
	KindLongOutcome  Kind = "long_outcome"  // 長期アウトカム (5xx)
)

// Kinds lists the levels in path order.
var Kinds = []Kind{KindActivity, KindOutput, KindShortOutcome, KindMidOutcome, KindLongOutcome}

var kindLabels = map[Kind]string{
	KindActivity:     "アクティビティ",
	KindOutput:       "アウトプット",
	KindShortOutcome: "短期アウトカム",
	KindMidOutcome:   "中期アウトカム",
	KindLongOutcome:  "長期アウトカム",
}

// Level is the position of k in a path: 1 for an activity … 5 for a long
// outcome; 0 for an unknown kind.
func (k Kind) Level() int {
	for i, kk := range Kinds {
		if kk == k {
			return i + 1
		}
	}
	return 0
}

// Label is the sheet's label for k (アクティビティ, …, 長期アウトカム), or ""
// for an unknown kind.
func (k Kind) Label() string { return kindLabels[k] }

// IsOutcome reports whether k is one of the three outcome levels (the
// levels whose table prints 達成率).
func (k Kind) IsOutcome() bool { return k.Level() >= 3 }

// KindOfLabel returns the kind printed as label s (e.g. 短期アウトカム).
func KindOfLabel(s string) (Kind, bool) {
	for k, l := range kindLabels {
		if l == s {
			return k, true
		}
	}
	return "", false
}

// KindOfID returns the kind a node number stands for in the 2025
// numbering scheme, where the hundreds digit is the level (101 is an
// activity, 503 a long outcome). ok is false outside 100–599.
func KindOfID(id int) (Kind, bool) {
	if id < 100 || id > 599 {
		return "", false
	}
	return Kinds[id/100-1], true
}

// LevelNumbered reports whether every id follows the 1xx–5xx scheme.
// Most 2025 sheets number their nodes this way; 2024 sheets and a few
// 2025 ones use small ad-hoc numbers whose kind is known only from the
// label. The scheme is decided per sheet: with ad-hoc numbers a number
// says nothing about the kind.
func LevelNumbered(ids []int) bool {
	if len(ids) == 0 {
		return false
	}
	for _, id := range ids {
		if _, ok := KindOfID(id); !ok {
			return false
		}
	}
	return true
}

// Graph is the 効果発現経路 of one sheet: the numbered boxes (nodes), the
// chains printed as アクティビティからの発現経路 (paths) and the
// 後続アウトカムへのつながり text of each step (links).
type Graph struct {
	// Nodes holds one entry per node number, sorted by number. A node
	// printed in several path blocks is merged into one.
	Nodes []Node `json:"nodes"`
	// Paths are the アクティビティからの発現経路 lines in sheet order, each
	// a list of node numbers (e.g. [101 201 301 401 503]).
	Paths [][]int `json:"paths"`
	// Links holds one entry per distinct edge of the paths, in the order
	// of Edges, with the 後続アウトカムへのつながり text printed for it.
	Links []Link `json:"links"`
	// Overview holds the node numbers in the order the text gives the
	// boxes of the overview (活動・成果目標等のつながり): the reading order
	// of the diagram, which is layout (another extractor or producer
	// reads the same diagram in another order), kept so that the sheet
	// can be printed back as it was (sheetfmt). A box printed twice or
	// rejected is not in it. Nil when the source has no overview (the RS
	// CSVs).
	Overview []int `json:"overview,omitempty"`
}

// Node is one numbered box of the graph.
type Node struct {
	ID   int  `json:"id"`
	Kind Kind `json:"kind"`
	// Text is アクティビティ内容 (activity), 活動目標 (output) or 成果目標
	// (outcomes), wrapped lines joined, as printed in the path block.
	Text string `json:"text"`
	// MoreTexts are further 活動目標／成果目標 of the node: the RS CSV (3-2)
	// lists a node once per goal, and some 2024 nodes have several. The
	// sheet text prints one; nil there.
	MoreTexts []string `json:"more_texts,omitempty"`
	// SourceNumber is the number the RS CSV gives the node when ID is not
	// that number (the CSV importer renumbers graphs whose numbers repeat
	// across kinds); nil when ID is the number as published.
	SourceNumber *int `json:"source_number,omitempty"`
	// GoalType is 成果目標の種類 of the RS CSV (3-1): 定量的 or 定性的; ""
	// for sheet text, which does not print it.
	GoalType string `json:"goal_type,omitempty"`
	// BoxText is the text of the node's box in the overview
	// (活動・成果目標等のつながり) when it says something Text does not: it is
	// nil when the box repeats Text or shortens it with "…".
	BoxText *string `json:"box_text"`
	// Indicator is 活動指標 (output) or 成果指標 (outcomes). It is nil for
	// activities and when the sheet prints the indicator as "-" (a
	// qualitative outcome with no quantitative indicator).
	Indicator *Indicator `json:"indicator"`

	// Qualitative fields of outputs and outcomes; nil when printed as
	// "--" or "-" (and always nil for activities).
	QualitativeResult *string `json:"qualitative_result"`  // 定性的なアウトカムに関する成果実績
	DataSource        *string `json:"data_source"`         // 実績∕目標∕見込みの根拠として用いた統計・データ名（出典）
	QualitativeReason *string `json:"qualitative_reason"`  // 定性的なアウトカム目標を設定している理由
	SingleStageReason *string `json:"single_stage_reason"` // アウトカムを複数段階で設定できない理由
}

// Indicator is 活動指標 or 成果指標 with its table 活動・成果目標と実績.
type Indicator struct {
	Name string `json:"name"`
	// Unit is the text in the parentheses of the row label
	// 当初見込み∕目標値(件): 件, 名, 団体数, 地域, …
	Unit string `json:"unit"`
	// Improvement is which way the indicator improves as the RS CSV (3-1
	// 改善の上向き／下向き) writes it: 上がると良い指標 or 下がると良い指標; ""
	// when unknown (the sheet text does not print it). See Direction.
	Improvement string `json:"improvement,omitempty"`
	// Values holds one entry per year column, in sheet order.
	Values []Value `json:"values"`
}

// Spellings of Indicator.Improvement.
const (
	ImprovesUpward   = "上がると良い指標"
	ImprovesDownward = "下がると良い指標"
)

// Direction returns the indicator's direction; ok is false when the
// source does not say (or says something else, kept as printed).
func (ind *Indicator) Direction() (d Direction, ok bool) {
	switch ind.Improvement {
	case ImprovesUpward:
		return Upward, true
	case ImprovesDownward:
		return Downward, true
	}
	return Upward, false
}

// Value is one year column of an indicator table. Numbers are float64 as
// the sheet allows decimals ("99.99") and commas ("20,000"); the raw
// cell text stands beside each. A nil number means the sheet printed "--"
// (or "-"), or, for AchievementRate, that the table has no 達成率 row
// (outputs never have one); the raw text is then "--"/"-" or "".
type Value struct {
	Year int `json:"year"` // 年度
	// IsTargetYear marks the column headed 目標年度.
	IsTargetYear bool `json:"is_target_year"`

	Target             *float64 `json:"target"`               // 当初見込み∕目標値
	TargetRaw          string   `json:"target_raw"`           // as printed
	Actual             *float64 `json:"actual"`               // 活動実績∕成果実績
	ActualRaw          string   `json:"actual_raw"`           // as printed
	AchievementRate    *float64 `json:"achievement_rate"`     // 達成率 (%), as printed
	AchievementRateRaw string   `json:"achievement_rate_raw"` // as printed; "" without a 達成率 row
}

// Edge is one step of a path: From leads to To.
type Edge struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Link is an edge with its 後続アウトカムへのつながり. The sheet prints that
// text in the block of the edge's From node, once per path; it belongs to
// the step, not to the node: the same output may lead to two outcomes
// with two different texts. Text is nil when printed as "-"/"--" or not
// printed (the last node of a path has no such field).
type Link struct {
	Edge
	Text *string `json:"text"`
}

// Node returns the node numbered id, or nil.
func (g *Graph) Node(id int) *Node {
	i := sort.Search(len(g.Nodes), func(i int) bool { return g.Nodes[i].ID >= id })
	if i < len(g.Nodes) && g.Nodes[i].ID == id {
		return &g.Nodes[i]
	}
	for i := range g.Nodes { // not sorted: fall back to a scan
		if g.Nodes[i].ID == id {
			return &g.Nodes[i]
		}
	}
	return nil
}

// Edges returns the consecutive pairs of all paths, without duplicates,
// in the order they first occur.
func (g *Graph) Edges() []Edge {
	n := 0 // the steps of the paths: room for every edge, allocated once
	for _, p := range g.Paths {
		n += max(len(p)-1, 0)
	}
	if n == 0 {
		return nil
	}
	return g.appendEdges(make([]Edge, 0, n))
}

// appendEdges appends the edges to out (empty), as Edges returns them.
func (g *Graph) appendEdges(out []Edge) []Edge {
	var seen map[Edge]bool // once the list is long; a short one is searched
	for _, p := range g.Paths {
		for i := 1; i < len(p); i++ {
			e := Edge{p[i-1], p[i]}
			switch {
			case seen != nil:
				if seen[e] {
					continue
				}
				seen[e] = true
			case slices.Contains(out, e):
				continue
			case len(out) == edgeSearchMax:
				seen = make(map[Edge]bool, 2*edgeSearchMax)
				for _, x := range out {
					seen[x] = true
				}
				seen[e] = true
			}
			out = append(out, e)
		}
	}
	return out
}

// edgeSearchMax is how many edges Edges searches linearly before it
// switches to a map (a sheet has about 20).
const edgeSearchMax = 64

// Link returns the link for edge e, or nil.
func (g *Graph) Link(e Edge) *Link {
	for i := range g.Links {
		if g.Links[i].Edge == e {
			return &g.Links[i]
		}
	}
	return nil
}

// SortNodes orders Nodes by number.
func (g *Graph) SortNodes() {
	slices.SortStableFunc(g.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
}

// Equal reports whether two indicators say the same: name, unit,
// direction and every value, numbers compared by value and raw texts
// exactly. A nil Indicator equals only nil. (The parser compares the
// blocks of one node with it; reflect.DeepEqual gives the same answer,
// slower.)
func (ind *Indicator) Equal(o *Indicator) bool {
	if ind == nil || o == nil {
		return ind == o
	}
	if ind.Name != o.Name || ind.Unit != o.Unit || ind.Improvement != o.Improvement || len(ind.Values) != len(o.Values) {
		return false
	}
	for i := range ind.Values {
		a, b := &ind.Values[i], &o.Values[i]
		if a.Year != b.Year || a.IsTargetYear != b.IsTargetYear || a.TargetRaw != b.TargetRaw || a.ActualRaw != b.ActualRaw ||
			a.AchievementRateRaw != b.AchievementRateRaw || !sameFloat(a.Target, b.Target) || !sameFloat(a.Actual, b.Actual) ||
			!sameFloat(a.AchievementRate, b.AchievementRate) {
			return false
		}
	}
	return true
}

func sameFloat(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
