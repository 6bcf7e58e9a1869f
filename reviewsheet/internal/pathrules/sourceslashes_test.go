package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveSourceSlashes(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: the slashes a paragraph after the value",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n\n--\n\n∕ ∕\n\n定性的なアウトカム目\n",
			"実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n定性的なアウトカム目"},
		{"a value of two lines",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n\n加入状況に基\nづく。\n\n∕ ∕\n",
			"実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n加入状況に基\nづく。"},
		{"one slash for two spaces: left",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n\n--\n\n∕\n",
			"実績 目標 見込みの\n根拠として用いた統\n計・データ名（出典）\n--\n∕"},
		{"the label not whole: left",
			"実績 目標 見込みの\n根拠として\n\n--\n\n∕ ∕\n",
			"実績 目標 見込みの\n根拠として\n--\n∕ ∕"},
		{"the slashes in place: left",
			"実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n\n--\n",
			"実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n--"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveSourceSlashes(scanLines(tc.in))))
		})
	}
}
