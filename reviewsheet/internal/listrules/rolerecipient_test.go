package listrules

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstRecipientAfterBlockRole(t *testing.T) {
	const (
		row   = "B 岐阜県 ほか 16,640 18"
		role1 = "各都道府県が行う孤独・孤立対策推進事業に対して交付金による国"
		role2 = "庫補助を実施。"
		name  = "岐阜県"
		id    = "4000020210005"
	)
	head := []string{row, role1, role2}
	after := []string{w0, "令和 6年度 地方における孤独・孤立対策推進事業交付金", "補助金等交付"}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"LibreOffice (block B): name and amount before the joined header",
			slices.Concat(head, []string{name, "3,672", recHead, id}, after),
			slices.Concat(head, []string{recHead, name + " 3,672 " + id}, after)},
		{"-- cells", slices.Concat(head, []string{name, "--", recHead, "--"}, after), slices.Concat(head, []string{recHead, name + " -- --"}, after)},
		{"a role of one line", slices.Concat(head[:2], []string{name, "3,672", recHead, id}), slices.Concat(head[:2], []string{recHead, name + " 3,672 " + id})},
		{"a name other than the block's first: left as it is",
			slices.Concat(head, []string{"徳島県", "3,672", recHead, id}, after), nil},
		{"the name's end on a line of its own (the name wrapped): left as it is",
			slices.Concat(head, []string{name, "庁", "3,672", recHead, id}, after), nil},
		{"no role: left as it is", slices.Concat(head[:1], []string{name, "3,672", recHead, id}, after), nil},
		{"the role too long: left as it is", slices.Concat(head, []string{"a", "b", "c", name, "3,672", recHead, id}), nil},
		{"a figure in the role: left as it is", slices.Concat(head, []string{"1,000", name, "3,672", recHead, id}), nil},
		{"a header word in the role: left as it is", slices.Concat(head, []string{"支出額", name, "3,672", recHead, id}), nil},
		{"not an amount: left as it is", slices.Concat(head, []string{name, "三千", recHead, id}, after), nil},
		{"法人番号 of 12 digits: left as it is", slices.Concat(head, []string{name, "3,672", recHead, "400002021000"}, after), nil},
		{"no header: left as it is", slices.Concat(head, []string{name, "3,672", "支出先名", id}, after), nil},
		{"block name without ほか: left as it is", slices.Concat([]string{"B 岐阜県 16,640 18", role1, role2}, []string{name, "3,672", recHead, id}), nil},
		{"cut short: left as it is", slices.Concat(head, []string{name, "3,672", recHead}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(FirstRecipientAfterBlockRole(scanLines(joinLines(tc.in...)))))
		})
	}
}
