package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinLabelRowDashes(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: 外部有識者による点検's row",
			"最終実施年度\n--\n対象の理由\n所見\n公開プロセス結果概要\n\n----\n\n行政事業レビュ\n",
			"最終実施年度\n--\n対象の理由\n--\n所見\n--\n公開プロセス結果概要\n--\n行政事業レビュ"},
		{"Chromium: the KPI row, its cells after the headings that follow it",
			"名前\nURL\n該当箇所\n\n点検・評価\n\n事業所管部局に\nよる点検・改善\n\n----\n\n点検結果\n",
			"名前\n--\nURL\n--\n該当箇所\n--\n点検・評価\n事業所管部局に\nよる点検・改善\n点検結果"},
		{"two cells for three labels: left as it is",
			"対象の理由\n所見\n公開プロセス結果概要\n---\n",
			"対象の理由\n所見\n公開プロセス結果概要\n---"},
		{"labels in another order: left as it is",
			"所見\n対象の理由\n公開プロセス結果概要\n----\n",
			"所見\n対象の理由\n公開プロセス結果概要\n----"},
		{"the sheet's layout: left as it is",
			"名前 --\nURL --\n該当箇所 --\n", "名前 --\nURL --\n該当箇所 --"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinLabelRowDashes(scanLines(tc.in))))
		})
	}
}
