package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveStrayIndicator(t *testing.T) {
	const (
		out  = "アウトプット\n活動目標\n地方自治体に補助を行う。\n定性的なアウトカムに\n関する成果実績\n--\n"
		tail = "後続アウトカム\nへのつながり\n-\n"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"A5: 活動指標 after the outcome's 成果目標",
			out + tail + "短期アウトカム\n成果目標\n活動指標\n補助件数\n\n補助を受けた地方自治体により…\n",
			"アウトプット\n活動目標\n地方自治体に補助を行う。\n活動指標\n補助件数\n定性的なアウトカムに\n関する成果実績\n--\n" + tail + "短期アウトカム\n成果目標\n補助を受けた地方自治体により…"},
		{"a value of two lines: left as it is",
			out + tail + "短期アウトカム\n成果目標\n活動指標\n補助件数\n補助を受けた地方自治体により…\n",
			out + tail + "短期アウトカム\n成果目標\n活動指標\n補助件数\n補助を受けた地方自治体により…"},
		{"the output has its 活動指標: left as it is",
			"アウトプット\n活動目標\nx\n活動指標\ny\n定性的なアウトカムに\n関する成果実績\n" + "短期アウトカム\n成果目標\n活動指標\n補助件数\n\nz\n",
			"アウトプット\n活動目標\nx\n活動指標\ny\n定性的なアウトカムに\n関する成果実績\n" + "短期アウトカム\n成果目標\n活動指標\n補助件数\nz"},
		{"no output group before: left as it is",
			"短期アウトカム\n成果目標\n活動指標\n補助件数\n\nz\n",
			"短期アウトカム\n成果目標\n活動指標\n補助件数\nz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(MoveStrayIndicator(scanLines(tc.in))))
		})
	}
}
