package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveTableIndicator(t *testing.T) {
	const head = "アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n103-203-304\n事業\n\n補助を行う。\n\n"
	const qual = "定性的なアウトカムに\n関する成果実績\n--\n"
	const table = "活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"LibreOffice: the output's 活動指標 between an outcome table's header and row labels",
			head + qual + "短期アウトカム\n成果目標\nx\n" + qual + table + "活動指標\n\n補助件数\n\n当初見込み∕目標値(地域)\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-304\n事業\n補助を行う。\n活動指標\n補助件数\n定性的なアウトカムに\n関する成果実績\n--\n短期アウトカム\n成果目標\nx\n定性的なアウトカムに\n関する成果実績\n--\n活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n当初見込み∕目標値(地域)"},
		{"the output has its 活動指標: left",
			head + "活動指標\n\nx\n\n" + qual + table + "活動指標\n\n補助件数\n\n当初見込み∕目標値(地域)\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-304\n事業\n補助を行う。\n活動指標\nx\n定性的なアウトカムに\n関する成果実績\n--\n活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n活動指標\n補助件数\n当初見込み∕目標値(地域)"},
		{"no row label after the value: left",
			head + qual + table + "活動指標\n\n補助件数\n\n--\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-304\n事業\n補助を行う。\n定性的なアウトカムに\n関する成果実績\n--\n活動・成果目標\nと実績\n2024年度 目標年度\n2025年度\n活動指標\n補助件数\n--"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveTableIndicator(scanLines(tc.in))))
		})
	}
}
