package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinPathNumbers(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf, A5: the numbers on the next line",
			"アクティビティからの発現経路\n\n101-201-301-401-503\n\nアクティビティ\n",
			"アクティビティからの発現経路 101-201-301-401-503\nアクティビティ"},
		{"Chromium: the numbers after other labels, left as it is",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n101-201-301-401-503\n",
			"アクティビティからの発現経路\nアクティビティ\nアウトプット\n活動目標\n101-201-301-401-503"},
		{"a de-hyphenated number, left as it is",
			"アクティビティからの発現経路\n-103-203-304\n",
			"アクティビティからの発現経路\n-103-203-304"},
		{"the sheet's layout, left as it is",
			"アクティビティからの発現経路 103-203-304\nアクティビティ 地方における孤独・孤立対策推進事業\n",
			"アクティビティからの発現経路 103-203-304\nアクティビティ 地方における孤独・孤立対策推進事業"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinPathNumbers(scanLines(tc.in))))
		})
	}
}

func TestIsPathNumbers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"101-201-301-401-503", true},
		{"103-203-304", true},
		{"101-201", true},
		{"101", false},
		{"101-", false},
		{"-101-201", false},
		{"1010-201", false},
		{"10-201", false},
		{"2024-2025年度", false},
		{"101 201", false},
	} {
		assert.Equal(t, tc.want, IsPathNumbers(tc.in), tc.in)
	}
}
