package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveCellsBeforeNumbers(t *testing.T) {
	const table = "活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n∕\n活動実績∕成果実績(地域)\n当初見込み 目標値(地域)\n達成率(%)\n"
	const head = "アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: a path's last table's cells after the next block's 活動目標",
			table + head + "10\n\n20\n\n13\n\n--\n\n130\n\n--\n\n103-203-305\n事業\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n∕\n活動実績∕成果実績(地域)\n当初見込み 目標値(地域)\n達成率(%)\n10\n20\n13\n--\n130\n--\nアクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-305\n事業"},
		{"LibreOffice: the first column before the label (three -- glued), the others after 活動目標",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 目標年度\n2025 年度\n\n∕\n活動実績∕成果実績(地域)\n当初見込み 目標値(地域)\n達成率(%)\n\n----\n" + head + "10\n13\n130\n\n20\n---\n\n103-203-305\n",
			"活動・成果目標\nと実績\n2023 年度 2024 年度 目標年度\n2025 年度\n∕\n活動実績∕成果実績(地域)\n当初見込み 目標値(地域)\n達成率(%)\n----\n10\n13\n130\n20\n---\nアクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-305"},
		{"a cell too many: left",
			table + head + "10\n\n20\n\n13\n\n--\n\n130\n\n--\n\n--\n\n103-203-305\n",
			"活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n∕\n活動実績∕成果実績(地域)\n当初見込み 目標値(地域)\n達成率(%)\nアクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n10\n20\n13\n--\n130\n--\n--\n103-203-305"},
		{"no table before the label: left",
			"ところ。\n" + head + "10\n\n103-203-305\n",
			"ところ。\nアクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n10\n103-203-305"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveCellsBeforeNumbers(scanLines(tc.in))))
		})
	}
}
