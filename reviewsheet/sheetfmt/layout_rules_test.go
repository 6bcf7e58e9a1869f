package sheetfmt

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The layout rules of layout.go, each on the sample's own cases.

func TestWrapNoted(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"note on its own line", "支援を受けた地域のNPO等の運営能力が向上し、継続的に孤独・孤立対策を実施する。【旧アウトカム】",
			[]string{"支援を受けた地域のNPO等の運営能力が向上し、継続的に孤", "独・孤立対策を実施する。", "【旧アウトカム】"}},
		{"no note", "調査結果を公表することによって我が国の孤独・孤立の現状を明らかにする。",
			[]string{"調査結果を公表することによって我が国の孤独・孤立の現状を", "明らかにする。"}},
		{"note is the whole text", "【旧アウトカム】", []string{"【旧アウトカム】"}},
		{"note after a space stays", "整備 【旧アウトカム】", []string{"整備 【旧アウトカム】"}},
		{"bracket inside the text", "【重点】整備する。", []string{"【重点】整備する。"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := wrapNoted(tc.in, widthNode)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, strings.Join(got, ""), "the parser joins the lines back")
		})
	}
}

func TestBoxLines(t *testing.T) {
	long := "孤独・孤立の状態となることの予防、孤独・孤立の状態にある者への迅速かつ適切な支援その他孤独・孤立の状態から脱却することに資する取組を、国、地方公共団体、当事者等への支援を行う者"
	assert.Equal(t, []string{
		"孤独・孤立の状態となることの",
		"予防、孤独・孤立の状態にある",
		"者への迅速かつ適切な支援その",
		"他孤独・孤立の状態から脱却す",
		"ることに資する取組を、国、…",
	}, boxLines(long), "cut at the fifth line, … in place of the last character")
	assert.Equal(t, []string{"地方版孤独・孤立対策官民連携", "プラットフォームが形成され", "る。", "【旧アウトカム】"},
		boxLines("地方版孤独・孤立対策官民連携プラットフォームが形成される。【旧アウトカム】"))
	// a text with a line break: the kept lines are no prefix of it, so
	// the box prints whole
	nl := strings.Repeat("あ", 40) + "\n" + strings.Repeat("い", 60)
	assert.Equal(t, wrapNoted(nl, widthBox), boxLines(nl))
}

func TestGoalHead(t *testing.T) {
	for _, tc := range []struct {
		lines int
		want  string
	}{
		{1, "短期アウトカム 成果目標\nL\n"},
		{2, "短期アウトカム 成果目標\nL\nL\n"},
		{3, "短期アウトカム\n成果目標\n\nL\nL\nL\n"},
		{6, "短期アウトカム\n成果目標\n\n" + strings.Repeat("L\n", 6)},
		{7, "短期アウトカム\n\n成果目標\n\n" + strings.Repeat("L\n", 7)},
	} {
		var b bytes.Buffer
		w := newWriter(&b)
		goalHead(w, "短期アウトカム", "成果目標", strings.Split(strings.Repeat("L", tc.lines), ""))
		assert.NoError(t, w.flush())
		assert.Equal(t, tc.want, b.String(), "%d lines", tc.lines)
	}
}

func TestMeasureLines(t *testing.T) {
	var b bytes.Buffer
	w := newWriter(&b)
	measureLines(w, "活動指標", []string{"補助件数"})
	measureLines(w, "成果指標", []string{"地方版孤独・孤立対策官民連携プラットフォームが形成された", "数"})
	measureLines(w, "成果指標", []string{"名前 に空白"})
	assert.NoError(t, w.flush())
	assert.Equal(t, "活動指標 補助件数\n成果指標\n地方版孤独・孤立対策官民連携プラットフォームが形成された\n数\n成果指標\n名前 に空白\n", b.String())
}

func TestSubsidyRow(t *testing.T) {
	row, ok := subsidyRow([]string{"民間団体"}, []string{"2/3"}, []string{"1交付事業者につき6,000千円"}, true)
	assert.True(t, ok)
	assert.Equal(t, "民間団体 2/3 1交付事業者につき6,000千円", row)
	_, ok = subsidyRow([]string{"都道府県"}, []string{"事業：1/2", "個別支援事業：3/4"}, []string{"1,000千円"}, true)
	assert.False(t, ok, "a cell of two lines: each cell on its own")
	_, ok = subsidyRow([]string{"市町村"}, []string{"1/2"}, []string{"--"}, true)
	assert.False(t, ok, "an absent cell: each cell on its own")
	_, ok = subsidyRow([]string{"市町村"}, []string{"1/2"}, []string{"1,000千円"}, false)
	assert.False(t, ok, "no URL: each cell on its own")
}

