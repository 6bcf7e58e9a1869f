package budgetrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveItemCell(t *testing.T) {
	const head = "予算内訳表\n会計区分 会計 勘定 要望額 備考\n一般会計 一般会計 -- -- --\n予算種別/歳出予算項目 備考 予算額 翌年度要求額\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: the 翌年度要求額 after the next 予算種別",
			head + "当初予算\n\n一般会計 / 内閣府 / 社会参加活躍支援等\n孤独・孤立対策推進交付金\n--\n\n134,750\n\n当初予算\n\n--\n\n一般会計 / 内閣府 / 諸謝金\n-- 72,570 --\n\n主な増減理由\n",
			head + "当初予算\n一般会計 / 内閣府 / 社会参加活躍支援等\n孤独・孤立対策推進交付金\n--\n134,750\n--\n当初予算\n一般会計 / 内閣府 / 諸謝金\n-- 72,570 --\n主な増減理由"},
		{"two items so printed one after the other (each next item's cells short, or a cell between its 予算種別 and its path): left as it is",
			head + "当初予算\nA\n-- 1\n当初予算\n--\nB\n-- 2\n補正予算\n3\nC\n-- 4 --\n", ""},
		{"the 予算種別 a paragraph of its own, the path's lines apart",
			head + "当初予算\n\nA\n\nA2\n-- 1\n\n補正予算\n\n3\n\nC\nC2\n-- 4 --\n",
			head + "当初予算\nA\nA2\n-- 1\n3\n補正予算\nC\nC2\n-- 4 --"},
		{"the item's 歳出予算項目 is \"--\": three figure cells before, left as it is",
			head + "前年度から繰越し\n--\n--\n1\n当初予算\n--\nB\n-- 2 --\n", ""},
		{"the next item without its three cells: left as it is",
			head + "当初予算\nA\n-- 1\n当初予算\n--\nB\n-- 2\n", ""},
		{"no text between the lone cell and the next cells: left as it is",
			head + "当初予算\nA\n-- 1\n当初予算\n--\n-- 2 --\n", ""},
		{"the item already complete: left as it is",
			head + "当初予算\nA\n-- 1 --\n当初予算\n--\nB\n-- 2 --\n", ""},
		{"two cells after the 予算種別: left as it is",
			head + "当初予算\nA\n-- 1\n当初予算\n-- 5\nB\n-- 2 --\n", ""},
		{"after 主な増減理由: left as it is",
			"予算内訳表\n主な増減理由\n当初予算\nA\n-- 1\n当初予算\n--\nB\n-- 2 --\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := scanLines(tc.in)
			got := MoveItemCell(in)
			want := tc.want
			if want == "" {
				want = texts(in)
			}
			assert.Equal(t, want, texts(got))
		})
	}
}
