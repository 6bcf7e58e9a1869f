package reviewsheet

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

const (
	outcomeGolden  = "../testdata/outcome/rs2025-006423.outcome.json"
	badPathVariant = "../testdata/outcome/rs2025-006423.badpath.txt"
)

// parseOcSection runs the outcome parser alone over text, which stands
// for the lines after the 効果発現経路 heading.
func parseOcSection(t testing.TB, text string) (*outcome.Graph, ErrorList, *Source) {
	t.Helper()
	file, lines := sheettext.Scan("oc.txt", []byte(text))
	p := &parser{file: file, lines: lines, sheet: &Sheet{}}
	p.sheet.Source = newSource(file)
	p.parseOutcome(&section{label: label.SecOutcome, lines: lines})
	require.NotNil(t, p.sheet.Outcome)
	return p.sheet.Outcome, p.errorList(), p.sheet.Source
}

func TestOutcomeSample(t *testing.T) {
	s := parseFile(t, samplePath)
	g := s.Outcome
	require.NotNil(t, g)
	assert.Len(t, g.Nodes, 21)
	assert.Len(t, g.Paths, 7)
	assert.Len(t, g.Edges(), 20)
	assert.Len(t, g.Links, 20)
	assert.Empty(t, g.Validate())
	assert.Equal(t, [][]int{
		{101, 201, 301, 401, 503}, {102, 202, 302, 402, 501}, {102, 202, 303, 403, 503},
		{103, 203, 304}, {103, 203, 305, 404, 503}, {104, 204, 306, 404, 503}, {104, 204, 306, 502},
	}, g.Paths)

	n302 := g.Node(302)
	require.NotNil(t, n302)
	assert.Equal(t, outcome.KindShortOutcome, n302.Kind)
	assert.Equal(t, "孤独・孤立対策官民連携プラットフォームにおいて、孤独・孤立対策に係る課題等について、会員の参画による活動を行う。【旧アウトカム】", n302.Text)
	require.NotNil(t, n302.Indicator)
	assert.Equal(t, "孤独・孤立対策官民連携プラットフォームでのシンポジウム等での平均事前登録者数", n302.Indicator.Name)
	assert.Equal(t, "名", n302.Indicator.Unit)
	assert.Equal(t, []outcome.Value{
		{Year: 2024, Target: f64(500), TargetRaw: "500", Actual: f64(742), ActualRaw: "742", AchievementRate: f64(148.4), AchievementRateRaw: "148.4"},
		{Year: 2025, IsTargetYear: true, Target: f64(500), TargetRaw: "500", ActualRaw: "--", AchievementRateRaw: "--"},
	}, n302.Indicator.Values)
	assert.Nil(t, n302.DataSource, "printed as -")

	n402 := g.Node(402)
	require.NotNil(t, n402)
	require.Len(t, n402.Indicator.Values, 4)
	v := n402.Indicator.Values[3]
	assert.Equal(t, 2026, v.Year)
	assert.Equal(t, 700.0, *v.Target)
	assert.True(t, v.IsTargetYear)
	assert.Equal(t, "団体数", n402.Indicator.Unit)
	assert.Equal(t, "「孤独・孤立対策官民連携プラットフォーム」の加入状況に基づく。", *n402.DataSource)

	// units of every indicator, as printed in the row labels
	units := map[int]string{}
	for _, n := range g.Nodes {
		if n.Indicator != nil {
			units[n.ID] = n.Indicator.Unit
		}
	}
	assert.Equal(t, map[int]string{201: "件", 202: "件", 203: "件", 204: "件", 302: "名", 304: "地域", 305: "地域", 306: "団体", 402: "団体数"}, units)

	// outputs have no 達成率 row; qualitative outcomes have no indicator
	assert.Nil(t, g.Node(201).Indicator.Values[0].AchievementRate)
	assert.Equal(t, "", g.Node(201).Indicator.Values[0].AchievementRateRaw)
	assert.Nil(t, g.Node(301).Indicator)
	assert.Equal(t, "調査結果公表により現状を明らかにすることが、定量的な評価になじまないため", *g.Node(301).QualitativeReason)
	// activities carry text only
	assert.Equal(t, outcome.Node{ID: 104, Kind: outcome.KindActivity, Text: "孤独・孤立対策担い手育成支援事業"}, *g.Node(104))
	// the box of 503 is cut with …: the block's full text wins
	assert.True(t, strings.HasSuffix(g.Node(503).Text, "安心できる社会を実現する。"))
	assert.Nil(t, g.Node(503).BoxText)

	// 後続アウトカムへのつながり belongs to the step: 202 leads on with "-" to 302 and with text to 303
	assert.Nil(t, g.Link(outcome.Edge{From: 202, To: 302}).Text)
	assert.True(t, strings.HasPrefix(*g.Link(outcome.Edge{From: 202, To: 303}).Text, "全国の自治体及びNPO等支援団体が"))
	assert.Equal(t, "調査結果を公表する。", *g.Link(outcome.Edge{From: 201, To: 301}).Text)
}

