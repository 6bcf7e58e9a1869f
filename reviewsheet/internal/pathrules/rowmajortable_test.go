package pathrules

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
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
		{"Chromium: the link's - glued to the last -- (a page footer before the next heading)",
			"活動・成果目標\nと実績\n2023年度 2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(団体)\n当初見込み 目標値(団体)\n達成率(%)\n後続アウトカム\nへのつながり\n\n--\n\n50\n\n50\n\n--\n\n71\n\n--\n\n--\n\n142\n\n--\n\n10 / 16\n\f\n長期アウトカム\n成果目標\n",
			"活動・成果目標\nと実績\n2023年度 2024年度 目標年度\n2025年度\n当初見込み∕目標値(団体) -- 50 50\n活動実績∕成果実績(団体) -- 71 --\n達成率(%) -- 142 --\n後続アウトカム\nへのつながり\n-\n10 / 16\n長期アウトカム\n成果目標"},
		{"Chromium: the target row's first cell after the next outcome's 成果指標, confirmed by 達成率 (742 ÷ 500 = 148.4%)",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n\n500\n\n742\n\n--\n\n148.4\n\n--\n\n中期アウトカム 成果目標\n会員数の増加。\n【旧アウトカム】\n成果指標\n\n500\n\n会員数\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n当初見込み∕目標値(名) 500 500\n活動実績∕成果実績(名) 742 --\n達成率(%) 148.4 --\n後続アウトカム\nへのつながり\n-\n中期アウトカム 成果目標\n会員数の増加。\n【旧アウトカム】\n成果指標\n会員数"},
		{"a cell after 成果指標 that 達成率 does not confirm (742 ÷ 400 ≠ 148.4%): left",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n\n500\n\n742\n\n--\n\n148.4\n\n--\n\n中期アウトカム 成果目標\n成果指標\n\n400\n\n会員数\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n500\n742\n--\n148.4\n--\n中期アウトカム 成果目標\n成果指標\n400\n会員数"},
		{"a cell too few and no cell after 成果指標: left",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n\n500\n\n742\n\n--\n\n148.4\n\n--\n\n中期アウトカム 成果目標\n成果指標\n\n会員数\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n500\n742\n--\n148.4\n--\n中期アウトカム 成果目標\n成果指標\n会員数"},
		{"the last cell a number before the next heading (no - glued): left",
			"活動・成果目標\nと実績\n2024年度\n\n∕\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n後続アウトカム\nへのつながり\n\n3\n\n2\n\n短期アウトカム 成果目標\n",
			"活動・成果目標\nと実績\n2024年度\n∕\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n後続アウトカム\nへのつながり\n3\n2\n短期アウトカム 成果目標"},
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
			out, _, _ := JoinRowMajorTable(scanLines(tc.in))
			assert.Equal(t, tc.want, texts(out))
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
		{"LibreOffice: the next outcome's heading between the link label and its value: put after the value",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 2025 年度 目標年度\n2026 年度\n当初見込み∕目標値(団体数)\n活動実績∕成果実績(団体数)\n達成率(%)\n後続アウトカム\nへのつながり\n長期アウトカム\n成果目標\n\n-\n\n----\n\n500\n559\n111.8\n\n600\n---\n\n700\n---\n\n全国各地に官民連携が広がる。\n",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 2025 年度 目標年度\n2026 年度\n当初見込み∕目標値(団体数) -- 500 600 700\n活動実績∕成果実績(団体数) -- 559 -- --\n達成率(%) -- 111.8 -- --\n後続アウトカム\nへのつながり\n-\n長期アウトカム\n成果目標\n全国各地に官民連携が広がる。"},
		{"the same with another table's column after the columns: left before the heading, unread",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 2025 年度 目標年度\n2026 年度\n当初見込み∕目標値(団体数)\n活動実績∕成果実績(団体数)\n達成率(%)\n後続アウトカム\nへのつながり\n長期アウトカム\n成果目標\n\n-\n\n----\n\n500\n559\n111.8\n\n600\n---\n\n700\n---\n\n2025 年度\n6\n--\n\n全国各地に官民連携が広がる。\n",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 2025 年度 目標年度\n2026 年度\n当初見込み∕目標値(団体数) -- 500 600 700\n活動実績∕成果実績(団体数) -- 559 -- --\n達成率(%) -- 111.8 -- --\n後続アウトカム\nへのつながり\n-\n2025 年度\n6\n--\n長期アウトカム\n成果目標\n全国各地に官民連携が広がる。"},
		{"the heading before the link's value without the year header: left",
			"活動・成果目標\nと実績\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n後続アウトカム\nへのつながり\n短期アウトカム\n成果目標\n\n-\n\n2024 年度\n1\n2\n\n補助を行う。\n",
			"活動・成果目標\nと実績\n当初見込み∕目標値(件)\n活動実績∕成果実績(件)\n後続アウトカム\nへのつながり\n短期アウトカム\n成果目標\n-\n2024 年度\n1\n2\n補助を行う。"},
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

func TestJoinRowMajorTableLost(t *testing.T) {
	in := "活動・成果目標\nと実績\n2024年度\n\n∕\n活動実績∕成果実績(件)\n当初見込み 目標値(件)\n後続アウトカム\nへのつながり\n\n3\n\n--\n\n短期アウトカム 成果目標\n"
	out, lost, notes := JoinRowMajorTable(scanLines(in))
	assert.Empty(t, notes, "no cell placed by its 達成率")
	assert.Equal(t, "活動・成果目標\nと実績\n2024年度\n当初見込み∕目標値(件) 3\n活動実績∕成果実績(件) --\n後続アウトカム\nへのつながり\n-\n短期アウトカム 成果目標", texts(out))
	if assert.Len(t, lost, 1) {
		assert.Equal(t, strings.Index(in, "--\n\n短期")+1, int(lost[0]), "the position of the last cell, which held the link's -")
	}
}

// TestJoinRowMajorTablePlaced: the target cell placed because the
// table's 達成率 agrees with it comes with a placed_by_rate note at the
// cell's line (the 達成率 check of that year is not independent).
func TestJoinRowMajorTablePlaced(t *testing.T) {
	in := "活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n\n500\n\n742\n\n--\n\n148.4\n\n--\n\n中期アウトカム 成果目標\n会員数の増加。\n成果指標\n\n500\n\n会員数\n"
	_, _, notes := JoinRowMajorTable(scanLines(in))
	if assert.Len(t, notes, 1) {
		assert.Equal(t, linerules.NotePlacedByRate, notes[0].Code)
		assert.Equal(t, strings.LastIndex(in, "500")+1, int(notes[0].Pos), "the placed cell's line (positions count from 1)")
	}
}

func TestRateAgrees(t *testing.T) {
	for _, tc := range []struct {
		target, actual, rate string
		want                 bool
	}{
		{"500", "742", "148.4", true},
		{"50", "71", "142", true},
		{"500", "559", "111.8", true},
		{"1,000", "1,234", "123.4", true},
		{"400", "742", "148.4", false},
		{"500", "742", "148", true}, // rounded to the decimals printed: none
		{"500", "742", "148.3", false},
		{"--", "742", "148.4", false},
		{"500", "--", "--", false},
		{"0", "742", "148.4", false},
		{"500", "742", "x", false},
	} {
		assert.Equal(t, tc.want, rateAgrees(tc.target, tc.actual, tc.rate), "%s %s %s", tc.target, tc.actual, tc.rate)
	}
}
