package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCollapseFigureRow(t *testing.T) {
	const row = "--                         --                                              --\n"
	const pair = "                           詳細                                              --\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: the 反映額 row after a blank line, the 詳細 pair below, a page break",
			"会計 勘定 反映額 (千円)\n\n" + row + pair + "\f 公開プロセス・\n",
			"会計 勘定 反映額 (千円)\n-- -- --\n" + pair[:len(pair)-1] + "\n 公開プロセス・"},
		{"amounts and a rate", "\n1,234    56    91.1%\n   詳細   --\n", "1,234 56 91.1%\n   詳細   --"},
		{"the first line of the text", row + pair, "-- -- --\n" + pair[:len(pair)-1]},
		{"not after a blank line: unchanged", "会計 勘定 反映額 (千円)\n" + row + pair,
			"会計 勘定 反映額 (千円)\n" + row + pair[:len(pair)-1]},
		{"a text cell in the row: unchanged", "\n一般会計     --     --\n   詳細   --\n", "一般会計     --     --\n   詳細   --"},
		{"nothing indented below: unchanged", "\n" + row + "詳細 --\n", row + "詳細 --"},
		{"a blank line below: unchanged", "\n" + row + "\n" + pair, row + pair[:len(pair)-1]},
		{"indented row: unchanged", "\n   --    --\n      詳細   --\n", "   --    --\n      詳細   --"},
		{"one cell: unchanged", "\n--\n   詳細   --\n", "--\n   詳細   --"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(CollapseFigureRow(scanLines(tc.in))))
		})
	}
}
