package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
)

// yearHeaderRef and isItemEndRef are YearHeader and ItemRowEnd without
// their first-cell and last-cell shortcuts: every line split first.
func yearHeaderRef(text string) ([]int, bool) {
	toks := sheettext.Fields(text)
	if len(toks) == 0 || !num.IsYearStart(toks[0]) {
		return nil, false
	}
	years := make([]int, len(toks))
	for i, t := range toks {
		y, ok := num.Year(t)
		if !ok {
			return nil, false
		}
		years[i] = y
	}
	return years, true
}

func isItemEndRef(s string) bool {
	toks := sheettext.Fields(s)
	n := len(toks)
	if n < 3 {
		return false
	}
	for _, t := range toks[n-2:] {
		if t != num.Absent && !num.IsAmount(t) {
			return false
		}
	}
	return true
}

var fastPathLines = []string{
	"", " ", "\t", "2023 2024 2025", " 2023\t2024年度 ２０２５", "当初予算 100 200 300", "補正予算 -- -- --",
	"人件費 職員手当 1,000 2,000", "a b", "a b --", "a -- --", "x 1 ", "x 1 2\t", "text with words", "-- 1 2",
	"△100 200 300", "費目 使途 金額", "1 2", "2024", "令和6年度 令和7年度",
}

// TestBudgetLineShortcuts: YearHeader and ItemRowEnd answer as
// the splitting references on table lines and odd spacing.
func TestBudgetLineShortcuts(t *testing.T) {
	for _, s := range fastPathLines {
		y, ok := YearHeader(s)
		ry, rok := yearHeaderRef(s)
		assert.Equal(t, rok, ok, "%q", s)
		assert.Equal(t, ry, y, "%q", s)
		assert.Equal(t, isItemEndRef(s), ItemRowEnd(s), "%q", s)
	}
}

func FuzzBudgetLineShortcuts(f *testing.F) {
	for _, s := range fastPathLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, ok := YearHeader(s)
		ry, rok := yearHeaderRef(s)
		assert.Equal(t, rok, ok, "%q", s)
		assert.Equal(t, ry, y, "%q", s)
		assert.Equal(t, isItemEndRef(s), ItemRowEnd(s), "%q", s)
	})
}
