package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveActivityText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: the numbers and the text after アウトプット",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n103-203-304\n地方における孤独・孤立対策推進事業\n\n活動目標\n地方自治体の…\n",
			"アクティビティからの発現経路 103-203-304\nアクティビティ\n地方における孤独・孤立対策推進事業\nアウトプット\n活動目標\n地方自治体の…"},
		{"wkhtmltopdf: the text after アウトプット",
			"アクティビティからの発現経路 101-201-301-401-503\nアクティビティ\nアウトプット\n孤独・孤立の実態把握に関する全国調査\n活動目標\n",
			"アクティビティからの発現経路 101-201-301-401-503\nアクティビティ\n孤独・孤立の実態把握に関する全国調査\nアウトプット\n活動目標"},
		{"the overview's kind column: left as it is",
			"アクティビティ\nアウトプット\n短期アウトカム\n中期アウトカム\n",
			"アクティビティ\nアウトプット\n短期アウトカム\n中期アウトカム"},
		{"LibreOffice: 活動目標 before the numbers, left as it is",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-304\n地方における孤独・孤立対策推進事業\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n103-203-304\n地方における孤独・孤立対策推進事業"},
		{"numbers without the path label before: left as it is",
			"アクティビティ\nアウトプット\n103-203-304\n地方における孤独・孤立対策推進事業\n活動目標\n",
			"アクティビティ\nアウトプット\n103-203-304\n地方における孤独・孤立対策推進事業\n活動目標"},
		{"the sheet's order: left as it is",
			"アクティビティ\n孤独・孤立の実態把握に関する全国調査\nアウトプット\n活動目標\n",
			"アクティビティ\n孤独・孤立の実態把握に関する全国調査\nアウトプット\n活動目標"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveActivityText(scanLines(tc.in))))
		})
	}
}