func TestBesideRow(t *testing.T) {
	row, ok := besideRow("A 株式会社　ほか 622,650 22", []string{"孤独・孤立対策に係る調査研究業務ほか"})
	assert.True(t, ok)
	assert.Equal(t, "A 株式会社　ほか 622,650 22 孤独・孤立対策に係る調査研究業務ほか", row)
	_, ok = besideRow("B 岐阜県 16,640 18", []string{"各都道府県が行う", "庫補助を実施。"})
	assert.False(t, ok)
}

func TestPairLine(t *testing.T) {
	line, ok := pairLine("所見", []string{"--"}, "詳細", []string{"--"})
	assert.True(t, ok)
	assert.Equal(t, "所見 -- 詳細 --", line)
	_, ok = pairLine("所見", []string{"一行目", "二行目"}, "詳細", []string{"--"})
	assert.False(t, ok)
}

func TestStartsBlockLabel(t *testing.T) {
	assert.True(t, startsBlockLabel("C."))
	assert.True(t, startsBlockLabel("AB. 名前"))
	assert.False(t, startsBlockLabel("CORE"))
	assert.False(t, startsBlockLabel(".C"))
	assert.False(t, breakable("WashingtonCORE、L.L.C.", len("WashingtonCORE、L.L.")), "no line starts with a block label")
}

func TestPercentKeepsFigure(t *testing.T) {
	assert.Equal(t, []string{"予算執行率は約", "74％である。"}, wrap("予算執行率は約74％である。", 16))
}

func TestWrapURL(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		width    int
		want     []string
	}{
		{"after the last hyphen that fits", "https://www5.cao.go.jp/keizai-shimon/kaigi/cabinet/honebuto/2024/2024_basicpolicies_ja.pdf", widthPlanURL,
			[]string{"https://www5.cao.go.jp/keizai-", "shimon/kaigi/cabinet/honebuto/2024/2024_basicpolicies_ja.pdf"}},
		{"fits", "https://www.cao.go.jp/kodoku_koritsu/torikumi/jutenkeikaku/pdf/jutenkeikaku.pdf", widthPlanURL,
			[]string{"https://www.cao.go.jp/kodoku_koritsu/torikumi/jutenkeikaku/pdf/jutenkeikaku.pdf"}},
		{"no hyphen: at the width", "https://www.cao.go.jp/kodoku_koritsu/torikumi/kouhukin/r07/pdf/kouhuyoukou.pdf", widthURLCell,
			[]string{"https://www.cao.go.jp/kodoku_kori", "tsu/torikumi/kouhukin/r07/pdf/kou", "huyoukou.pdf"}},
		{"a hyphen too early to end a piece", "https://a-b.example.jp/abcdefghijklmnopqrstuvwxyz", 30,
			[]string{"https://a-b.example.jp/abcdefg", "hijklmnopqrstuvwxyz"}},
		{"not plain ASCII: whole", "https://例え.jp/" + strings.Repeat("a", 40), 20, []string{"https://例え.jp/" + strings.Repeat("a", 40)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := wrapURL(tc.in, tc.width)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, strings.Join(got, ""))
		})
	}
}

