package budgetrules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinBreakdownHeader(t *testing.T) {
	const head = "会計区分 会計 勘定 要望額 備考\n一般会計 一般会計 -- -- --\n予算種別/歳出予算項目 備考 予算額 翌年度要求額"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"LibreOffice: pairs with the item header words in between",
			"予算内訳表\n（単位：千円）\n会計区分\n一般会計\n\n予算種別/歳出予算項目\n\n会計\n一般会計\n備考\n\n勘定\n--\n\n予算額\n要望額\n--\n\n備考\n--\n\n翌年度要求額\n\n当初予算\nX\n-- 1 --\n主な増減理由\n",
			"予算内訳表\n（単位：千円）\n" + head + "\n当初予算\nX\n-- 1 --\n主な増減理由"},
		{"Chromium: an item's first cell read among the headers is kept after them",
			"予算内訳表\n（単位：千円）\n会計区分\n一般会計\n会計\n一般会計\n予算種別/歳出予算項目\n勘定\n--\n備考\n当初予算\n予算額\n要望額\n--\n備考\n--\n翌年度要求額\nX\n-- 1 --\n",
			"予算内訳表\n（単位：千円）\n" + head + "\n当初予算\nX\n-- 1 --"},
		{"備考 expected by both headers with a value after it: left as it is",
			"予算内訳表\n会計区分\n一般会計\n会計\n一般会計\n勘定\n--\n要望額\n--\n予算種別/歳出予算項目\n備考\n--\n予算額\n翌年度要求額\n",
			"予算内訳表\n会計区分\n一般会計\n会計\n一般会計\n勘定\n--\n要望額\n--\n予算種別/歳出予算項目\n備考\n--\n予算額\n翌年度要求額"},
		{"a header word missing before 主な増減理由: left as it is",
			"予算内訳表\n会計区分\n一般会計\n会計\n一般会計\n主な増減理由\n--\n",
			"予算内訳表\n会計区分\n一般会計\n会計\n一般会計\n主な増減理由\n--"},
		{"a header word in compatibility forms (項⽬, Kangxi radical)",
			"予算内訳表\n会計区分\n一般会計\n予算種別/歳出予算項\u2f6c\n会計\n一般会計\n備考\n勘定\n--\n予算額\n要望額\n--\n備考\n--\n翌年度要求額\n",
			"予算内訳表\n" + head},
		{"row-major headers: left as it is",
			"予算内訳表\n（単位：千円）\n" + head + "\n",
			"予算内訳表\n（単位：千円）\n" + head},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range JoinBreakdownHeader(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}
