package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinInterruptedLabel(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: 詳細 and its -- inside 所見を踏まえた改善点∕概算要求における反映状況",
			"所見\n--\n所見を踏まえた\n改善点∕概算要\n求における反映\n詳細\n-状況\n改善点・反映状況\n",
			"所見\n--\n詳細\n--\n所見を踏まえた\n改善点∕概算要\n求における反映\n状況\n改善点・反映状況"},
		{"the text after - completes no label: left as it is",
			"所見を踏まえた\n改善点∕概算要\n詳細\n-状況\n",
			"所見を踏まえた\n改善点∕概算要\n詳細\n-状況"},
		{"a figure after -: left as it is",
			"所見を踏まえた\n詳細\n-1\n", "所見を踏まえた\n詳細\n-1"},
		{"the label whole: left as it is",
			"所見を踏まえた\n改善点∕概算要\n求における反映\n状況\n詳細\n--\n",
			"所見を踏まえた\n改善点∕概算要\n求における反映\n状況\n詳細\n--"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinInterruptedLabel(scanLines(tc.in))))
		})
	}
}
