package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

func TestSlashesAfterLabel(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: the slash after a label of four lines",
			"所見を踏まえた\n改善点 概算要\n求における反映\n\n状況\n\n∕\n\n改善点・反映状況\n",
			"所見を踏まえた\n改善点∕概算要\n求における反映\n状況\n改善点・反映状況"},
		{"two slashes into one line",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n∕ ∕\n--\n",
			"実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n--"},
		{"after a value: left as it is (RestoreSlashes' line)",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n∕ ∕\n",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n∕ ∕"},
		{"spaces that spell no label: left as it is",
			"会計 勘定\n∕\n", "会計 勘定\n∕"},
		{"more slashes than spaces: left as it is",
			"改善点 概算要\n∕ ∕\n", "改善点 概算要\n∕ ∕"},
		{"a slash inside a line: left as it is",
			"所見を踏まえた\n改善点∕概算要\n求における反映\n状況\n", "所見を踏まえた\n改善点∕概算要\n求における反映\n状況"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(SlashesAfterLabel(scanLines(tc.in))))
		})
	}
}

func TestLabelIs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		l    label.Label
		want bool
	}{
		{"活動目標", label.OcGoal, true},
		{"活動⽬標", label.OcGoal, true}, // a Kangxi radical (wkhtmltopdf)
		{"活動目標 x", label.OcGoal, false},
		{"アウトプット", label.OcOutput, true},
		{"アウトプット  ", label.OcOutput, true},
		{"アウトカム", label.OcOutput, false},
	} {
		assert.Equal(t, tc.want, LabelIs(tc.in, tc.l), tc.in)
	}
}
