package reviewsheet

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlanStrayHeaderWord: a 計画・通知名 that holds a column header word of
// the 根拠法令 or 関係する計画・通知等 table (cells of the other table or the
// header glued into its lines, as pdftotext's default mode printed some
// generated sheets) is an error at the row's first line, not a name read
// as right.
func TestPlanStrayHeaderWord(t *testing.T) {
	const old = "孤独・孤立対策に関する施策の推進を図るための重点計画（令和６年６月11日孤独・孤\n"
	for _, tc := range []struct {
		name, new string
		err       bool
	}{
		{"as printed", old, false},
		{"header glued", "計画・通知等URL孤独・孤立対策に関する施策の推進を図るための重点計画（令和６年６月11日孤独・孤\n", true},
		{"law cells glued", "平成十九年政令第百二十四号計画・通知名第五十一条7孤独・孤立対策に関する施策の推進を図るための重点計画（令和６年６月11日孤独・孤\n", true},
		{"law header word", "法令番号条\n\n孤独・孤立対策に関する施策の推進を図るための重点計画（令和６年６月11日孤独・孤\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := (&Parser{Name: "in.txt", Lenient: true}).ParseBytes(mutate(t, old, tc.new))
			require.NotNil(t, s)
			if !tc.err {
				assert.NoError(t, err)
				return
			}
			var list ErrorList
			require.ErrorAs(t, err, &list)
			var hit bool
			for _, e := range list {
				hit = hit || (e.Line == 55 && e.Label == "関係する計画・通知等" && errors.Is(e, ErrLayout))
			}
			assert.True(t, hit, "%v", err)
		})
	}
}