// TestOutcomeSource: figures point at the lines they were printed on.
func TestOutcomeSource(t *testing.T) {
	s := parseFile(t, samplePath)
	i302 := nodeIndex(t, s.Outcome, 302)
	i402 := nodeIndex(t, s.Outcome, 402)
	tests := []struct {
		path string
		line int
	}{
		{"outcome.paths[0]", 334},
		{"outcome.paths[6]", 1210},
		{"outcome.nodes[" + itoa(i302) + "]", 523},
		{"outcome.nodes[" + itoa(i302) + "].text", 526},
		{"outcome.nodes[" + itoa(i302) + "].indicator.name", 531},
		{"outcome.nodes[" + itoa(i302) + "].indicator.values[0].target", 559},
		{"outcome.nodes[" + itoa(i302) + "].indicator.values[0].actual", 561},
		{"outcome.nodes[" + itoa(i302) + "].indicator.values[0].achievement_rate", 563},
		{"outcome.nodes[" + itoa(i402) + "].indicator.values[3].target", 604},
		{"outcome.links[1].text", 371},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.line, s.Source.Line(tt.path), tt.path)
	}
}

func nodeIndex(t *testing.T, g *outcome.Graph, id int) int {
	t.Helper()
	for i := range g.Nodes {
		if g.Nodes[i].ID == id {
			return i
		}
	}
	t.Fatalf("no node %d", id)
	return -1
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestOutcomeVariants: BOM/CRLF, form-feed and no-blank-line extractions
// give the same graph.
func TestOutcomeVariants(t *testing.T) {
	want := parseFile(t, samplePath).Outcome
	for _, path := range variantPaths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			assert.Equal(t, want, parseFile(t, path).Outcome)
		})
	}
}

// TestOutcomeGolden compares the sample's graph with its JSON golden.
// Regenerate with: go test ./reviewsheet -run OutcomeGolden -update
func TestOutcomeGolden(t *testing.T) {
	got := toJSON(t, parseFile(t, samplePath).Outcome)
	if *update {
		require.NoError(t, os.WriteFile(outcomeGolden, got, 0o644))
	}
	assert.Equal(t, string(readFile(t, outcomeGolden)), string(got), "golden differs; if intended, run with -update")
}

// TestOutcomeBadPath: the hand-made variant adds a path 104-204-402 whose
// third block is labelled 短期アウトカム: the number contradicts the label.
func TestOutcomeBadPath(t *testing.T) {
	p := Parser{Name: "badpath.txt", Lenient: true}
	s, err := p.ParseBytes(readFile(t, badPathVariant))
	require.Error(t, err)
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 1, "%v", list)
	e := list[0]
	assert.ErrorIs(t, e, ErrConflict)
	assert.Equal(t, 1370, e.Line)
	assert.Equal(t, "短期アウトカム", e.Label)
	assert.Equal(t, "badpath.txt:1370:1: 短期アウトカム: node 402 of path 104-204-402 is printed as 短期アウトカム but its number is that of a 中期アウトカム: conflict", e.Error())
	// lenient: the rest of the graph is kept, 402 keeps its real block
	g := s.Outcome
	assert.Len(t, g.Paths, 8)
	assert.Equal(t, []int{104, 204, 402}, g.Paths[7])
	assert.Len(t, g.Nodes, 21)
	assert.Equal(t, outcome.KindMidOutcome, g.Node(402).Kind)
	assert.Len(t, g.Edges(), 21) // 104→204 is already a step; 204→402 is new
	// strict: no sheet
	_, err = (&Parser{Name: "badpath.txt"}).ParseBytes(readFile(t, badPathVariant))
	require.ErrorIs(t, err, ErrConflict)
}

