package listrules

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstRecipientAfterRole(t *testing.T) {
	const (
		row   = "C 一般社団法人えんがお ほか 44,415 9"
		role1 = "孤独・孤立対策に取り組むＮＰＯ等に対する支援を行う中間支援組"
		role2 = "織への交付金による国庫補助を実施。"
		name  = "一般社団法人えんがお"
	)
	words := []string{"∕", w0, w1, w2, w3, "一者応札等の理由と改善策 落札率非公開の理由"}
	chromium := []string{"合計支出額", "支出先名", "6,000", "支出先数", "支出額", "事業を行う上での役割", "法人番号", "5060005009340"}
	head := []string{"支出先ブロック名", row, role1, role2}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"Chromium (block C): the words and cells after the name",
			slices.Concat(head, []string{name}, chromium, words),
			slices.Concat(head, []string{recHead, name + " 6,000 5060005009340"}, words)},
		{"the block header joined, the words in another order, -- cells",
			slices.Concat([]string{"支出先ブロック名 合計支出額 支出先数 事業を行う上での役割", row, role1, name}, []string{"支出先名", "--", "法人番号", "--", "合計支出額", "支出先数", "支出額", "事業を行う上での役割"}, words),
			slices.Concat([]string{"支出先ブロック名 合計支出額 支出先数 事業を行う上での役割", row, role1, recHead, name + " -- --"}, words)},
		{"a name other than the block's first: left as it is",
			slices.Concat(head, []string{"一般社団法人ほか"}, chromium, words), nil},
		{"a block name without ほか: left as it is",
			slices.Concat([]string{"支出先ブロック名", "C 一般社団法人えんがお 6,000 1", role1, name}, chromium, words), nil},
		{"no role before the name: left as it is",
			slices.Concat([]string{"支出先ブロック名", row, name}, chromium, words), nil},
		{"the amount not after 支出先名: left as it is",
			slices.Concat(head, []string{name}, []string{"合計支出額", "6,000", "支出先名", "支出先数", "支出額", "事業を行う上での役割", "法人番号", "5060005009340"}, words), nil},
		{"a word missing: left as it is",
			slices.Concat(head, []string{name}, chromium[1:], words), nil},
		{"two amounts: left as it is",
			slices.Concat(head, []string{name}, chromium[:3], []string{"支出先名", "5,000"}, chromium[3:], words), nil},
		{"no contract header after them: left as it is",
			slices.Concat(head, []string{name}, chromium, []string{w0, "名"}), nil},
		{"a figure among the role's lines: left as it is",
			slices.Concat([]string{"支出先ブロック名", row, "6,000", name}, chromium, words), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(FirstRecipientAfterRole(scanLines(joinLines(tc.in...)))))
		})
	}
}
