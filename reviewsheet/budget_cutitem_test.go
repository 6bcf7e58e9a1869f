package reviewsheet

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBudgetItemCut: text printed after an item's figures that is not a
// 予算種別 is an error at its own line (as before) and at the item's
// 予算種別 line: pdftotext printed part of the item's first line after its
// cells (a wkhtmltopdf sheet, project 6047 of the 2024 CSVs), so the
// item's 歳出予算項目 is cut although its figures read right.
func TestBudgetItemCut(t *testing.T) {
	const old = "当初予算\n\n一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 職員旅費\n-- 2,918 --\n\n当初予算"
	for _, tc := range []struct {
		name, new string
		itemErr   bool // an error at the item's 予算種別 line (169)
	}{
		{"as printed", old, false},
		{"stray part after the cells", "当初予算\n\n一般会計 / 内閣府 / 内閣本府\n-- 2,918 --\n\n孤独・孤立対策推進費 / 職員旅費\n\n当初予算", true},
		{"a 予算種別 after the cells", "当初予算\n\n一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 職員旅費\n-- 2,918 --\n\n補正予算\n\n--\n-- 0 --\n\n当初予算", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := (&Parser{Name: "in.txt", Lenient: true}).ParseBytes(mutate(t, old, tc.new))
			require.NotNil(t, s)
			var list ErrorList
			errors.As(err, &list)
			var hit bool
			for _, e := range list {
				hit = hit || (e.Line == 169 && e.Label == "予算種別/歳出予算項目" && errors.Is(e, ErrLayout))
			}
			assert.Equal(t, tc.itemErr, hit, "%v", err)
			if !tc.itemErr {
				assert.NoError(t, err)
			}
			var amounts []int64
			for _, it := range s.Budget.Items {
				amounts = append(amounts, *it.Amount)
			}
			assert.Contains(t, amounts, int64(2_918_000), "the item's figures still read")
		})
	}
}