// ocBlock is a minimal path block; {{...}} parts are replaced per test.
const ocMini = `活動・成果目標等のつながり
アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム
101: アクティビティ
調査
201: アウトプット
調査の実施
301: 短期アウトカム
公表
アクティビティからの発現経路 101-201-301
アクティビティ 調査
アウトプット 活動目標 調査の実施 活動指標 実施件数
定性的なアウトカムに
関する成果実績
--
実績∕目標∕見込みの
根拠として用いた統
計・データ名（出典）
--
定性的なアウトカム目
標を設定している理由
--
アウトカムを複数段階
で設定できない理由
--
活動・成果目標
と実績
2023年度 2024年度
当初見込み∕目標値(件) 1 1
活動実績∕成果実績(件) 1 1
後続アウトカム
へのつながり
公表する。
短期アウトカム 成果目標
公表
成果指標 閲覧数
定性的なアウトカムに
関する成果実績
--
実績/目標/見込みの
根拠として用いた統
計・データ名（出典）
アクセスログ
定性的なアウトカム目
標を設定している理由
--
アウトカムを複数段階
で設定できない理由
-
活動・成果目標
と実績
{{HEADER}}
当初見込み∕目標値(回) {{TARGETS}}
活動実績∕成果実績(回) {{ACTUALS}}
{{RATES}}
`

func ocMiniWith(kv ...string) string {
	s := ocMini
	defaults := map[string]string{"{{HEADER}}": "2023年度 目標年度\n2024年度", "{{TARGETS}}": "1,000 1,200.5", "{{ACTUALS}}": "1,100 --", "{{RATES}}": "達成率(%) 110 --"}
	for i := 0; i+1 < len(kv); i += 2 {
		defaults[kv[i]] = kv[i+1]
	}
	for k, v := range defaults {
		s = strings.ReplaceAll(s, k, v)
	}
	return s
}

func TestOutcomeMini(t *testing.T) {
	g, errs, _ := parseOcSection(t, ocMiniWith())
	require.Empty(t, errs)
	require.Len(t, g.Nodes, 3)
	n := g.Node(301)
	assert.Equal(t, "アクセスログ", *n.DataSource, "alternate spelling with /")
	assert.Nil(t, n.SingleStageReason, "- is nil")
	assert.Equal(t, &outcome.Indicator{Name: "閲覧数", Unit: "回", Values: []outcome.Value{
		{Year: 2023, Target: f64(1000), TargetRaw: "1,000", Actual: f64(1100), ActualRaw: "1,100", AchievementRate: f64(110), AchievementRateRaw: "110"},
		{Year: 2024, IsTargetYear: true, Target: f64(1200.5), TargetRaw: "1,200.5", ActualRaw: "--", AchievementRateRaw: "--"},
	}}, n.Indicator)
	assert.Equal(t, "実施件数", g.Node(201).Indicator.Name, "inline 活動目標 … 活動指標 …")
	assert.Equal(t, []outcome.Link{{Edge: outcome.Edge{From: 101, To: 201}}, {Edge: outcome.Edge{From: 201, To: 301}, Text: str("公表する。")}}, g.Links)
}

