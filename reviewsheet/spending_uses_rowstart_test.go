package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
)

func TestHoldsRowStart(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"one row", "A 株式会社エヌ・ティ・ティ・データ経営研\n究所\n事業費 調査研究 130,658", false},
		{"the next row's first lines inside (pdfminer, Chromium)", "A 株式会社エヌ・ティ・ティ・データ経営研\n究所\n事業費\n--\nB 岐阜県 令和6年度 地方における孤\n独・孤立対策推進事業交付金 補助金 NPOへの補助 3,500", true},
		{"a continuation row", "-- -- -- その他 孤独・孤立対策に係る講師謝金、印刷製本\nB 型 134", false},
		{"a lone letter line", "A 株式会社\nB\n事業費 使途 1,095", false},
		{"one line", "A 株式会社 契約 事業費 使途 1,095", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var lines []sheettext.Line
			for _, l := range strings.Split(tc.in, "\n") {
				lines = append(lines, sheettext.Line{Text: l})
			}
			assert.Equal(t, tc.want, holdsRowStart(lines))
		})
	}
}
