package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinRowMajorTable(t *testing.T) {
	const one = "アウトカムを複数段階\nで設定できない理由\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: an outcome's header beside the label, the cells row after row",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(団体)\n当初見込み 目標値(団体)\n達成率(%)\n\n50\n\n50\n\n--\n\n71\n\n142\n\n--\n\n後続アウトカム\nへのつながり\n\n-\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n当初見込み∕目標値(団体) 50 50\n活動実績∕成果実績(団体) -- 71\n達成率(%) 142 --\n後続アウトカム\nへのつながり\n-"},
		{"an output: each year with the target row's cell; the link label before the cells, its text after; the -- of アウトカムを複数段階",
			one + "活動・成果目標\nと実績\n\n--\n\n∕\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n\n後続アウトカム\nへのつながり\n\n2023年度\n1\n\n2024年度\n1\n\n1\n\n--\n\n調査結果を公表する。\n",
			one + "--\n活動・成果目標\nと実績\n2023年度 2024年度\n当初見込み∕目標値(件) 1 1\n活動実績∕成果実績(件) 1 --\n後続アウトカム\nへのつながり\n調査結果を公表する。"},
		{"the row labels among the cells, the slashes after them",
			"活動・成果目標\nと実績\n\n当初見込み 目標値(件)\n\n2024年度\n20\n\n2025年度\n20\n\n活動実績 成果実績(件)\n\n18\n\n--\n\n∕\n∕\n\n後続アウトカム\nへのつながり\n\n-\n",
			"活動・成果目標\nと実績\n2024年度 2025年度\n当初見込み∕目標値(件) 20 20\n活動実績∕成果実績(件) 18 --\n後続アウトカム\nへのつながり\n-"},
		{"a path's last table (no link): the cells end at the next path's label",
			"活動・成果目標\nと実績\n2024年度\n\n∕\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n\n3\n\n--\n\nアクティビティからの発現経路 103-203\n",
			"活動・成果目標\nと実績\n2024年度\n当初見込み∕目標値(件) 3\n活動実績∕成果実績(件) --\nアクティビティからの発現経路 103-203"},
		{"a cell glued to a row label (one of them printed elsewhere): left",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%) 500\n後続アウトカム\nへのつながり\n\n-\n\n742\n\n--\n\n148.4\n\n--\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%) 500\n後続アウトカム\nへのつながり\n-\n742\n--\n148.4\n--"},
		{"the link label before the cells and a cell after the count: left (the link's value or a cell?)",
			"活動・成果目標\nと実績\n2024年度\n\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n後続アウトカム\nへのつながり\n\n1\n\n2\n\n-\n",
			"活動・成果目標\nと実績\n2024年度\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n後続アウトカム\nへのつながり\n1\n2\n-"},
		{"a cell too few: left",
			"活動・成果目標\nと実績\n2024年度 2025年度\n\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n\n1\n\n2\n\n3\n\n後続アウトカム\nへのつながり\n",
			"活動・成果目標\nと実績\n2024年度 2025年度\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n1\n2\n3\n後続アウトカム\nへのつながり"},
		{"units that differ: left",
			"活動・成果目標\nと実績\n2024年度\n\n活動実績∕成果実績(件)\n当初見込み 目標値(名)\n\n1\n\n2\n\n後続アウトカム\nへのつながり\n",
			"活動・成果目標\nと実績\n2024年度\n活動実績∕成果実績(件)\n当初見込み 目標値(名)\n1\n2\n後続アウトカム\nへのつながり"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinRowMajorTable(scanLines(tc.in))))
		})
	}
}

