package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRowEnds(t *testing.T) {
	for _, tt := range []struct {
		text       string
		recipient  bool // RecipientRowEnd(text, true)
		item       bool // ItemRowEnd
		years      []int
		yearHeader bool
	}{
		{"株式会社エヌ・ティ・ティ・データ経営研究所 170,042 1010001143390", true, true, nil, false}, // digits are an amount's shape too: the section decides
		{"その他 5,803 --", true, true, nil, false},
		{"170,042 1010001143390", false, false, nil, false},
		{"当初予算 孤独・孤立対策推進交付金 134,750 --", true, true, nil, false},
		{"当初予算 交付金 -- 134,750", false, true, nil, false},
		{"2023 2024 2025 2026", false, true, []int{2023, 2024, 2025, 2026}, true},
		{"2023 令和6", false, false, nil, false},
		{"名 12,000 101000114339", true, true, nil, false}, // 12 digits: a 法人番号 with a typo is read (and checked later)
	} {
		assert.Equal(t, tt.recipient, RecipientRowEnd(tt.text, true), "RecipientRowEnd %q", tt.text)
		assert.Equal(t, tt.item, ItemRowEnd(tt.text), "ItemRowEnd %q", tt.text)
		y, ok := YearHeader(tt.text)
		assert.Equal(t, tt.yearHeader, ok, "YearHeader %q", tt.text)
		assert.Equal(t, tt.years, y, "YearHeader %q", tt.text)
	}
	assert.True(t, IsCount13("1010001143390"))
	assert.False(t, IsCount13("123456789"))
	assert.False(t, IsCount13("10100011433９0"))
	typ, ok := ItemType("前年度から繰越し")
	assert.True(t, ok)
	assert.Equal(t, "前年度から繰越し", typ)
	_, ok = ItemType("孤独・孤立対策推進交付金")
	assert.False(t, ok)
}
