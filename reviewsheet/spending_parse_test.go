package reviewsheet

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/spending"
)

// redelegationPath is the sample with two re-delegated blocks added:
// D (paid from A) and E (paid from D), each with its list and one 費目・使途
// row for D.
const redelegationPath = "../testdata/spending/rs2025-006423.redelegation.txt"

func sampleSpending(t testing.TB) *spending.Spending {
	t.Helper()
	s := parseFile(t, samplePath)
	require.NotNil(t, s.Spending)
	return s.Spending
}

func TestSpendingSampleBlocks(t *testing.T) {
	sp := sampleSpending(t)
	k := int64(1000)
	assert.Equal(t, spending.Flow{
		Ministry:      "内閣府",
		Amount:        i64(684784 * k),
		IndirectTotal: i64(1079 * k),
		Indirect:      []spending.IndirectCost{{Item: "職員旅費", Amount: i64(1079 * k)}},
	}, sp.Flow)
	tests := []struct {
		block, name string
		total       int64
		count       int
		role        string
	}{
		{"A", "株式会社エヌ・ティ・ティ・データ経営研究所　ほか", 622650, 22, "孤独・孤立対策に係る調査研究業務ほか"},
		{"B", "岐阜県　ほか", 16640, 18, "各都道府県が行う孤独・孤立対策推進事業に対して交付金による国庫補助を実施。"},
		{"C", "一般社団法人えんがお　ほか", 44415, 9, "孤独・孤立対策に取り組むＮＰＯ等に対する支援を行う中間支援組織への交付金による国庫補助を実施。"},
	}
	require.Len(t, sp.Blocks, len(tests))
	for i, tt := range tests {
		c := tt.count
		assert.Equal(t, spending.Block{Block: tt.block, Name: tt.name, Total: i64(tt.total * k), RecipientCount: &c, Role: str(tt.role), InFlow: true}, sp.Blocks[i], tt.block)
	}
	assert.Equal(t, spending.Sum{Yen: 684784 * k, N: 4}, sp.DirectPayment(), "Σ blocks + 間接経費 = 執行額")
}

func TestSpendingSampleRecipients(t *testing.T) {
	sp := sampleSpending(t)
	require.Len(t, sp.Recipients, 38)
	nContracts := 0
	perBlock := map[string]int{}
	for _, r := range sp.Recipients {
		nContracts += len(r.Contracts)
		perBlock[r.Block]++
		assert.Equal(t, r.Amount, i64(r.SumContracts().Yen), "%s: Σ contracts = 支出額", r.Name)
		for _, c := range r.Contracts {
			assert.True(t, c.Method.Known(), c.Method)
		}
	}
	assert.Equal(t, 42, nContracts)
	assert.Equal(t, map[string]int{"A": 11, "B": 18, "C": 9}, perBlock)
	for _, b := range sp.Blocks {
		assert.Equal(t, *b.Total, sp.SumRecipients(b.Block).Yen, "block %s: Σ recipients = 合計支出額", b.Block)
	}

	nomura := sp.Recipients[1]
	assert.Equal(t, "株式会社野村総合研究所", nomura.Name)
	assert.Equal(t, "4010001054032", *nomura.CorporateNumber)
	require.Len(t, nomura.Contracts, 3)
	for i, want := range []struct {
		amount  int64
		bidders int
		rate    float64
	}{{60730, 3, 97.6}, {58914, 3, 95.4}, {22528, 1, 64}} {
		c := nomura.Contracts[i]
		assert.Equal(t, want.amount*1000, *c.Amount)
		assert.Equal(t, want.bidders, *c.Bidders)
		assert.Equal(t, want.rate, *c.WinningBidRate)
		assert.Equal(t, spending.OpenComprehensive, c.Method)
		assert.Nil(t, c.Reason)
	}
	assert.Equal(t, "孤独・孤立対策に関する地域連携推推進モデル調査研究業務（東海、近畿、中国四国２地域）", nomura.Contracts[0].Name, "wrapped name rejoined, method split off")

	toppan := sp.Recipients[3]
	assert.Equal(t, "ＴＯＰＰＡＮ株式会社", toppan.Name)
	require.Len(t, toppan.Contracts, 2)
	assert.Equal(t, spending.Contract{
		Name:    "「孤独・孤立対策強化月間」特設イベントサイト及び広報に係る企画・制作・実施業務",
		Method:  spending.OpenComprehensive,
		Amount:  i64(34540000),
		Bidders: func() *int { n := 5; return &n }(),
		Reason:  str("予定価格が類推される恐れがあるため、落札率は記載しない。"),
	}, toppan.Contracts[0], "undisclosed rate: nil rate, reason kept")
	assert.Equal(t, "「つながりサポーター養成講座」の周知のためのコンテンツ作成及び広報業務", toppan.Contracts[1].Name, "the reason above does not swallow this name")

	other := sp.Recipients[10]
	assert.True(t, other.IsOther())
	assert.Equal(t, "A", other.Block)
	assert.Nil(t, other.CorporateNumber)
	assert.Equal(t, []spending.Contract{{Name: "その他", Method: "その他(-)", Amount: i64(5803000)}}, other.Contracts)
	assert.Equal(t, spending.OtherMethod, other.Contracts[0].Method.Base())

	kadobeya := sp.Recipients[9]
	assert.Equal(t, spending.NegotiatedSmall, kadobeya.Contracts[0].Method)
	assert.Equal(t, "「孤独・孤立対策強化月間」における民間メタバースサービス活用〜調査研究", kadobeya.Contracts[0].Name)
}

