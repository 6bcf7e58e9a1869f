package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOverviewSplitHeads: box headings printed on two lines are read,
// and each box read so carries an unsplit_cell warning (its text may be
// cut or hold another box's lines).
func TestOverviewSplitHeads(t *testing.T) {
	p := &parser{}
	boxes := p.parseOcOverview(nil, scanLines("活動・成果目標等のつながり\nアクティビティ\nアウトプット\n短期アウトカム\n中期アウトカム\n長期アウトカム\n101:\nアクティビティ\n全国調査\n201:\nアウトプット\n実態の把握\n"))
	assert.Empty(t, p.diags)
	if assert.Len(t, boxes, 2) {
		assert.Equal(t, 101, boxes[0].id)
		assert.Equal(t, "全国調査", boxes[0].text)
		assert.Equal(t, 201, boxes[1].id)
	}
	assert.Len(t, p.warns, 2)
	for _, w := range p.warns {
		assert.Equal(t, WarnUnsplitCell, w.code)
	}
}
