package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/normalize"
)

func TestSplitBoxHead(t *testing.T) {
	for _, tc := range []struct {
		num, kind, want string
	}{
		{"101:", "アクティビティ", "101: アクティビティ"},
		{"503:", "長期アウトカム", "503: 長期アウトカム"},
		{"305:", "アウトプット", ""},       // a column header word, not 305's kind
		{"1:", "アクティビティ", ""},        // not the 2025 numbering: the number says no kind
		{"101", "アクティビティ", ""},       // no colon
		{"10a:", "アクティビティ", ""},      // not a number
		{"101:", "アクティビティ 全国調査", ""}, // not the label alone
	} {
		got, ok := normalize.SplitBoxHead(tc.num, tc.kind)
		assert.Equal(t, tc.want != "", ok, "%q %q", tc.num, tc.kind)
		assert.Equal(t, tc.want, got, "%q %q", tc.num, tc.kind)
	}
}

func TestKindColumnAt(t *testing.T) {
	assert.True(t, normalize.KindColumnAt(scanLines("アクティビティ\n\nアウトプット\n\n短期アウトカム\n中期アウトカム\n長期アウトカム\n101:\n")))
	assert.False(t, normalize.KindColumnAt(scanLines("アクティビティ\n305:\nアウトプット\n短期アウトカム\n中期アウトカム\n長期アウトカム\n")))
	assert.False(t, normalize.KindColumnAt(scanLines("アクティビティ\nアウトプット\n")))
}

// TestOverviewSplitHeads: box headings printed on two lines are read,
// and each box read so carries an unsplit_cell warning (its text may be
// cut or hold another box's lines).
func TestOverviewSplitHeads(t *testing.T) {
	p := &parser{}
	boxes := p.parseOcOverview(scanLines("活動・成果目標等のつながり\nアクティビティ\nアウトプット\n短期アウトカム\n中期アウトカム\n長期アウトカム\n101:\nアクティビティ\n全国調査\n201:\nアウトプット\n実態の把握\n"))
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

func TestSideBySide(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		at        string // the text whose first byte is pos
		want      bool
	}{
		{"cells of boxes side by side", "x\n                   全国調査                 プラットフォームが整備され\n", "全国調査", true},
		{"pos in the second cell", "   a   b\n", "b", true},
		{"one cell, indented, trailing spaces", "                   孤独・孤立の実態把握に関する    \n", "孤独", false},
		{"single spaces only", "令和６年度 孤独・孤立対策 事業\n", "孤独", false},
		{"last line without newline", "a  b", "a", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pos := strings.Index(tc.src, tc.at)
			require.GreaterOrEqual(t, pos, 0)
			assert.Equal(t, tc.want, normalize.SideBySide([]byte(tc.src), sheettext.Pos(pos)))
		})
	}
	assert.False(t, normalize.SideBySide([]byte("a  b"), 10), "pos past the end")
	assert.False(t, normalize.SideBySide(nil, 0))
}