func TestSpendingSampleCorporateNumbers(t *testing.T) {
	sp := sampleSpending(t)
	n := 0
	for _, r := range sp.Recipients {
		if r.CorporateNumber == nil {
			continue
		}
		n++
		assert.True(t, spending.ValidCorporateNumber(*r.CorporateNumber), "%s %s", r.Name, *r.CorporateNumber)
		assert.False(t, spending.PlaceholderCorporateNumber(*r.CorporateNumber))
		if r.Block == "B" { // prefectures: the number embeds the 地方公共団体コード
			code, ok := spending.LocalGovernmentCode(*r.CorporateNumber)
			require.True(t, ok, r.Name)
			assert.True(t, spending.ValidLocalGovernmentCode(code), code)
			assert.Equal(t, r.Name, spending.PrefectureOf(code))
			assert.True(t, spending.IsPrefectureCode(code))
		}
	}
	assert.Equal(t, 37, n)
}

func TestSpendingSampleUses(t *testing.T) {
	sp := sampleSpending(t)
	require.Len(t, sp.Uses, 12)
	assert.Equal(t, spending.Use{
		Block: "A", Recipient: "株式会社エヌ・ティ・ティ・データ経営研究所",
		Contract: str("地域における孤独・孤立対策に関するＮＰＯ等の取組モデル調査研究業務"),
		Item:     "事業費", Use: str("調査研究の実施に係る事業費"), Amount: i64(130658000),
	}, sp.Uses[0], "cells separated by blank lines")
	assert.Equal(t, "株式会社エヌ・ティ・ティ・データ経営研究所", sp.Uses[2].Recipient, "-- rows continue the recipient above")
	assert.Equal(t, "孤独・孤立対策に係る講師謝金、印刷製本費等", *sp.Uses[5].Use, "use wrapped onto the amount line")
	assert.Equal(t, "公益財団法人ひょうごコミュニティ財団", sp.Uses[9].Recipient)
	assert.Equal(t, "令和6年度孤独・孤立担い手育成支援事業", *sp.Uses[11].Contract)
	for _, r := range sp.Recipients[:1] {
		assert.Equal(t, *r.Amount, sp.SumUses(r.Block, r.Name).Yen, "Σ uses = 支出額 for %s", r.Name)
	}
	assert.Equal(t, []spending.DebtContract{}, sp.DebtContracts)
}

