package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveGoalColumn(t *testing.T) {
	const (
		res = "定性的なアウトカムに\n関する成果実績\n--\n"
		why = "定性的なアウトカム目\n標を設定している理由\n"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"A5: the goal column after 定性的なアウトカム目標を設定している理由",
			"アウトプット\n活動目標\n" + res + why + "孤独・孤立の実態の把握\n活動指標\n全国調査の実施件数\n--\nアウトカムを複数段階\n",
			"アウトプット\n活動目標\n孤独・孤立の実態の把握\n活動指標\n全国調査の実施件数\n" + res + why + "--\nアウトカムを複数段階"},
		{"A5: the goal column after the -- of 実績∕目標∕見込みの…",
			"アウトプット\n活動目標\n" + res + "実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n地方自治体に補助を行う。\n活動指標\n補助件数\n" + why + "--\n",
			"アウトプット\n活動目標\n地方自治体に補助を行う。\n活動指標\n補助件数\n" + res + "実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n" + why + "--"},
		{"活動目標 with its value: left as it is",
			"アウトプット\n活動目標\nx\n" + res + why + "y\n活動指標\nz\n--\n",
			"アウトプット\n活動目標\nx\n" + res + why + "y\n活動指標\nz\n--"},
		{"no -- after the name: left as it is",
			"アウトプット\n活動目標\n" + res + why + "y\n活動指標\nz\nw\n",
			"アウトプット\n活動目標\n" + res + why + "y\n活動指標\nz\nw"},
		{"past the next heading: left as it is",
			"アウトプット\n活動目標\n" + res + "短期アウトカム\n成果目標\n" + why + "y\n活動指標\nz\n--\n",
			"アウトプット\n活動目標\n" + res + "短期アウトカム\n成果目標\n" + why + "y\n活動指標\nz\n--"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveGoalColumn(scanLines(tc.in))))
		})
	}
}
