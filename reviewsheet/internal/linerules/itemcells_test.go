package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestItemCellParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		n              int
	}{
		{"three paragraphs", "--\n\n134,750\n\n--\n当初予算\n", "-- 134,750 --", 3},
		{"two lines", "-- 134,750\n--\n", "-- 134,750 --", 2},
		{"--- counts as two", "---\n100\n", "-- -- 100", 2},
		{"one line is not this rule's", "-- 1 --\n", "", 0},
		{"only two cells before a name", "--\n134,750\n当初予算\n", "", 0},
		{"more than three cells", "--\n-- 3,026,150 --\n", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			row, n := ItemCellParagraphs(scanLines(tc.in), 0)
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.want, row.Text)
		})
	}
}