// TestSpendingJSONKeys pins the JSON names under "spending".
func TestSpendingJSONKeys(t *testing.T) {
	b, err := json.Marshal(sampleSpending(t))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, []string{"blocks", "debt_contracts", "flow", "recipients", "uses"}, keys(m))
	assert.Equal(t, []string{"amount", "indirect", "indirect_total", "ministry"}, keys(m["flow"]))
	assert.Equal(t, []string{"block", "in_flow", "name", "parent", "recipient_count", "role", "total"}, keys(m["blocks"].([]any)[0]))
	r := m["recipients"].([]any)[0]
	assert.Equal(t, []string{"amount", "block", "contracts", "corporate_number", "name"}, keys(r))
	assert.Equal(t, []string{"amount", "bidders", "method", "name", "reason", "winning_bid_rate"}, keys(r.(map[string]any)["contracts"].([]any)[0]))
	assert.Equal(t, []string{"amount", "block", "contract", "item", "recipient", "use"}, keys(m["uses"].([]any)[0]))
	assert.Equal(t, []any{}, m["debt_contracts"], "-- prints as an empty list")
	assert.Equal(t, float64(622650000), m["blocks"].([]any)[0].(map[string]any)["total"], "yen in JSON")
}

func keys(v any) []string {
	var out []string
	for k := range v.(map[string]any) {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestSpendingVariants: the extractions of the sample give the same
// Spending (and so do the re-delegation variant with its blank lines
// removed or turned into form feeds).
func TestSpendingVariants(t *testing.T) {
	want := sampleSpending(t)
	for _, path := range variantPaths {
		t.Run(path, func(t *testing.T) {
			assert.Equal(t, want, parseFile(t, path).Spending)
		})
	}
	rd := parseFile(t, redelegationPath).Spending
	src := string(readFile(t, redelegationPath))
	for name, text := range map[string]string{
		"noblank":  dropBlankLinesIn(t, src),
		"formfeed": strings.ReplaceAll(src, "\n\n\n\n", "\n\f"),
		"crlf":     "\ufeff" + strings.ReplaceAll(src, "\n", "\r\n"),
	} {
		t.Run("redelegation-"+name, func(t *testing.T) {
			p := Parser{Name: name}
			s, err := p.ParseBytes([]byte(text))
			require.NoError(t, err)
			assert.Equal(t, rd, s.Spending)
		})
	}
}

// dropBlankLinesIn removes the blank lines of the 支出先 section of src
// (the other sections need theirs).
func dropBlankLinesIn(t testing.TB, src string) string {
	sec := spendingSection(t, src)
	var b strings.Builder
	for _, l := range strings.SplitAfter(sec, "\n") {
		if strings.TrimSpace(l) != "" {
			b.WriteString(l)
		}
	}
	return strings.Replace(src, sec, b.String(), 1)
}

func TestSpendingRedelegation(t *testing.T) {
	sp := parseFile(t, redelegationPath).Spending
	parents := map[string]string{}
	for _, b := range sp.Blocks {
		parents[b.Block] = b.Parent
		assert.True(t, b.InFlow, b.Block)
	}
	assert.Equal(t, map[string]string{"A": "", "B": "", "C": "", "D": "A", "E": "D"}, parents)
	assert.Equal(t, []string{"A", "B", "C"}, sp.Children(""))
	assert.Equal(t, []string{"D"}, sp.Children("A"))
	d, ok := sp.Depth("E")
	assert.True(t, ok)
	assert.Equal(t, 2, d)
	assert.Empty(t, sp.Cycles())
	assert.Empty(t, sp.UnknownParents())
	assert.Equal(t, int64(684784000), sp.DirectPayment().Yen, "re-delegated blocks are not paid by the ministry")
	require.Len(t, sp.Recipients, 41)
	assert.Equal(t, "D", sp.Recipients[38].Block)
	assert.Equal(t, spending.Method("その他(再委託)"), sp.Recipients[38].Contracts[0].Method)
	assert.Equal(t, "再委託", sp.Recipients[38].Contracts[0].Method.Detail())
	assert.Equal(t, "E", sp.Recipients[40].Block)
	require.Len(t, sp.Uses, 13)
	assert.Equal(t, spending.Use{Block: "D", Recipient: "株式会社日本リサーチセンター",
		Contract: str("地域における孤独・孤立対策に関するＮＰＯ等の取組モデル調査研究業務（実態調査）"),
		Item:     "人件費", Use: str("調査員の人件費"), Amount: i64(9000000)}, sp.Uses[12])
}

// TestSpendingPositions checks that figures point at the lines they were
// printed on.
func TestSpendingPositions(t *testing.T) {
	s := parseFile(t, samplePath)
	tests := map[string]int{
		"spending.flow.amount":                                 1417,
		"spending.flow.indirect_total":                         1419,
		"spending.flow.indirect[0].amount":                     1421,
		"spending.blocks[0].total":                             1472,
		"spending.blocks[2].recipient_count":                   1853,
		"spending.recipients[1].amount":                        1488,
		"spending.recipients[1].contracts[2].amount":           1507,
		"spending.recipients[1].contracts[2].winning_bid_rate": 1507,
		"spending.recipients[2].contracts[1].reason":           1526,
		"spending.recipients[3]":                               1533,
		"spending.uses[0].amount":                              1972,
		"spending.uses[5].amount":                              1984,
	}
	for path, line := range tests {
		assert.Equal(t, line, s.Source.Line(path), path)
	}
}

// TestSpendingGolden compares the JSON of the spending section of the
// sample and of the re-delegation variant with testdata/spending.
// Regenerate with: go test ./reviewsheet -run SpendingGolden -update
func TestSpendingGolden(t *testing.T) {
	for src, golden := range map[string]string{
		samplePath:       "../testdata/spending/rs2025-006423.spending.json",
		redelegationPath: "../testdata/spending/rs2025-006423.redelegation.spending.json",
	} {
		got := toJSON(t, parseFile(t, src).Spending)
		if *update {
			require.NoError(t, os.WriteFile(golden, got, 0o644))
		}
		assert.Equal(t, string(readFile(t, golden)), string(got), "%s differs; if intended, run with -update", golden)
	}
}

// parseSpendingText runs the spending parser alone over the lines of src
// (the text under the 支出先 heading).
func parseSpendingText(src []byte) (*spending.Spending, ErrorList) {
	file, lines := sheettext.Scan("spending.txt", src)
	p := &parser{file: file, lines: lines, sheet: &Sheet{}}
	p.sheet.Source = newSource(file)
	p.parseSpending(&section{label: label.SecSpending, pos: sheettext.NoPos, lines: lines})
	return p.sheet.Spending, p.errorList()
}

// spendingSection cuts the 支出先 section out of a sheet's text.
func spendingSection(t testing.TB, src string) string {
	t.Helper()
	src = strings.ReplaceAll(strings.TrimPrefix(src, "\ufeff"), "\r\n", "\n")
	i := strings.Index(src, "支出先\n資金の流れ")
	j := strings.Index(src, "その他備考")
	require.True(t, i >= 0 && j > i)
	return src[i+len("支出先\n") : j]
}

// TestSpendingMinimal reads a hand-made one-block section with a wrapped
// reason, an inline "--" use and an empty 国庫債務負担行為等 list.
func TestSpendingMinimal(t *testing.T) {
	src := readFile(t, "testdata/fuzz/FuzzParseSpending/minimal")
	// the corpus file holds a Go literal: cut the text out of []byte("…")
	text := string(src)
	text = text[strings.Index(text, `("`)+2 : strings.LastIndex(text, `")`)]
	text = strings.ReplaceAll(text, `\x0a`, "\n")
	sp, errs := parseSpendingText([]byte(text))
	require.Empty(t, errs)
	require.Len(t, sp.Blocks, 1)
	require.Len(t, sp.Recipients, 1)
	assert.Nil(t, sp.Recipients[0].CorporateNumber)
	assert.Equal(t, spending.NegotiatedSmall, sp.Recipients[0].Contracts[0].Method)
	require.Len(t, sp.Uses, 1)
	assert.Nil(t, sp.Uses[0].Use)
	assert.Equal(t, []spending.DebtContract{}, sp.DebtContracts)
}
