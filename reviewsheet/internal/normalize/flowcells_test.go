package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinFlowCells(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"amount, label, unit, count (LibreOffice, Chromium)",
			"資金の流れ\nA. X ほか\n622,650\n支出先の数:\n\n千円\n22\n\n役割\n支出先上位者リスト\n",
			"資金の流れ\nA. X ほか\n622,650 千円\n支出先の数: 22\n役割\n支出先上位者リスト"},
		{"a name line between the label and the unit",
			"資金の流れ\nB.\n16,640\n支出先の数:\n\n岐阜県 ほか\n千円\n18\n",
			"資金の流れ\nB.\n16,640 千円\n支出先の数: 18\n岐阜県 ほか"},
		{"the unit right after the amount, the count after the label (A5)",
			"資金の流れ\n内閣府\n684,784\n\n千円\n支出先の数:\n\n22\n",
			"資金の流れ\n内閣府\n684,784 千円\n支出先の数: 22"},
		{"another amount in between: nothing joins",
			"資金の流れ\n622,650\n1,079\n千円\n",
			"資金の流れ\n622,650\n1,079 千円"},
		{"a wrapped unit that is part of a line stays",
			"資金の流れ\n間接経費: 1,079 千\n円\n",
			"資金の流れ\n間接経費: 1,079 千\n円"},
		{"too far: nothing joins",
			"資金の流れ\n622,650\na\nb\nc\nd\n千円\n",
			"資金の流れ\n622,650\na\nb\nc\nd\n千円"},
		{"outside 資金の流れ: nothing joins",
			"支出先上位者リスト\n622,650\n千円\n",
			"支出先上位者リスト\n622,650\n千円"},
		{"a count is not taken across another label",
			"資金の流れ\n支出先の数:\n支出元:\n3\n",
			"資金の流れ\n支出先の数:\n支出元:\n3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range joinFlowCells(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}