func TestJoinColumnTable(t *testing.T) {
	const one = "アウトカムを複数段階\nで設定できない理由\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"LibreOffice: each year a column; the -- of アウトカムを複数段階",
			one + "活動・成果目標\nと実績\n\n--\n\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n\n2023 年度\n6\n3\n\n2024 年度\n6\n--\n\n後続アウトカム\nへのつながり\n全国の自治体\n",
			one + "--\n活動・成果目標\nと実績\n2023年度 2024年度\n当初見込み∕目標値(件) 6 6\n活動実績∕成果実績(件) 3 --\n後続アウトカム\nへのつながり\n全国の自治体"},
		{"the -- glued to the first year, the row labels between the columns, the link label first",
			one + "活動・成果目標\nと実績\n後続アウトカム\nへのつながり\n\n-2024年度\n10\n9\n\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n\n2025年度\n10\n--\n\n採択された中間支援組織が支援する。\n",
			one + "--\n活動・成果目標\nと実績\n2024年度 2025年度\n当初見込み∕目標値(件) 10 10\n活動実績∕成果実績(件) 9 --\n後続アウトカム\nへのつながり\n採択された中間支援組織が支援する。"},
		{"LibreOffice: the header beside the label (years spaced), the link label first, three -- glued into ----, the link's - after the columns",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 目標年度\n2025 年度\n当初見込み∕目標値(団体)\n活動実績∕成果実績(団体)\n達成率(%)\n後続アウトカム\nへのつながり\n\n----\n\n50\n71\n142\n\n50\n---\n\n-\n\n長期アウトカム\n",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 目標年度\n2025 年度\n当初見込み∕目標値(団体) -- 50 50\n活動実績∕成果実績(団体) -- 71 --\n達成率(%) -- 142 --\n後続アウトカム\nへのつながり\n-\n長期アウトカム"},
		{"a path's last table (no link): the columns end at the next path's label",
			"活動・成果目標\nと実績\n2024 年度 目標年度\n2025 年度\n当初見込み∕目標値(地域)\n活動実績∕成果実績(地域)\n\n---\n\n10\n13\n\nアクティビティからの発現経路\n",
			"活動・成果目標\nと実績\n2024 年度 目標年度\n2025 年度\n当初見込み∕目標値(地域) -- 10\n活動実績∕成果実績(地域) -- 13\nアクティビティからの発現経路"},
		{"a glued run that held a - cell reads a cell short: left",
			"活動・成果目標\nと実績\n2024年度\n当初見込み∕目標値(団体)\n活動実績∕成果実績(団体)\n達成率(%)\n\n50\n--\n\n後続アウトカム\nへのつながり\n-\n",
			"活動・成果目標\nと実績\n2024年度\n当初見込み∕目標値(団体)\n活動実績∕成果実績(団体)\n達成率(%)\n50\n--\n後続アウトカム\nへのつながり\n-"},
		{"a year's column missing between two: left",
			"活動・成果目標\nと実績\n\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n\n2023年度\n6\n3\n\n2025年度\n6\n--\n\n後続アウトカム\nへのつながり\n-\n",
			"活動・成果目標\nと実績\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n2023年度\n6\n3\n2025年度\n6\n--\n後続アウトカム\nへのつながり\n-"},
		{"a column a cell short: left",
			"活動・成果目標\nと実績\n\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n\n2023年度\n6\n3\n\n2024年度\n6\n\n後続アウトカム\nへのつながり\n-\n",
			"活動・成果目標\nと実績\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n2023年度\n6\n3\n2024年度\n6\n後続アウトカム\nへのつながり\n-"},
		{"the link label first and no text after the columns: left",
			"活動・成果目標\nと実績\n後続アウトカム\nへのつながり\n\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n\n2023年度\n6\n3\n\n-\n",
			"活動・成果目標\nと実績\n後続アウトカム\nへのつながり\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n2023年度\n6\n3\n-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinColumnTable(scanLines(tc.in))))
		})
	}
}

func TestConsecutiveYears(t *testing.T) {
	assert.True(t, consecutiveYears([]string{"2023年度", "2024 年度", "2025年度"}))
	assert.True(t, consecutiveYears([]string{"2025年度"}))
	assert.False(t, consecutiveYears([]string{"2023年度", "2025年度"}))
	assert.False(t, consecutiveYears(nil))
}

func TestGluedDashCells(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"----", 3},
		{"---", 2},
		{"--", 0},
		{"-", 0},
		{"-5", 0},
		{"--x", 0},
	} {
		assert.Equal(t, tc.want, gluedDashCells(tc.in), tc.in)
	}
}
