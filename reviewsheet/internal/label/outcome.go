package label

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
)

// Labels of the 効果発現経路 section.
const (
	OcOverview  Label = "活動・成果目標等のつながり"
	OcPath      Label = "アクティビティからの発現経路"
	OcActivity  Label = "アクティビティ"
	OcOutput    Label = "アウトプット"
	OcShort     Label = "短期アウトカム"
	OcMid       Label = "中期アウトカム"
	OcLong      Label = "長期アウトカム"
	OcGoal      Label = "活動目標"
	OcIndicator Label = "活動指標"
	OcObjective Label = "成果目標"
	OcMeasure   Label = "成果指標"
	OcQualRes   Label = "定性的なアウトカムに関する成果実績"
	OcSource    Label = "実績∕目標∕見込みの根拠として用いた統計・データ名（出典）"
	OcQualWhy   Label = "定性的なアウトカム目標を設定している理由"
	OcOneStage  Label = "アウトカムを複数段階で設定できない理由"
	OcTable     Label = "活動・成果目標と実績"
	OcNext      Label = "後続アウトカムへのつながり"

	// OcColumns is the column header of the overview.
	OcColumns = "アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム"
)

// OcKindLabels maps each kind to its heading, in path order.
var OcKindLabels = []struct {
	Kind outcome.Kind
	L    Label
}{
	{outcome.KindActivity, OcActivity},
	{outcome.KindOutput, OcOutput},
	{outcome.KindShortOutcome, OcShort},
	{outcome.KindMidOutcome, OcMid},
	{outcome.KindLongOutcome, OcLong},
}

// OcKindSet holds the kind headings, to find one out of place.
var OcKindSet = func() *Set {
	specs := make([]Spec, len(OcKindLabels))
	for i, k := range OcKindLabels {
		specs[i].L = k.L
	}
	return NewSet(specs)
}()

// OcGroup says where each field of one kind's group is in OcSpecs (and
// so in the fields readFieldsInto returns): every field is addressed by
// name, set by buildOcSpecs from the label it appends; a field the kind
// does not print is -1 (an activity has no goal, indicator or table).
type OcGroup struct {
	Kind     outcome.Kind
	Head     int // the kind heading (アクティビティ, アウトプット, …)
	Goal     int // 活動目標 (output) or 成果目標 (outcome)
	Measure  int // 活動指標 or 成果指標
	QualRes  int // 定性的なアウトカムに関する成果実績
	Source   int // 実績∕目標∕見込みの根拠として用いた統計・データ名（出典）
	QualWhy  int // 定性的なアウトカム目標を設定している理由
	OneStage int // アウトカムを複数段階で設定できない理由
	Table    int // 活動・成果目標と実績
	Next     int // 後続アウトカムへのつながり
}

// OcSpecs are the labels of one path block, kind after kind; OcGroups
// indexes them. A block prints a subset of the kinds, in this order.
var OcSpecs, OcGroups = buildOcSpecs()

func buildOcSpecs() (*Set, []OcGroup) {
	var specs []Spec
	var groups []OcGroup
	// add appends a field and returns its index
	add := func(f Spec) int {
		specs = append(specs, f)
		return len(specs) - 1
	}
	for _, k := range OcKindLabels {
		g := OcGroup{Kind: k.Kind, Goal: -1, Measure: -1, QualRes: -1, Source: -1, QualWhy: -1, OneStage: -1, Table: -1}
		g.Head = add(Spec{L: k.L})
		switch k.Kind {
		case outcome.KindActivity:
		case outcome.KindOutput:
			g.Goal = add(Spec{L: OcGoal, Inline: true})
			g.Measure = add(Spec{L: OcIndicator, Inline: true})
		default:
			g.Goal = add(Spec{L: OcObjective, Inline: true})
			g.Measure = add(Spec{L: OcMeasure, Inline: true})
		}
		if k.Kind != outcome.KindActivity {
			g.QualRes = add(Spec{L: OcQualRes})
			g.Source = add(Spec{L: OcSource})
			g.QualWhy = add(Spec{L: OcQualWhy})
			g.OneStage = add(Spec{L: OcOneStage})
			g.Table = add(Spec{L: OcTable})
		}
		// every node may print the text of its step to the next one; the
		// RS CSV has it for activity → output steps too
		g.Next = add(Spec{L: OcNext, ValueNext: true})
		groups = append(groups, g)
	}
	return NewSet(specs), groups
}

// OcHeading returns the level of the kind heading on ln (1 アクティビティ …
// 5 長期アウトカム), or 0.
//
// Only the kinds whose spellings may start the line (MatchCandidates;
// OcKindSet spells each kind as Match does) are matched, in order.
func OcHeading(ln sheettext.Line) int {
	OcKindSet.Compile()
	return ocHeading(ln, OcKindSet.MatchCandidates(ln.Text))
}

