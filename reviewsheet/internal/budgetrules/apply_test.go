package budgetrules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestApply runs the rules in their order on the wkhtmltopdf shape: the
// 執行率 row takes its "--" from the 予算内訳表 header block, which then
// reads as the account header, its row and the item header.
func TestApply(t *testing.T) {
	in := budgetParagraphs([]string{"--", "684,784", "--", "--"}, []string{"--", "17.3%", "--"}) + wkBlock
	got := texts(Apply(scanLines(in)))
	assert.Contains(t, got, "\n執⾏額\n--\n684,784\n--\n--\n執⾏率 -- 17.3% -- --\n予算内訳表\n（単位：千円）\n"+
		"会計区分 会計 勘定 要望額 備考\n一般会計 一般会計 -- -- --\n予算種別/歳出予算項目 備考 予算額 翌年度要求額\n当初予算\nX\n-- 1 --")
	assert.Equal(t, 1, strings.Count(got, "2023 2024 2025 2026"))

	// text without the shapes: returned as it is
	plain := scanLines("予算内訳表\n（単位：千円）\n会計区分 会計 勘定 要望額 備考\n一般会計 一般会計 -- -- --\n")
	assert.Equal(t, plain, Apply(plain))
}
