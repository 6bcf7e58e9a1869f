package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveQualDash(t *testing.T) {
	const (
		src = "実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n"
		why = "定性的なアウトカム目\n標を設定している理由\n"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: the first label's - after the second",
			src + why + "-\n--\nアウトカムを複数段階\n",
			src + "-\n" + why + "--\nアウトカムを複数段階"},
		{"no -- after the -: left as it is",
			src + why + "-\nテキスト\n", src + why + "-\nテキスト"},
		{"the values in their places: left as it is",
			src + "-\n" + why + "--\n", src + "-\n" + why + "--"},
		{"a label that is no qualitative row: left as it is",
			"成果指標\n" + why + "-\n--\n", "成果指標\n" + why + "-\n--"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveQualDash(scanLines(tc.in))))
		})
	}
}
