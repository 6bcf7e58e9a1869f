package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
	"github.com/rsheet/rsheet/spending"
)

var update = flag.Bool("update", false, "rewrite golden files under ../../testdata/report")

const (
	sample       = "../../testdata/rs2025-006423.txt"
	redelegation = "../../testdata/spending/rs2025-006423.redelegation.txt"
)

func parseFile(t *testing.T, name string) *reviewsheet.Sheet {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	s, err := (&reviewsheet.Parser{Name: filepath.Base(name)}).Parse(f)
	require.NoError(t, err)
	return s
}

func render(t *testing.T, s *reviewsheet.Sheet, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Write(&b, s, opt))
	return b.String()
}

var goldenFindings = []audit.Finding{
	{File: "rs2025-006423.txt", Code: "budget-execution-rate", Severity: audit.SeverityInfo, Path: "budget.years[1].execution_rate", Line: 212, Stated: "17.3%", Recomputed: "17.32%", Message: "執行率 within rounding"},
	{File: "rs2025-006423.txt", Code: "spending-one-bidder", Severity: audit.SeverityWarning, Path: "spending.recipients[1].contracts[2].bidders", Line: 1500, Message: "一者応札 <competitive>"},
}

// TestGolden compares whole pages with testdata/report (run with
// -update after an intended change and look at the page).
func TestGolden(t *testing.T) {
	for _, in := range []string{sample, redelegation} {
		s := parseFile(t, in)
		// Fixed findings keep the golden independent of Check's rules.
		opt := Options{Findings: goldenFindings}
		got := render(t, s, opt)
		golden := filepath.Join("../../testdata/report", strings.TrimSuffix(filepath.Base(in), ".txt")+".html")
		if *update {
			require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		assert.Equal(t, string(want), got, "%s differs from %s (run go test -update)", in, golden)
		assert.Equal(t, got, render(t, s, opt), "deterministic")
	}
}

// doc parses the page and fails on anything the HTML parser rejects.
func doc(t *testing.T, page string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return n
}

// all returns the elements named tag (any tag for "") for which keep
// is true, in document order.
func all(n *html.Node, tag string, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (tag == "" || n.Data == tag) && (keep == nil || keep(n)) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(c string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, f := range strings.Fields(attr(n, "class")) {
			if f == c {
				return true
			}
		}
		return false
	}
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestSelfContained: UTF-8 declared, Japanese fonts named, no script and
// nothing loaded from elsewhere.
func TestSelfContained(t *testing.T) {
	page := render(t, parseFile(t, sample), Options{})
	d := doc(t, page)
	metas := all(d, "meta", func(n *html.Node) bool { return attr(n, "charset") != "" })
	require.Len(t, metas, 1)
	assert.Equal(t, "utf-8", metas[0].Attr[0].Val)
	assert.Equal(t, "ja", attr(all(d, "html", nil)[0], "lang"))
	assert.Empty(t, all(d, "script", nil))
	assert.Empty(t, all(d, "link", nil))
	assert.Empty(t, all(d, "img", nil))
	assert.Empty(t, all(d, "", func(n *html.Node) bool { return attr(n, "src") != "" }), "no src attributes")
	assert.NotContains(t, page, "url(http", "no remote CSS resources")
	assert.Contains(t, page, `"Noto Sans CJK JP"`)
	assert.Contains(t, page, `"IPAexGothic"`)
	assert.Equal(t, "孤独・孤立対策推進経費", text(all(d, "title", nil)[0]))
	csp := all(d, "meta", func(n *html.Node) bool { return attr(n, "http-equiv") == "Content-Security-Policy" })
	require.Len(t, csp, 1, "a strict Content-Security-Policy")
	assert.Equal(t, "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'", attr(csp[0], "content"))
}

func TestSections(t *testing.T) {
	d := doc(t, render(t, parseFile(t, sample), Options{}))
	for _, id := range []string{"facts", "budget", "flow", "outcome", "findings", "contracts"} {
		assert.Len(t, all(d, "", func(n *html.Node) bool { return attr(n, "id") == id }), 1, id)
	}
	svgs := all(d, "svg", nil)
	require.Len(t, svgs, 3)
	for i, c := range []string{"budget-chart", "flow-chart", "outcome-chart"} {
		assert.True(t, hasClass(c)(svgs[i]), c)
	}
	// Header facts.
	facts := text(all(d, "dl", nil)[0])
	for _, want := range []string{"006423", "内閣府", "2024年度 〜 終了予定なし", "直接実施、補助"} {
		assert.Contains(t, facts, want)
	}
	// Budget: one bar pair per year with an amount, rate of 2024 as printed.
	budget := svgs[0]
	assert.Len(t, all(budget, "rect", hasClass("bar-total")), 3+1, "2023 (0), 2024, 2025 and the legend")
	assert.Len(t, all(budget, "rect", hasClass("bar-executed")), 1+1, "2024 and the legend")
	assert.Equal(t, "執行率 17.3%", text(all(budget, "text", hasClass("rate"))[0]))
	rows := all(all(d, "table", hasClass("budget-table"))[0], "tr", nil)
	assert.Len(t, rows, 1+4)
	assert.Contains(t, text(rows[2]), "3,953,908")
	assert.Contains(t, text(rows[2]), "684,784")
}

// TestFlow: the ministry, 3 blocks, 間接経費, top 5 recipients of each
// block plus その他; every band's tooltip names its amount.
func TestFlow(t *testing.T) {
	d := doc(t, render(t, parseFile(t, sample), Options{}))
	flow := all(d, "svg", hasClass("flow-chart"))[0]
	assert.Len(t, all(flow, "g", hasClass("node-root")), 1)
	assert.Len(t, all(flow, "g", hasClass("node-block")), 3)
	assert.Len(t, all(flow, "g", hasClass("node-indirect")), 1)
	assert.Len(t, all(flow, "g", hasClass("node-recipient")), 3*6)
	assert.Len(t, all(flow, "g", hasClass("node-other")), 3)
	bands := all(flow, "path", hasClass("band"))
	assert.Len(t, bands, 3+1+18)
	s := text(flow)
	for _, want := range []string{"内閣府", "684,784千円", "622,650千円", "株式会社エヌ・ティ・ティ・データ経営研究所", "170,042千円", "国自らが支出する間接経費", "1,079千円"} {
		assert.Contains(t, s, want)
	}
	// A's その他 sums the recipients beyond the top five and the sheet's その他 row.
	assert.Contains(t, s, "その他（上位5者以外）70,306千円")
}

// TestFlowRedelegation: a re-delegated block stands one column right of
// the block that pays it, and its bands start there.
func TestFlowRedelegation(t *testing.T) {
	s := parseFile(t, redelegation)
	nodes := flowGraph(s.Spending, s.Ministry, 5)
	col := map[string]int{}
	parent := map[string]string{}
	for _, n := range nodes {
		if strings.HasPrefix(n.class, "node-block") {
			col[n.label[:1]] = n.col
			parent[n.label[:1]] = nodes[n.parent].label
		}
	}
	assert.Equal(t, map[string]int{"A": 1, "B": 1, "C": 1, "D": 2, "E": 3}, col)
	assert.True(t, strings.HasPrefix(parent["D"], "A "), parent["D"])
	assert.True(t, strings.HasPrefix(parent["E"], "D "), parent["E"])
	assert.Equal(t, "内閣府", parent["A"])
	for _, n := range nodes {
		if strings.HasPrefix(n.class, "node-recipient") {
			assert.Equal(t, 4, n.col, n.label)
		}
	}
	// D and E descend from A and share its colour.
	colour := map[string]int{}
	for _, n := range nodes {
		if strings.HasPrefix(n.class, "node-block") {
			colour[n.label[:1]] = n.colour
		}
	}
	assert.Equal(t, colour["A"], colour["D"])
	assert.Equal(t, colour["A"], colour["E"])
	assert.NotEqual(t, colour["A"], colour["B"])
}

// TestFlowUnknownAmounts: blocks without 合計支出額 (RS CSV without
// table 5-1) are drawn with "—", not "0千円".
func TestFlowUnknownAmounts(t *testing.T) {
	sp := &spending.Spending{Flow: spending.Flow{Ministry: "外務省"}, Blocks: []spending.Block{
		{Block: "A", Name: "出張者", InFlow: true},
		{Block: "B", Name: "通訳", Parent: "A", InFlow: true},
	}}
	svg := flowSVG(sp, "", 5)
	d := doc(t, svg)
	amounts := all(d, "text", hasClass("amount"))
	require.Len(t, amounts, 3)
	for _, a := range amounts {
		assert.Equal(t, "—", text(a))
	}
	assert.NotContains(t, svg, "0千円")
}

// TestContracts: every contract is a row; competitive contracts with one
// bidder and with an undisclosed 落札率 carry their classes.
func TestContracts(t *testing.T) {
	s := parseFile(t, sample)
	n := 0
	for _, r := range s.Spending.Recipients {
		n += len(r.Contracts)
	}
	d := doc(t, render(t, s, Options{}))
	table := all(d, "table", hasClass("contracts-table"))[0]
	rows := all(table, "tr", nil)[1:]
	assert.Len(t, rows, n)
	one := all(table, "tr", hasClass("one-bidder"))
	und := all(table, "tr", hasClass("undisclosed"))
	assert.Len(t, one, 4, "野村総研 (1), 社会的包摂サポートセンター (2), ＲＣＦ (1)")
	assert.Len(t, und, 4, "社会的包摂サポートセンター, ＴＯＰＰＡＮ, 日本リサーチセンター, ＲＣＦ")
	for _, r := range one {
		assert.Contains(t, text(r), "一者応札")
		assert.Contains(t, text(r), "一般競争契約")
	}
	for _, r := range und {
		assert.Contains(t, text(r), "予定価格が類推される")
	}
	// 随意契約（少額） with one 入札者 is not a one-bidder competition.
	for _, r := range rows {
		if strings.Contains(text(r), "カドベヤ") {
			assert.Empty(t, attr(r, "class"))
		}
	}
	assert.Contains(t, text(d), "契約 42件（競争契約 13件、うち一者応札 4件、落札率非公開 4件）")
}

// TestFindings: each finding is a row with its line, classed by severity.
func TestFindings(t *testing.T) {
	fs := []audit.Finding{
		{File: "x.txt", Code: "budget.total", Severity: audit.SeverityError, Path: "budget.years[1].total", Line: 212, Stated: "3,953,908千円", Recomputed: "3,953,909千円", Message: "計 differs"},
		{File: "x.txt", Code: "spending.one_bidder", Severity: audit.SeverityWarning, Path: "spending.recipients[2].contracts[0].bidders", Message: "一者応札"},
		{File: "x.pdf", Code: "made.up", Severity: audit.SeverityInfo, Path: "spending.blocks[1].total", Line: 40, Page: 3, Message: "unknown code"},
	}
	s := parseFile(t, sample)
	d := doc(t, render(t, s, Options{Findings: fs}))
	table := all(d, "table", hasClass("findings-table"))[0]
	rows := all(table, "tr", nil)[1:]
	require.Len(t, rows, 3)
	assert.True(t, hasClass("sev-error")(rows[0]))
	assert.True(t, hasClass("sev-warning")(rows[1]))
	assert.True(t, hasClass("sev-info")(rows[2]))
	cells := all(rows[0], "td", nil)
	got := []string{}
	for _, c := range cells {
		got = append(got, text(c))
	}
	assert.Equal(t, []string{"1", "誤り", "budget.total", "212", "budget.years[1].total →", "3,953,908千円", "3,953,909千円",
		"計が 当初予算＋補正予算＋前年度から繰越し＋予備費等 と一致しません。計 differs"}, got, "Japanese message, the original as detail")
	assert.Equal(t, "finding-1", attr(rows[0], "id"))
	assert.Equal(t, "#budget-year-2024", attr(all(rows[0], "a", nil)[0], "href"), "linked to the row it concerns")
	assert.Equal(t, "—", text(all(rows[1], "td", nil)[3]), "no line known")
	assert.Equal(t, "p3:L40", text(all(rows[2], "td", nil)[3]), "PDF: page and line")
	assert.Equal(t, "unknown code", text(all(rows[2], "td", nil)[7]), "a code the catalogue lacks keeps its message")
	assert.Contains(t, text(d), "誤り（error）1件、注意（warning）1件、参考（info）1件")

	// The rows concerned carry the finding's class and a link back.
	year := byID(d, "budget-year-2024")
	require.NotNil(t, year)
	assert.True(t, hasClass("sev-error")(year))
	assert.Equal(t, "#finding-1", attr(all(year, "a", hasClass("ref"))[0], "href"))
	contract := byID(d, "contract-2-0")
	require.NotNil(t, contract)
	assert.True(t, hasClass("sev-warning")(contract))
	block := byID(d, "block-1")
	require.NotNil(t, block)
	assert.True(t, hasClass("sev-info")(block))
	// Every finding link has a target on the page.
	for _, a := range all(table, "a", nil) {
		assert.NotNil(t, byID(d, strings.TrimPrefix(attr(a, "href"), "#")), attr(a, "href"))
	}

	// English messages with -lang en.
	d = doc(t, render(t, s, Options{Findings: fs, Lang: LangEnglish}))
	cells = all(all(all(d, "table", hasClass("findings-table"))[0], "tr", nil)[1], "td", nil)
	assert.Equal(t, "計 differs", text(cells[7]))
	assert.Equal(t, "error", text(cells[1]))

	d = doc(t, render(t, s, Options{}))
	assert.Empty(t, all(d, "table", hasClass("findings-table")))
	assert.Contains(t, text(d), "指摘はありません。")
}

// byID returns the element with id, or nil.
func byID(n *html.Node, id string) *html.Node {
	found := all(n, "", func(x *html.Node) bool { return attr(x, "id") == id })
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// TestTOC: a table of contents links every section.
func TestTOC(t *testing.T) {
	d := doc(t, render(t, parseFile(t, sample), Options{Findings: audit.Check(parseFile(t, sample))}))
	nav := all(d, "nav", hasClass("toc"))
	require.Len(t, nav, 1)
	links := all(nav[0], "a", nil)
	require.Len(t, links, 6)
	for _, a := range links {
		id := strings.TrimPrefix(attr(a, "href"), "#")
		assert.NotNil(t, byID(d, id), id)
	}
}

// TestCatalogue: every code the docs list has a Japanese sentence.
func TestCatalogue(t *testing.T) {
	var codes []string
	for _, r := range audit.Rules() { // every documented code (docs/*.md are generated from them)
		codes = append(codes, string(r.Code))
	}
	for _, w := range []string{reviewsheet.WarnUnsplitCell, reviewsheet.WarnLostCell, reviewsheet.WarnNoTable, reviewsheet.WarnShiftJIS, reviewsheet.WarnPathsCapped} {
		codes = append(codes, "parse."+w)
	}
	require.Greater(t, len(codes), 60)
	for _, c := range codes {
		assert.True(t, knownCode(c), c)
	}
	// and every code Check gives on the samples
	for _, in := range []string{sample, redelegation} {
		for _, f := range audit.Check(parseFile(t, in)) {
			assert.True(t, knownCode(string(f.Code)), f.Code)
		}
	}
}

// TestCoverageNote: a sheet of an RS set without 5-1 says why it shows
// no payees.
func TestCoverageNote(t *testing.T) {
	set, err := rscsv.Open("../../testdata/rscsv/2024-audit")
	require.NoError(t, err)
	s, _ := set.Lookup(2024, "11")
	require.NotNil(t, s)
	page := render(t, s, Options{})
	assert.Contains(t, page, "入力のRS CSVに次の表がありません: 1-2、1-3、1-4、2-2、3-1、5-1、6-1")
	assert.Contains(t, page, "表 5-1（支出情報）がないため")
	assert.NotContains(t, page, "支出先の記載がありません")
}

func TestOutcome(t *testing.T) {
	d := doc(t, render(t, parseFile(t, sample), Options{}))
	g := all(d, "svg", hasClass("outcome-chart"))[0]
	assert.Len(t, all(g, "g", hasClass("box")), 4+4+6+4+3)
	assert.Len(t, all(g, "path", hasClass("edge")), len(parseFile(t, sample).Outcome.Edges()))
	box := all(g, "g", func(n *html.Node) bool { return attr(n, "id") == "node-302" })[0]
	assert.True(t, hasClass("achieved")(box))
	assert.Contains(t, text(box), "2024年度 目標 500 実績 742 名")
	assert.Contains(t, text(box), "達成率 148.4%")
	rows := all(all(d, "table", hasClass("indicators-table"))[0], "tr", hasClass("achieved"))
	assert.Len(t, rows, 4, "302, 304, 306, 402 in 2024")
}

// TestEscaping: sheet text cannot inject markup, in HTML or in SVG.
func TestEscaping(t *testing.T) {
	s := parseFile(t, sample)
	s.Name = `<script>alert("x")</script>`
	s.Spending.Recipients[0].Name = `<b onmouseover="x">ACME & Co</b>`
	s.Spending.Blocks[0].Name = `"><svg onload=x>`
	s.Outcome.Nodes[0].Text = `</text><script>y</script>`
	page := render(t, s, Options{})
	assert.NotContains(t, page, "<script")
	assert.NotContains(t, page, "<b ")
	assert.NotContains(t, page, "<svg onload")
	assert.Contains(t, page, "&lt;b onmouseover=")
	assert.Contains(t, page, "ACME &amp; Co")
	d := doc(t, page)
	assert.Empty(t, all(d, "script", nil))
	assert.Len(t, all(d, "svg", nil), 3)
}

// TestEmptySheet: a sheet without budget, spending or outcome still
// renders, with notes instead of charts.
func TestEmptySheet(t *testing.T) {
	page := render(t, &reviewsheet.Sheet{ProjectID: "000001"}, Options{})
	d := doc(t, page)
	assert.Empty(t, all(d, "svg", nil))
	assert.Equal(t, "行政事業レビューシート 000001", text(all(d, "h1", nil)[0]))
	for _, want := range []string{"予算額・執行額の記載がありません。", "支出先の記載がありません。", "効果発現経路の記載がありません。", "契約の記載がありません。"} {
		assert.Contains(t, page, want)
	}
	assert.Error(t, Write(&bytes.Buffer{}, nil, Options{}))
}

func TestTopRecipients(t *testing.T) {
	d := doc(t, render(t, parseFile(t, sample), Options{TopRecipients: 2}))
	flow := all(d, "svg", hasClass("flow-chart"))[0]
	assert.Len(t, all(flow, "g", hasClass("node-recipient")), 3*3)
	assert.Contains(t, text(d), "各ブロックの上位2者を表示し")
}

// TestRSCSVSheets: sheets mapped from the RS bulk CSVs (no line numbers,
// ad-hoc node numbers, re-delegation) render to well-formed pages.
func TestRSCSVSheets(t *testing.T) {
	set, err := rscsv.Open("../../testdata/rscsv/2025")
	require.NoError(t, err)
	n := 0
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		n++
		page := render(t, s, Options{Findings: audit.Check(s)})
		d := doc(t, page)
		assert.Len(t, all(d, "h1", nil), 1, s.ProjectID)
		assert.Empty(t, all(d, "script", nil))
		return nil
	})
	if err != nil {
		var list reviewsheet.ErrorList
		require.ErrorAs(t, err, &list, "only value errors are tolerated")
	}
	assert.Positive(t, n)
}
