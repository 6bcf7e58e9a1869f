package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
