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

// TestFigureLineIn: a contract name of several lines holding a line
// that is one figure cell took in a row printed a cell a line (mutool
// and PyMuPDF of the Chromium and wkhtmltopdf PDFs: the first contract's
// 97,900 / 1 / 75.4 / -- read into the name, the second's 44,000 as its
// 支出額); in default-mode text such a contract is not attributed.
func TestFigureLineIn(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string
	}{
		{"a wrapped name", "年末年始における「統一的な相談窓口体制の推進」に係る調\n査研究業務", ""},
		{"one line that is a number", "2025", ""},
		{"a row's cells inside", "年末年始における調\n査研究業務\n一般競争契約（最低価格）\n97,900\n1\n75.4\n--\n孤独・孤立対策強化月間における", "97,900"},
		{"a -- cell inside", "調査\n--\n業務", "--"},
		{"a rate inside", "調査\n17.3%\n業務", "17.3%"},
		{"a number within a line", "令和6年度 1 業務\n調査", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var lines []sheettext.Line
			for _, l := range strings.Split(tc.in, "\n") {
				lines = append(lines, sheettext.Line{Text: l})
			}
			got, ok := figureLineIn(lines)
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
