package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveOneStageValue(t *testing.T) {
	const (
		one  = "アウトカムを複数段階\nで設定できない理由\n"
		tbl  = "活動・成果目標\nと実績\n"
		next = "後続アウトカム\nへのつながり\n"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: after 後続アウトカムへのつながり, apart",
			one + next + "--\n地域の支援主体が連携・協働する。\n長期アウトカム\n",
			one + "--\n" + next + "地域の支援主体が連携・協働する。\n長期アウトカム"},
		{"wkhtmltopdf: after 後続アウトカムへのつながり, glued to its text",
			one + next + "-データの有用性が高まる。\n中期アウトカム 成果目標\n",
			one + "--\n" + next + "データの有用性が高まる。\n中期アウトカム 成果目標"},
		{"wkhtmltopdf: after the table's label, before its years",
			one + tbl + "--\n2023年度\n2024年度\n当初見込み∕目標値(件)\n1\n",
			one + "--\n" + tbl + "2023年度\n2024年度\n当初見込み∕目標値(件)\n1"},
		{"wkhtmltopdf: after both labels, the table's lines before the text",
			one + tbl + next + "--\n2024年度\n2025年度\n当初見込み∕目標値(件)\n20\n20\n活動実績∕成果実績(件)\n18\n--\n地方版プラットフォームの設置を支援する。\n短期アウトカム 成果目標\n",
			one + "--\n" + tbl + "2024年度\n2025年度\n当初見込み∕目標値(件)\n20\n20\n活動実績∕成果実績(件)\n18\n--\n" + next + "地方版プラットフォームの設置を支援する。\n短期アウトカム 成果目標"},
		{"a figure after the --: left as it is",
			one + next + "--\n1,000\n", one + next + "--\n1,000"},
		{"a label after the --: left as it is",
			one + next + "--\n短期アウトカム\n", one + next + "--\n短期アウトカム"},
		{"no year after the table's --: left as it is",
			one + tbl + "--\nテキスト\n", one + tbl + "--\nテキスト"},
		{"the value in its place: left as it is",
			one + "--\n" + next + "テキスト\n", one + "--\n" + next + "テキスト"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveOneStageValue(scanLines(tc.in))))
		})
	}
}
