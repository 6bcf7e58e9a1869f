package budgetrules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinAccountWords(t *testing.T) {
	const head = "予算内訳表\n（単位：千円）\n会計区分 会計 勘定 要望額 備考\n"
	const items = "予算種別/歳出予算項目 備考 予算額 翌年度要求額\n当初予算\nX\n-- 1 --"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"A5: the account header, the row, the item header, a word or cell a paragraph",
			"予算内訳表\n（単位：千円）\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\nX\n-- 1 --\n",
			head + "一般会計 一般会計 -- -- --\n" + items},
		{"wkhtmltopdf: interleaved, a \"--\" glued to 要望額 (after MoveRateCell took the spare)",
			"予算内訳表\n（単位：千円）\n\n会計区分\n⼀般会計\n\n予算種別/歳出予算項⽬\n\n会計\n\n勘定\n\n⼀般会計\n備考\n\n--\n予算額\n\n-要望額\n\n備考\n\n--\n\n翌年度要求額\n\n当初予算\nX\n-- 1 --\n",
			head + "一般会計 一般会計 -- -- --\n" + items},
		{"an amount is 要望額; the 特別会計 printed after its name is still 会計区分",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "エネルギー対策特別会計", "特別会計", "--", "1,000", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\nX\n-- 1 --\n",
			"予算内訳表\n会計区分 会計 勘定 要望額 備考\n特別会計 エネルギー対策特別会計 -- 1,000 --\n" + items},
		{"a \"--\" before 会計区分 and the row's three: four for three, left as it is",
			"予算内訳表\n" + para("--", "会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\n",
			""},
		{"text before 会計区分: left as it is",
			"予算内訳表\n" + para("X", "会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\n",
			""},
		{"a second account with no items, its header and row a word a paragraph (wkhtmltopdf)",
			head + "一般会計 一般会計 -- -- --\n" + items + "\n\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "特別会計", "東日本大震災復興特別会計", "--", "--", "--") + "主な増減理由\n--\n",
			head + "一般会計 一般会計 -- -- --\n" + items + "\n会計区分 会計 勘定 要望額 備考\n特別会計 東日本大震災復興特別会計 -- -- --\n主な増減理由\n--"},
		{"two blocks a word a paragraph, the first with no items",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "特別会計", "X特別会計", "--", "--", "--",
				"会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "5", "--", "予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\nX\n-- 1 --\n",
			"予算内訳表\n会計区分 会計 勘定 要望額 備考\n特別会計 X特別会計 -- -- --\n会計区分 会計 勘定 要望額 備考\n一般会計 一般会計 -- 5 --\n" + items},
		{"a block with no items that runs on past the window: left as it is",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--") + strings.Repeat("x\n", 30),
			""},
		{"the item header's words in part: left as it is",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--",
				"予算種別/歳出予算項目", "予算額") + "当初予算\n",
			""},
		{"four \"--\" for three cells: left as it is",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\n",
			""},
		{"a third text (勘定 or 備考?): left as it is",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "業務勘定", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\n",
			""},
		{"a header word missing: left as it is",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "一般会計", "一般会計", "--", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\n",
			""},
		{"no 予算種別 after the block: left as it is",
			"予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--",
				"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "主な増減理由\n",
			""},
		{"the headers already rows: left as it is",
			head + "一般会計 一般会計 -- -- --\n" + items + "\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := scanLines(tc.in)
			got := JoinAccountWords(in)
			want := tc.want
			if want == "" {
				want = texts(in)
			}
			assert.Equal(t, want, texts(got))
		})
	}
}

func TestJoinAccountWordsPositions(t *testing.T) {
	in := "予算内訳表\n" + para("会計区分", "会計", "勘定", "要望額", "備考", "一般会計", "一般会計", "--", "--", "--",
		"予算種別/歳出予算項目", "備考", "予算額", "翌年度要求額") + "当初予算\n"
	got := JoinAccountWords(scanLines(in))
	if assert.Len(t, got, 5) {
		for k, w := range []string{"会計区分", "一般会計", "予算種別/歳出予算項目"} {
			p := int(got[k+1].Pos) - 1 // Pos is the offset plus one
			assert.True(t, strings.HasPrefix(in[p:], w), "row %d at its first word %s", k, w)
			assert.True(t, got[k+1].Break)
		}
	}
}

func TestDecideAccountRow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values []string
		want   []string
	}{
		{"two equal texts, three \"--\"", []string{"一般会計", "--", "一般会計", "--", "--"}, []string{"一般会計", "一般会計", "--", "--", "--"}},
		{"compatibility forms folded", []string{"⼀般会計", "⼀般会計", "--", "--", "--"}, []string{"一般会計", "一般会計", "--", "--", "--"}},
		{"the category told from the name", []string{"X特別会計", "特別会計", "--", "--", "--"}, []string{"特別会計", "X特別会計", "--", "--", "--"}},
		{"two categories that differ", []string{"一般会計", "特別会計", "--", "--", "--"}, nil},
		{"no category", []string{"A", "B", "--", "--", "--"}, nil},
		{"two amounts", []string{"一般会計", "一般会計", "1", "2", "--"}, nil},
		{"three texts", []string{"一般会計", "一般会計", "A", "--", "--"}, nil},
		{"six values", []string{"一般会計", "一般会計", "--", "--", "--", "--"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := decideAccountRow(tc.values)
			assert.Equal(t, tc.want != nil, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