// NextOcHeading returns the first index k ≥ i of lines at which
// OcHeading(lines[k]) is not 0, and that level; len(lines) and 0 when
// there is none. The lines no kind may start are passed over by
// NextCandidate (a path block is mostly the text of its nodes).
func NextOcHeading(lines []sheettext.Line, i int) (k, level int) {
	OcKindSet.Compile()
	for ; ; i++ {
		var m uint64
		if i, m = OcKindSet.NextCandidate(lines, i, OcKindSet.all); m == 0 {
			return len(lines), 0
		}
		if lv := ocHeading(lines[i], m); lv != 0 {
			return i, lv
		}
	}
}

// OcKindOf returns the kind whose heading spells all of text (as Match
// reads it on one line, nothing after it), in OcKindLabels order; ok is
// false when none does. Only the kinds whose spellings may start text
// are matched.
func OcKindOf(text string) (kind outcome.Kind, ok bool) {
	OcKindSet.Compile()
	one := [1]sheettext.Line{{Text: text}}
	for m := OcKindSet.MatchCandidates(text); m != 0; {
		j := NextSpec(&m)
		if _, rest, ok := OcKindSet.Match(one[:], 0, j); ok && rest == "" {
			return OcKindLabels[j].Kind, true
		}
	}
	return "", false
}

// ocHeading is OcHeading of ln with the candidate kinds m.
func ocHeading(ln sheettext.Line, m uint64) int {
	one := [1]sheettext.Line{ln}
	for m != 0 {
		j := NextSpec(&m)
		kl := OcKindLabels[j]
		if _, rest, ok := OcKindSet.Match(one[:], 0, j); ok {
			if rest == "" || rest == string(OcObjective) || rest == string(OcGoal) || strings.HasPrefix(rest, string(OcGoal)+" ") ||
				strings.HasPrefix(rest, string(OcObjective)+" ") || kl.Kind == outcome.KindActivity {
				return kl.Kind.Level()
			}
		}
	}
	return 0
}

// Labels of the table 活動・成果目標と実績. Row labels carry the unit in
// parentheses: 当初見込み∕目標値(件).
const (
	OcRowTarget Label = "当初見込み∕目標値"
	OcRowActual Label = "活動実績∕成果実績"
	OcRowRate   Label = "達成率"
	OcTargetYr  Label = "目標年度"
)

// OcRow is a row of the table, in sheet order.
type OcRow int

const (
	OcTargetRow OcRow = iota // 当初見込み∕目標値
	OcActualRow              // 活動実績∕成果実績
	OcRateRow                // 達成率 (outcomes only)
	OcRowCount
)

// OcRows are the table's row labels, indexed by OcRow.
var OcRows = [OcRowCount]Label{OcTargetRow: OcRowTarget, OcActualRow: OcRowActual, OcRateRow: OcRowRate}

// maxRowLabelLines bounds how many lines a row label with a long unit
// may wrap over.
const maxRowLabelLines = 3

// OcRowLabel reports which row starts at lines[0] and how many lines its
// label (with the unit's closing parenthesis) spans.
func OcRowLabel(lines []sheettext.Line) (k OcRow, n int, ok bool) {
	for i, rl := range OcRows {
		k := OcRow(i)
		for _, sp := range ocSpellings(rl) {
			t := lines[0].Text
			rest, found := Cut(t, sp)
			if !found || !(strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（")) {
				continue
			}
			// the unit may wrap: find the closing parenthesis
			for n = 1; n <= maxRowLabelLines && n <= len(lines); n++ {
				if strings.ContainsAny(rest, ")）") {
					return k, n, true
				}
				if n < len(lines) {
					rest += lines[n].Text
				}
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// OcSplitUnit splits "当初見込み∕目標値(件) 1 1 1" into the unit "件" and
// the cells "1 1 1".
func OcSplitUnit(row string, rl Label) (unit, rest string) {
	for _, sp := range ocSpellings(rl) {
		if r, ok := Cut(row, sp); ok {
			row = r
			break
		}
	}
	open := "("
	if strings.HasPrefix(row, "（") {
		open = "（"
	}
	row = strings.TrimPrefix(row, open)
	end := strings.IndexAny(row, ")）")
	if end < 0 {
		return sheettext.TrimSpace(row), ""
	}
	closeLen := 1
	if strings.HasPrefix(row[end:], "）") {
		closeLen = len("）")
	}
	return sheettext.TrimSpace(row[:end]), sheettext.TrimSpace(row[end+closeLen:])
}

// ocRowSpellings holds every spelling of the row labels.
var ocRowSpellings = func() map[Label][]string {
	m := make(map[Label][]string, len(OcRows))
	for _, rl := range OcRows {
		m[rl] = append([]string{string(rl)}, AltSpellings(rl)...)
	}
	return m
}()

// ocSpellings returns the canonical and alternate spellings of a row label.
func ocSpellings(rl Label) []string {
	if sp, ok := ocRowSpellings[rl]; ok {
		return sp
	}
	return append([]string{string(rl)}, AltSpellings(rl)...)
}
