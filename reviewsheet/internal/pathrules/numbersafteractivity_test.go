package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveNumbersAfterActivity(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium, LibreOffice: the numbers and the activity's text after アクティビティ",
			"アクティビティからの発現経路\nアクティビティ\n\n102-202-302-402-501\nＮＰＯ等との連携\n\nアウトプット 活動目標\n孤独・孤立対策官民連携\n",
			"アクティビティからの発現経路 102-202-302-402-501\nアクティビティ\nＮＰＯ等との連携\nアウトプット 活動目標\n孤独・孤立対策官民連携"},
		{"the previous block's --, glued to the numbers, goes back under its label",
			"アウトカムを複数段階\nで設定できない理由\nアクティビティからの発現経路\nアクティビティ\n\n-104-204-306-404-503\n孤独・孤立対策担い手育成支援事業\n\nアウトプット 活動目標\n",
			"アウトカムを複数段階\nで設定できない理由\n--\nアクティビティからの発現経路 104-204-306-404-503\nアクティビティ\n孤独・孤立対策担い手育成支援事業\nアウトプット 活動目標"},
		{"a glued - after anything else, left as it is",
			"ところ。\nアクティビティからの発現経路\nアクティビティ\n\n-104-204-306\n事業\n\nアウトプット 活動目標\n",
			"ところ。\nアクティビティからの発現経路\nアクティビティ\n-104-204-306\n事業\nアウトプット 活動目標"},
		{"Chromium: the numbers, the activity and the goal after 活動目標, one line each",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n101-201-301-401-503\n孤独・孤立の実態把握に関する全国調査\n孤独・孤立の実態の把握\n\n活動指標\n\n件数\n",
			"アクティビティからの発現経路 101-201-301-401-503\nアクティビティ\n孤独・孤立の実態把握に関する全国調査\nアウトプット\n活動目標\n孤独・孤立の実態の把握\n活動指標\n件数"},
		{"LibreOffice: the numbers with the activity's text after 活動目標, the goal a paragraph",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n103-203-305\n推進事業\n\n補助を行う。\n\n活動指標\n",
			"アクティビティからの発現経路 103-203-305\nアクティビティ\n推進事業\nアウトプット\n活動目標\n補助を行う。\n活動指標"},
		{"three lines of text after 活動目標's numbers: where the activity ends is not known, left",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n101-201\n孤独・孤立の実態把握\nに関する全国調査\n孤独・孤立の実態の把握\n\n活動指標\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n101-201\n孤独・孤立の実態把握\nに関する全国調査\n孤独・孤立の実態の把握\n活動指標"},
		{"the numbers' paragraph going on past the text to a label: left",
			"アクティビティからの発現経路\nアクティビティ\n\n102-202\nＮＰＯ等との連携\n活動指標\n\nアウトプット 活動目標\n",
			"アクティビティからの発現経路\nアクティビティ\n102-202\nＮＰＯ等との連携\n活動指標\nアウトプット 活動目標"},
		{"LibreOffice: the qualitative labels and two -- before the numbers, the third -- before アウトカムを複数段階",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n定性的なアウトカムに\n関する成果実績\n--\n実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n定性的なアウトカム目\n標を設定している理由\n\n--\n\n101-201\n全国調査\n\n実態の把握\n\n活動指標\n\n実施件数\n\n--\nアウトカムを複数段階\nで設定できない理由\n",
			"アクティビティからの発現経路 101-201\nアクティビティ\n全国調査\nアウトプット\n活動目標\n実態の把握\n活動指標\n実施件数\n定性的なアウトカムに\n関する成果実績\n--\n実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n定性的なアウトカム目\n標を設定している理由\n--\nアウトカムを複数段階\nで設定できない理由"},
		{"LibreOffice's shape with a value other than --: which is whose is not known, left",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n定性的なアウトカムに\n関する成果実績\n--\n実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n定性的なアウトカム目\n標を設定している理由\n\n調査による\n\n101-201\n全国調査\n\n実態の把握\n\n活動指標\n\n実施件数\n\n--\nアウトカムを複数段階\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n定性的なアウトカムに\n関する成果実績\n--\n実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n定性的なアウトカム目\n標を設定している理由\n調査による\n101-201\n全国調査\n実態の把握\n活動指標\n実施件数\n--\nアウトカムを複数段階"},
		{"LibreOffice: table cells before the numbers, left",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n\n活動目標\n\n10\n13\n\n103-203-305\n事業\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n10\n13\n103-203-305\n事業"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveNumbersAfterActivity(scanLines(tc.in))))
		})
	}
}

func TestIsRowText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"ＮＰＯ等との連携", true},
		{"孤独・孤立対策", true},
		{"２０２４年度", false},
		{"活動指標", false},
		{"--", false},
		{"12", false},
	} {
		assert.Equal(t, tc.want, isRowText(tc.in), tc.in)
	}
}
