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
