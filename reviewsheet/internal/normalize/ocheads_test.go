package normalize

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		got, ok := SplitBoxHead(tc.num, tc.kind)
		assert.Equal(t, tc.want != "", ok, "%q %q", tc.num, tc.kind)
		assert.Equal(t, tc.want, got, "%q %q", tc.num, tc.kind)
	}
}

func TestKindColumnAt(t *testing.T) {
	assert.True(t, KindColumnAt(scanLines("アクティビティ\n\nアウトプット\n\n短期アウトカム\n中期アウトカム\n長期アウトカム\n101:\n")))
	assert.False(t, KindColumnAt(scanLines("アクティビティ\n305:\nアウトプット\n短期アウトカム\n中期アウトカム\n長期アウトカム\n")))
	assert.False(t, KindColumnAt(scanLines("アクティビティ\nアウトプット\n")))
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
			assert.Equal(t, tc.want, SideBySide([]byte(tc.src), sheettext.Pos(pos)))
		})
	}
	assert.False(t, SideBySide([]byte("a  b"), 10), "pos past the end")
	assert.False(t, SideBySide(nil, 0))
}
