package pathrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGatherKindColumn(t *testing.T) {
	const col = "アクティビティ\nアウトプット\n短期アウトカム\n中期アウトカム\n長期アウトカム\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"A5: the column in two pieces among the first boxes",
			"活動・成果目標等のつながり\nアクティビティ\n305:\n\nアウトプット\n\n短期アウトカム\n\n整備される。\n303:\n\n短期アウトカム\n\n短期アウトカム\n\n中期アウトカム\n\n長期アウトカム\n\n協議が促進される。\n",
			"活動・成果目標等のつながり\n" + col + "305:\n短期アウトカム\n整備される。\n303:\n短期アウトカム\n協議が促進される。"},
		{"the last words not after a box heading: left as it is",
			"活動・成果目標等のつながり\nアクティビティ\n305:\nアウトプット\n短期アウトカム\nx\n短期アウトカム\n中期アウトカム\n長期アウトカム\n",
			"活動・成果目標等のつながり\nアクティビティ\n305:\nアウトプット\n短期アウトカム\nx\n短期アウトカム\n中期アウトカム\n長期アウトカム"},
		{"past the first path block: left as it is",
			"活動・成果目標等のつながり\nアクティビティ\n305:\nアウトプット\n短期アウトカム\nアクティビティからの発現経路\n303:\n短期アウトカム\n短期アウトカム\n中期アウトカム\n長期アウトカム\n",
			"活動・成果目標等のつながり\nアクティビティ\n305:\nアウトプット\n短期アウトカム\nアクティビティからの発現経路\n303:\n短期アウトカム\n短期アウトカム\n中期アウトカム\n長期アウトカム"},
		{"the column whole: left as it is",
			"活動・成果目標等のつながり\n" + col + "305:\n短期アウトカム\n",
			"活動・成果目標等のつながり\n" + col + "305:\n短期アウトカム"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(GatherKindColumn(scanLines(tc.in))))
		})
	}
}
