package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
			row, n := itemCellParagraphs(scanLines(tc.in), 0)
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.want, row.Text)
		})
	}
}

// TestItemWithoutEndLine: an item whose 予算額 line is missing is
// reported and never takes the next item's text and figures.
func TestItemWithoutEndLine(t *testing.T) {
	src := mutate(t, "孤独・孤立対策推進交付金\n\n-- 134,750 --\n", "孤独・孤立対策推進交付金\n")
	p := Parser{Name: "in.txt", Lenient: true}
	s, err := p.ParseBytes(src)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "item has no 予算額 line")
	require.Len(t, s.Budget.Items, 4)
	assert.Equal(t, "一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 諸謝金", *s.Budget.Items[0].Item)
	assert.Equal(t, int64(72570000), *s.Budget.Items[0].Amount)
}
