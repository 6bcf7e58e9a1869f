package listrules

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBlockTailAfterWords(t *testing.T) {
	const (
		blockHead = "支出先ブロック名 合計支出額 支出先数 事業を行う上での役割"
		ntt       = "株式会社エヌ・ティ・ティ・データ経営研究所"
		role      = "孤独・孤立対策に係る調査研究業務ほか"
	)
	row := []string{"A", blockHead, ntt, "ほか", "622,650"}
	first := []string{recHead, ntt, "170,042", "1010001143390", w0, w1, w2, w3, "地域における…調査研究業務", "一般競争契約（総合評価）", "170,042", "支出先名", "3", "91.1", glued, "法人番号"}
	next := []string{"株式会社野村総合研究所", "142,172"}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"A5 (block A): 支出先数 and role after the second recipient's 法人番号 word",
			slices.Concat(row, first, []string{"22", role, w4}, next),
			slices.Concat([]string{"A", blockHead, ntt, "ほか 622,650 22", role}, first, []string{w4}, next)},
		{"a role of two lines",
			slices.Concat(row, first, []string{"22", role, "二行目", w4}, next),
			slices.Concat([]string{"A", blockHead, ntt, "ほか 622,650 22", role, "二行目"}, first, []string{w4}, next)},
		{"no role: left as it is",
			slices.Concat(row, first, []string{"22", w4}, next), nil},
		{"no contract word after the role: left as it is",
			slices.Concat(row, first, []string{"22", role}, next), nil},
		{"no count after 法人番号: left as it is",
			slices.Concat(row, first, []string{"4010001054032", role, w4}, next), nil},
		{"the block row whole: left as it is",
			slices.Concat([]string{"A", blockHead, ntt + " ほか 622,650 22"}, first, []string{"22", role, w4}, next), nil},
		{"a whole contract header before 法人番号: left as it is",
			slices.Concat(row, []string{conHead}, first, []string{"22", role, w4}, next), nil},
		{"another block before 法人番号: left as it is",
			slices.Concat(row, []string{"B"}, first, []string{"22", role, w4}, next), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(BlockTailAfterWords(scanLines(joinLines(tc.in...)))))
		})
	}
}
