package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestContractLookAlikes: the 契約方式等 line and the next 支出先名 header
// as wkhtmltopdf prints them, with Kangxi radicals (⼀ U+2F00, ⽀ U+2F40)
// for unified kanji, are recognised as the folded text is.
func TestContractLookAlikes(t *testing.T) {
	for _, tc := range []struct {
		name      string
		in        string
		method    bool
		endsTable bool
	}{
		{"method, unified kanji", "一般競争契約（総合評価）", true, false},
		{"method, Kangxi radical ⼀", "⼀般競争契約（総合評価）", true, false},
		{"method, radicals in 補助⾦等交付", "補助⾦等交付", true, false},
		{"not a method", "調査研究業務", false, false},
		{"recipient header, unified kanji", "支出先名   支出額   法人番号", false, true},
		{"recipient header, radicals", " ⽀出先名     ⽀出額     法⼈番号", false, true},
		{"block header, radicals", "⽀出先ブロック名    合計⽀出額", false, true},
		{"a name starting with the label: not a header", "⽀出先名称", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, _, _ := TwoSegments(tc.in)
			assert.Equal(t, tc.method, isMethodCell(first))
			assert.Equal(t, tc.endsTable, endsContractTable(tc.in))
		})
	}
}

// TestReorderContractRowsLookAlikes: a contract of wkhtmltopdf's layout
// text (radicals in the method) is reordered as Chromium's is.
func TestReorderContractRowsLookAlikes(t *testing.T) {
	const header = " 契約概要（契約名）/契約⽅式等      ⽀出額   ⼊札者数   落札率(%)   ⼀者応札等の理由と改善策∕落札率⾮公開の理由\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"row beside a name of two lines",
			header + " 地域における孤独・孤⽴対策に関するＮＰＯ等の取組モデル          170,042        3               91.1           --\n 調査研究業務\n ⼀般競争契約（総合評価）\n",
			header[:len(header)-1] + "\n地域における孤独・孤⽴対策に関するＮＰＯ等の取組モデル\n調査研究業務\n⼀般競争契約（総合評価）\n170,042        3               91.1           --"},
		{"after the next 支出先名: unchanged",
			header + " ⽀出先名    ⽀出額    法⼈番号\n 名称   100 1 50.0 --\n ⼀般競争契約（総合評価）\n",
			header + " ⽀出先名    ⽀出額    法⼈番号\n 名称   100 1 50.0 --\n ⼀般競争契約（総合評価）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(ReorderContractRows(scanLines(tc.in))))
		})
	}
}

// TestFoldedAffix: FoldedHasPrefix and FoldedHasSuffix answer as
// CollapsedHasPrefix and CollapsedHasSuffix of the folded line.
func TestFoldedAffix(t *testing.T) {
	for _, tc := range []struct {
		name           string
		t, p, s        string
		prefix, suffix bool
	}{
		{"unified kanji", " 支出先名   支出額   法人番号", "支出先名 ", "支出額 法人番号", true, true},
		{"Kangxi radicals", " ⽀出先名   ⽀出額   法⼈番号", "支出先名 ", "支出額 法人番号", true, true},
		{"radical at the end", "費⽬・使途   ⽀出先名   ⾦額 ", "費目・使途 支出先名", "支出先名 金額", true, true},
		{"another first and last rune", "一般社団法人 6,000", "支出先名 ", "金額", false, false},
		{"same first rune, not the prefix", "⽀出先名称 1", "支出先名 ", "額", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.prefix, FoldedHasPrefix(tc.t, tc.p))
			assert.Equal(t, tc.suffix, FoldedHasSuffix(tc.t, tc.s))
		})
	}
}

func TestFoldedEqual(t *testing.T) {
	for _, tc := range []struct {
		t, s string
		want bool
	}{
		{"支出先名 支出額 法人番号", "支出先名 支出額 法人番号", true},
		{"⽀出先名 ⽀出額 法⼈番号", "支出先名 支出額 法人番号", true},
		{"⽀出先名 ⽀出額", "支出先名 支出額 法人番号", false},
		{"一般社団法人", "支出先名 支出額 法人番号", false},
		{"", "", true},
	} {
		assert.Equal(t, tc.want, FoldedEqual(tc.t, tc.s), tc.t)
	}
}