func TestUseRowGroups(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells [][]string
		want  [][]string
	}{
		{"one line", [][]string{{"--"}, {"--"}, {"--"}, {"旅費"}, {"孤独・孤立対策に係る旅費"}, {"38"}},
			[][]string{{"-- -- -- 旅費 孤独・孤立対策に係る旅費 38"}}},
		{"one cell wraps: the cells after it follow its last line",
			[][]string{{"B"}, {"岐阜県"}, {"令和6年度　地方における孤", "独・孤立対策推進事業交付金"}, {"補助金"}, {"孤独・孤立対策に係るNPOへの補助"}, {"3,500"}},
			[][]string{{"B 岐阜県 令和6年度　地方における孤", "独・孤立対策推進事業交付金 補助金 孤独・孤立対策に係るNPOへの補助 3,500"}}},
		{"two cells wrap: the second and the rest stand apart",
			[][]string{{"A"}, {"株式会社エヌ・ティ・ティ・データ経営研", "究所"}, {"地域における孤独・孤立対策に", "関するＮＰＯ等の取組モデル調", "査研究業務"}, {"事業費"}, {"調査研究の実施に係る事業費"}, {"130,658"}},
			[][]string{{"A 株式会社エヌ・ティ・ティ・データ経営研", "究所"}, {"地域における孤独・孤立対策に", "関するＮＰＯ等の取組モデル調", "査研究業務"}, {"事業費 調査研究の実施に係る事業費 130,658"}}},
		{"a 金額 of -- ends only a one-line row",
			[][]string{{"B"}, {"株式会社"}, {"グローバルヘルス分野のインパ", "クト投資に係る実態調査"}, {"諸謝金"}, {"調査謝金"}, {"--"}},
			[][]string{{"B 株式会社 グローバルヘルス分野のインパクト投資に係る実態調査 諸謝金 調査謝金 --"}}},
		{"a line ending in a figure would end the row early",
			[][]string{{"C"}, {"市"}, {"1,000", "円分の補助事業"}, {"補助金"}, {"補助"}, {"1,000"}},
			[][]string{{"C 市 1,000円分の補助事業 補助金 補助 1,000"}}},
		{"a figure inside a cell's token is no end",
			[][]string{{"C"}, {"市"}, {"令和6年度事業費2024", "年度分"}, {"補助金"}, {"補助"}, {"1,000"}},
			[][]string{{"C 市 令和6年度事業費2024", "年度分 補助金 補助 1,000"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, useRowGroups(tc.cells))
		})
	}
}

func TestWrapAtSpaces(t *testing.T) {
	assert.Equal(t, []string{"C. 一般社団法人えんがお", "ほか"}, wrapAtSpaces("C. 一般社団法人えんがお　ほか", widthFlowBox), "the line ends at the space, which goes")
	assert.Equal(t, []string{"B. 岐阜県　ほか"}, wrapAtSpaces("B. 岐阜県　ほか", widthFlowBox))
	assert.Equal(t, []string{"G. 株式会社エヌ・ティ・", "ティ・データ経営研究", "所　8,307千円"}, wrapAtSpaces("G. 株式会社エヌ・ティ・ティ・データ経営研究所　8,307千円", widthFlowBox),
		"no cut at a space before a figure (it would read as the box's amount)")
}

func TestIndirectLines(t *testing.T) {
	assert.Equal(t, []string{"間接経費: 1,079 千", "円"}, indirectLines("間接経費: 1,079 千円"))
	assert.Equal(t, []string{"1. 職員旅費: 1,079", "千円"}, indirectLines("1. 職員旅費: 1,079 千円"))
	assert.Equal(t, []string{"1. A:事務費: 13,410 千円"}, indirectLines("1. A:事務費: 13,410 千円"), "the name would wrap: whole")
	assert.Equal(t, []string{"1. 非常勤職員手当（運営に必要な経費）: 1 千円"}, indirectLines("1. 非常勤職員手当（運営に必要な経費）: 1 千円"))
}

func TestMinusKeepsFigure(t *testing.T) {
	assert.False(t, breakable("間接経費: △1,234", len("間接経費: △")), "no cut after △")
}

func TestLongVowelDash(t *testing.T) {
	assert.Equal(t, []string{"孤独・孤立対策事業に係る業務委託（ファ", "ームサイド株式会社）"}, wrap("孤独・孤立対策事業に係る業務委託（ファームサイド株式会社）", widthUse),
		"ー starts a line as the PDF lets it")
	assert.False(t, breakable("データー", len("データ")), "a line of ー alone reads as absent")
	assert.False(t, breakable("コーー", len("コ")), "ーー reads as a dash")
	assert.True(t, longVowelDash("ー"))
	assert.False(t, longVowelDash("ームサイド"))
}

func TestLayoutRulesTerminate(t *testing.T) {
	// odd inputs: each rule returns, and its lines join back to the input
	for _, s := range []string{"", "\n", "\nあ", "　", "A. 　", strings.Repeat("　", 30), strings.Repeat("あ", 40) + "\n" + strings.Repeat("い", 40)} {
		assert.NotPanics(t, func() {
			_ = wrapAtSpaces(s, widthFlowBox)
			_ = indirectLines(s)
			_ = boxLines(s)
			_ = wrapNoted(s, widthNode)
			_ = wrapURL(s, widthURLCell)
		}, "%q", s)
	}
	g := useRowGroups([][]string{{"A"}, {"名", "前"}, {"契", "約"}, {"費目"}, {"使", "途"}, {"1,000"}})
	assert.Equal(t, [][]string{{"A 名前 契約 費目 使途 1,000"}}, g, "three wrapping cells: the last group would not end the row, so one line")
}