// TestOutcomeErrors: each broken section gives a typed error at its line.
func TestOutcomeErrors(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		sentinel error
		line     int
		label    string
		msg      string
	}{
		{"bad number", ocMiniWith("{{TARGETS}}", "1,000 多数"), ErrSyntax, 53, "当初見込み∕目標値", `2024: "多数" is not a number`},
		{"bad rate", ocMiniWith("{{RATES}}", "達成率(%) 110 x"), ErrSyntax, 55, "達成率", "2024"},
		{"cell count", ocMiniWith("{{ACTUALS}}", "1,100"), ErrLayout, 54, "活動実績∕成果実績", "1 values for 2 years"},
		{"unit conflict", strings.Replace(ocMiniWith(), "活動実績∕成果実績(回)", "活動実績∕成果実績(件)", 1), ErrConflict, 54, "活動実績∕成果実績", "unit (件) differs"},
		{"no rate row", ocMiniWith("{{RATES}}", ""), ErrMissing, 49, "達成率", "outcome"},
		{"target year alone", ocMiniWith("{{HEADER}}", "2023年度 2024年度 目標年度"), ErrLayout, 51, "目標年度", "without the year"},
		{"bad year", ocMiniWith("{{HEADER}}", "2023年度 令和6年度"), ErrSyntax, 51, "活動・成果目標と実績", "not a year"},
		{"unknown row", ocMiniWith("{{RATES}}", "達成率(%) 110 --\n参考値(回) 1 2"), ErrLayout, 56, "活動・成果目標と実績", "unknown row"},
		{"number contradicts box", strings.Replace(ocMiniWith(), "301: 短期アウトカム", "301: 中期アウトカム", 1), ErrConflict, 7, "活動・成果目標等のつながり", "box 301"},
		{"number contradicts block", strings.Replace(ocMiniWith(), "101-201-301", "101-201-401", 1), ErrConflict, 33, "短期アウトカム", "node 401"},
		{"block count", strings.Replace(ocMiniWith(), "101-201-301", "101-201-301-401", 1), ErrLayout, 9, "アクティビティからの発現経路", "4 nodes but its block prints 3"},
		{"bad path", strings.Replace(ocMiniWith(), "101-201-301", "101-201-三〇一", 1), ErrSyntax, 9, "アクティビティからの発現経路", "not a list of node numbers"},
		{"stray text", strings.Replace(ocMiniWith(), "アクティビティ アウトプット 短期", "注記\nアクティビティ アウトプット 短期", 1), ErrLayout, 2, "活動・成果目標等のつながり", "before the first box"},
		{"table without indicator", strings.Replace(ocMiniWith(), "成果指標 閲覧数", "成果指標 -", 1), ErrLayout, 49, "活動・成果目標と実績", "indicator printed as -"},
		{"missing label", strings.Replace(ocMiniWith(), "アウトカムを複数段階\nで設定できない理由\n-\n", "", 1), ErrMissing, 33, "アウトカムを複数段階で設定できない理由", "node 301"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, _ := parseOcSection(t, tt.src)
			require.NotEmpty(t, errs, "want %v", tt.sentinel)
			for _, e := range errs {
				if e.Line == tt.line && e.Label == tt.label && errors.Is(e, tt.sentinel) && strings.Contains(e.Error(), tt.msg) {
					return
				}
			}
			t.Errorf("no %v at line %d (%s) containing %q in:\n%s", tt.sentinel, tt.line, tt.label, tt.msg, errs.Error())
			for _, e := range errs {
				t.Log(e)
			}
		})
	}
}

// TestOutcomeShortRow: a row with fewer cells than years reads none of
// them: which year a printed cell belongs to is not known, so no figure
// is placed by position (Chromium's pdftotext default text printed a
// target 500 as the only 達成率 cell, which read as 500% for 2023).
func TestOutcomeShortRow(t *testing.T) {
	g, errs, _ := parseOcSection(t, ocMiniWith("{{RATES}}", "達成率(%) 110"))
	require.Len(t, errs, 1, "%v", errs)
	assert.Contains(t, errs[0].Error(), "1 values for 2 years")
	for _, v := range g.Node(301).Indicator.Values {
		assert.Nil(t, v.AchievementRate, "%d", v.Year)
		assert.Empty(t, v.AchievementRateRaw, "%d", v.Year)
	}
	assert.Equal(t, f64(1100), g.Node(301).Indicator.Values[0].Actual, "the other rows read")
}

// TestOutcomeMergeBadTable: a node whose table does not read in its first
// block (reported there) takes the table from a later block that prints
// it whole, with no conflict; the first block's error stays.
func TestOutcomeMergeBadTable(t *testing.T) {
	second := strings.SplitN(ocMiniWith(), "アクティビティからの発現経路", 2)[1]
	src := ocMiniWith("{{RATES}}", "達成率(%) 110") + "アクティビティからの発現経路" + second
	g, errs, _ := parseOcSection(t, src)
	require.Len(t, errs, 1, "%v", errs)
	assert.Contains(t, errs[0].Error(), "1 values for 2 years")
	assert.Equal(t, f64(110), g.Node(301).Indicator.Values[0].AchievementRate, "read from the second block")
	assert.Len(t, g.Paths, 2)
}

// TestOutcomeMerge: a node printed differently in two blocks keeps the
// first block and reports both lines; a step's 後続 text likewise.
func TestOutcomeMerge(t *testing.T) {
	second := strings.SplitN(ocMiniWith(), "アクティビティからの発現経路", 2)[1]
	src := ocMiniWith() + "アクティビティからの発現経路" + strings.Replace(strings.Replace(second, "閲覧数", "訪問者数", 1), "公表する。", "広く公表する。", 1)
	g, errs, _ := parseOcSection(t, src)
	require.Len(t, errs, 2, "%v", errs)
	assert.ErrorIs(t, errs[0], ErrConflict)
	assert.Equal(t, "後続アウトカムへのつながり", errs[0].Label)
	assert.Contains(t, errs[0].Error(), "step 201→301: differs from line 32")
	assert.Equal(t, "成果指標", errs[1].Label)
	assert.Contains(t, errs[1].Error(), "node 301 differs from its block at line 33")
	assert.Equal(t, 77, errs[0].Line)
	assert.Equal(t, 80, errs[1].Line)
	assert.Equal(t, "閲覧数", g.Node(301).Indicator.Name, "first block wins")
	assert.Equal(t, "公表する。", *g.Links[1].Text)
	assert.Len(t, g.Paths, 2)
	assert.Len(t, g.Edges(), 2)
}

