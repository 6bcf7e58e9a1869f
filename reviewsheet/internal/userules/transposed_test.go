package userules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUntransposeUseRows(t *testing.T) {
	const (
		head = "費目・使途\n（単位：千円）\n\n支出先名 契約概要（契約名） 費目 使途 金額\n\n"
		lead = "A 株式会社エヌ・ティ・ティ・データ経営研\n究所\n地域における孤独・孤立対策に\n関するＮＰＯ等の取組モデル調\n査研究業務\n事業費\n"
		next = "\nB 岐阜県 令和6年度 地方における孤\n独・孤立対策推進事業交付金 補助金 孤独・孤立対策に係るNPOへの補助 3,500"
		// the rows as the sample prints them, the 支出先名 and 契約概要 as printed
		rows = "A 株式会社エヌ・ティ・ティ・データ経営研\n究所\n地域における孤独・孤立対策に\n関するＮＰＯ等の取組モデル調\n査研究業務\n" +
			"事業費 調査研究の実施に係る事業費 130,658\n\n" +
			"-- -- -- 人件費 調査研究に係る人件費 21,832\n\n" +
			"-- -- -- 一般管理費 一般管理費 17,552\n"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium",
			head + lead + "---\n\n調査研究の実施に係る事業費\n---\n\n---\n\n人件費\n一般管理費\n\n130,658\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552\n" + next,
			head + rows + next},
		{"LibreOffice",
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552\n" + next,
			head + rows + next},
		{"the table's end after the group",
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552",
			head + rows[:len(rows)-1]},
		{"a 使途 wrapped over two lines: one text line too many, left as it is",
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n調査研究に係る\n人件費\n一般管理費\n\n21,832\n17,552\n" + next,
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n調査研究に係る\n人件費\n一般管理費\n\n21,832\n17,552\n" + next},
		{"a -- cell missing: left as it is",
			head + lead + "---\n\n--\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552\n" + next,
			head + lead + "---\n\n--\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552\n" + next},
		{"the 費目 column split by a blank line: left as it is",
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n\n一般管理費\n\n130,658\n\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552\n" + next,
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n\n一般管理費\n\n130,658\n\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552\n" + next},
		{"the 金額 column before the 使途 column: left as it is",
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n21,832\n17,552\n\n調査研究に係る人件費\n一般管理費\n" + next,
			head + lead + "---\n\n---\n\n調査研究の実施に係る事業費\n---\n\n人件費\n一般管理費\n\n130,658\n\n21,832\n17,552\n\n調査研究に係る人件費\n一般管理費\n" + next},
		{"two rows: the columns are one line each, left as it is",
			head + lead + "---\n\n調査研究の実施に係る事業費\n--\n\n人件費\n\n130,658\n調査研究に係る人件費\n\n21,832\n" + next,
			head + lead + "---\n\n調査研究の実施に係る事業費\n--\n\n人件費\n\n130,658\n調査研究に係る人件費\n\n21,832\n" + next},
		{"rows printed row by row (A5, wkhtmltopdf): left as it is",
			head + lead + "\n調査研究の実施に係る事業費\n\n130,658\n\n--\n\n--\n\n--\n\n人件費\n\n調査研究に係る人件費\n\n21,832\n" + next,
			head + lead + "\n調査研究の実施に係る事業費\n\n130,658\n\n--\n\n--\n\n--\n\n人件費\n\n調査研究に係る人件費\n\n21,832\n" + next},
		{"outside the table: left as it is",
			"支出先上位者リスト\n\n" + lead + "---\n\n調査研究の実施に係る事業費\n---\n\n---\n\n人件費\n一般管理費\n\n130,658\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552",
			"支出先上位者リスト\n\n" + lead + "---\n\n調査研究の実施に係る事業費\n---\n\n---\n\n人件費\n一般管理費\n\n130,658\n調査研究に係る人件費\n一般管理費\n\n21,832\n17,552"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(UntransposeUseRows(scanLines(tc.in))))
		})
	}
}
