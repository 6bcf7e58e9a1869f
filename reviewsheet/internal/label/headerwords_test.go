package label

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStrayHeaderWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"孤独・孤立対策推進法", ""},
		{"経済財政運営と改革の基本方針2023（令和５年６月16日閣議決定）", ""},
		{"法令名称の一覧", ""}, // 法令名 may be text
		{"条例第3条第2項", ""},
		{"平成十九年政令第百二十四号計画・通知名第五十一条7計画・通知等URL・「今後推進すべき安全研究の分野」", "計画・通知名"},
		{"計画・通知等URL海洋基本計画", "計画・通知等URL"},
		{"法令番号条", "法令番号"},
		{"号・号の細分19号", "号・号の細分"},
		{"補助率補助上限等--補助率URL----支出先上位10者リストの落札率は", "補助上限等"},
		{"--2020事業終了（予定）年度事業区分2024前年度事業", "事業終了（予定）年度"},
		{"--予算額執行額表（単位：千円）2021 2022 2023 2024", "予算額執行額表"},
		{"要望額の増加のため（会計区分の変更）", ""}, // words free text may hold
		{"補助率1/2の事業", ""},
	} {
		w, ok := StrayHeaderWord(tc.in)
		assert.Equal(t, tc.want, w, tc.in)
		assert.Equal(t, tc.want != "", ok, tc.in)
	}
}

func TestGluedHeaderWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"会計東日本大震災復興特別会計勘定--要望額--備考--補助事業等の契約方式の見直し", "勘定--"},
		{"会計エネルギー対策特別会計エネルギー需給勘定勘定--石油産業情報化推進事業等に係る人件費等の増加。", "勘定--"},
		{"--備考", "--備考"},
		{"特別会計の勘定の見直し（要望額 -- を計上）", ""}, // a spaced -- is not glued
		{"要望額の増加のため（会計区分の変更）", ""},
	} {
		w, ok := GluedHeaderWord(tc.in)
		assert.Equal(t, tc.want, w, tc.in)
		assert.Equal(t, tc.want != "", ok, tc.in)
	}
}