// TestOutcomeValidation: structural problems become errors at the path
// line or the box.
func TestOutcomeValidation(t *testing.T) {
	t.Run("off path box", func(t *testing.T) {
		src := strings.Replace(ocMiniWith(), "アクティビティからの発現経路", "401: 中期アウトカム\n普及\nアクティビティからの発現経路", 1)
		g, errs, _ := parseOcSection(t, src)
		require.Len(t, errs, 1, "%v", errs)
		assert.Equal(t, 9, errs[0].Line)
		assert.Contains(t, errs[0].Error(), "node 401 is on no path")
		assert.Equal(t, "普及", g.Node(401).Text)
	})
	t.Run("ad hoc numbers", func(t *testing.T) {
		src := strings.NewReplacer("101", "1", "201", "2", "301", "3").Replace(ocMiniWith())
		g, errs, _ := parseOcSection(t, src)
		require.Empty(t, errs)
		assert.Equal(t, outcome.KindShortOutcome, g.Node(3).Kind, "kind from the label")
	})
	t.Run("path from an output", func(t *testing.T) {
		src := strings.NewReplacer("101", "1", "201", "2", "301", "3").Replace(ocMiniWith())
		src = strings.Replace(src, "アクティビティ 調査\nアウトプット", "アウトプット", 1)
		src = strings.Replace(src, "1-2-3", "2-3", 1)
		_, errs, _ := parseOcSection(t, src)
		require.NotEmpty(t, errs)
		var msgs []string
		for _, e := range errs {
			msgs = append(msgs, e.Error())
		}
		assert.Contains(t, strings.Join(msgs, "\n"), "path 1 starts at 2, a アウトプット, not at an activity")
	})
	t.Run("empty section", func(t *testing.T) {
		g, errs, _ := parseOcSection(t, "")
		assert.Empty(t, errs)
		assert.Empty(t, g.Nodes)
	})
}

// BenchmarkParseOutcome measures the outcome section of the sample
// alone (lines 196–1326, about 32 KB).
//
//	go test ./reviewsheet -run '^$' -bench ParseOutcome -benchmem
func BenchmarkParseOutcome(b *testing.B) {
	src := readFile(b, samplePath)
	file, lines := sheettext.Scan("sample", src)
	var sec []sheettext.Line
	for i, l := range lines {
		if l.Text == string(label.SecOutcome) {
			sec = lines[i+1:]
		}
		if l.Text == "事業に関連する" {
			sec = sec[:len(sec)-(len(lines)-i)]
			break
		}
	}
	n := 0
	for _, l := range sec {
		n += len(l.Text) + 1
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		p := &parser{file: file, lines: lines, sheet: &Sheet{}}
		p.sheet.Source = newSource(file)
		p.parseOutcome(&section{label: label.SecOutcome, lines: sec})
		if len(p.diags) > 0 {
			b.Fatal(p.errorList())
		}
	}
}

// TestIndicatorWithoutTable: an indicator named with no table is kept
// with no values and a warning (the RS CSV has such nodes), not an error.
func TestIndicatorWithoutTable(t *testing.T) {
	file, lines := sheettext.Scan("oc.txt", []byte(ocMiniWith()[:strings.LastIndex(ocMiniWith(), "活動・成果目標\nと実績")]))
	p := &parser{file: file, lines: lines, sheet: &Sheet{}}
	p.sheet.Source = newSource(file)
	p.parseOutcome(&section{label: label.SecOutcome, lines: lines})
	require.Empty(t, p.errorList())
	ws := p.warnings()
	require.Len(t, ws, 1)
	assert.Equal(t, WarnNoTable, ws[0].Code)
	assert.Contains(t, ws[0].Message, "閲覧数")
	n := p.sheet.Outcome.Node(301)
	require.NotNil(t, n)
	require.NotNil(t, n.Indicator)
	assert.Equal(t, "閲覧数", n.Indicator.Name)
	assert.Empty(t, n.Indicator.Values)
}
