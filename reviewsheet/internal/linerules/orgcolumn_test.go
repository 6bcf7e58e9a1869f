package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinOrgColumn(t *testing.T) {
	const labels = "府省庁\n事業所管課室\n作成責任者\nその他担当組織\n\n基本情報\n\n予算事業ID\n\n事業年度\n\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: the labels, then the values, the last glued to the ID",
			labels + "内閣府\n内閣府 | 政策統括官 孤独・孤立対策推進室\n土屋皓嗣\n-006423\n\n事業開始年度\n2025\n",
			"府省庁 内閣府\n事業所管課室 内閣府 | 政策統括官 孤独・孤立対策推進室\n作成責任者 土屋皓嗣\nその他担当組織 --\n基本情報\n予算事業ID 006423\n事業年度\n事業開始年度\n2025"},
		{"a value of two lines: left as it is",
			labels + "内閣府\n内閣府 | 政策統括官\n孤独・孤立対策推進室\n土屋皓嗣\n-006423\n",
			"府省庁\n事業所管課室\n作成責任者\nその他担当組織\n基本情報\n予算事業ID\n事業年度\n内閣府\n内閣府 | 政策統括官\n孤独・孤立対策推進室\n土屋皓嗣\n-006423"},
		{"no ID after the -: left as it is",
			labels + "内閣府\n内閣府 | 政策統括官\n土屋皓嗣\n-00642\n",
			"府省庁\n事業所管課室\n作成責任者\nその他担当組織\n基本情報\n予算事業ID\n事業年度\n内閣府\n内閣府 | 政策統括官\n土屋皓嗣\n-00642"},
		{"the sheet's layout: left as it is",
			"組織情報 府省庁 内閣府\n事業所管課室 内閣府\n", "組織情報 府省庁 内閣府\n事業所管課室 内閣府"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinOrgColumn(scanLines(tc.in))))
		})
	}
}
