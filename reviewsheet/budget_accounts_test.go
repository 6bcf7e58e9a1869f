package reviewsheet

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoAccounts is the sample's 予算内訳表 printed for a project paid from
// two accounts (一般会計 and a 特別会計 with its 勘定), with a page break
// in the second block and an item whose 歳出予算項目 wraps over three lines.
const twoAccounts = `当初予算

一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 職員旅費
-- 2,918 --

当初予算

一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 庁費
-- 100 --

前年度から繰越し

--
-- 3,026,150 --
`

const twoAccountsNew = `当初予算

一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 職員旅費
-- 2,918 --

会計区分 会計 勘定 要望額 備考

特別会計 エネルギー対策特別会計 エネルギー需給勘定 1,000 再生可能エネルギー分
` + "\f" + `
予算種別/歳出予算項目 備考 予算額 翌年度要求額

当初予算

エネルギー対策特別会計 / エネルギー需給勘定 / 内閣府 / 内閣本府 / エネ
ルギー需給構造高度化対策費 / 孤独・孤立対策に係る調査等委託費 / 庁
費
調査分 100 --

前年度から繰越し

--
-- 3,026,150 --
`

// TestBudgetTwoAccounts: items belong to the account block they are
// printed under; the 勘定, 要望額 and 備考 of an account row are read; the
// page break inside the second block changes nothing; the 予算内訳表 still
// adds up (budget.items_sum sums over every account).
func TestBudgetTwoAccounts(t *testing.T) {
	s := parseSrc(t, mutate(t, twoAccounts, twoAccountsNew))
	b := s.Budget
	require.Len(t, b.Accounts, 2)
	assert.Equal(t, "一般会計", b.Accounts[0].Category)
	a := b.Accounts[1]
	assert.Equal(t, "特別会計", a.Category)
	assert.Equal(t, "エネルギー対策特別会計", a.Name)
	assert.Equal(t, "エネルギー需給勘定", *a.Sub)
	assert.Equal(t, int64(1_000_000), *a.Demand)
	assert.Equal(t, "再生可能エネルギー分", *a.Note)

	require.Len(t, b.Items, 5)
	var accounts []int
	for _, it := range b.Items {
		accounts = append(accounts, it.Account)
	}
	assert.Equal(t, []int{0, 0, 0, 1, 1}, accounts)
	wrapped := b.Items[3]
	assert.Equal(t, "エネルギー対策特別会計 / エネルギー需給勘定 / 内閣府 / 内閣本府 / エネルギー需給構造高度化対策費 / 孤独・孤立対策に係る調査等委託費 / 庁費", *wrapped.Item)
	assert.Len(t, wrapped.Path, 7)
	assert.Equal(t, "調査分", *wrapped.Note)
	assert.Equal(t, int64(100_000), *wrapped.Amount)
	assert.Nil(t, wrapped.NextRequest)
	assert.Equal(t, "前年度から繰越し", b.Items[4].BudgetType)

	for _, bt := range []string{"当初予算", "前年度から繰越し"} {
		y := b.YearOf(s.FiscalYear)
		want := y.Initial
		if bt == "前年度から繰越し" {
			want = y.CarriedOver
		}
		sum, _, ok := b.SumItems(s.FiscalYear, bt)
		require.True(t, ok, bt)
		assert.Equal(t, *want, sum, "the %s items still add up to the year's figure", bt)
	}
	line := s.Source.Line("budget.accounts[1]")
	assert.Positive(t, line)
	assert.Greater(t, s.Source.Line("budget.items[3].amount"), line)
}

// TestBudgetAccountCategory: a row under the 会計区分 header whose first
// cell is not a 会計区分 (一般会計, 特別会計, or -- for absent) is a line
// out of place, not an account: it is an error at its line and no
// account is read from it (a pdftotext text printed "費 -- 5,051,000 --
// --" there, which read as an account with 要望額 5,051,000).
func TestBudgetAccountCategory(t *testing.T) {
	for _, tc := range []struct {
		name, row string
		category  string // "" when the row is an error
	}{
		{"general", "一般会計 一般会計 -- -- --", "一般会計"},
		{"special", "特別会計 エネルギー対策 エネルギー需給勘定 0 --", "特別会計"},
		{"absent", "-- -- -- -- --", "--"},
		{"stray text", "費 -- 5,051,000 -- --", ""},
		{"stray year row", "2021 -2,000,000 0 527,000 --", ""},
		{"stray label", "前年度から繰越し -- -- 163,193 --", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := mutate(t, "一般会計 一般会計 -- -- --", tc.row)
			s, err := (&Parser{Name: "in.txt", Lenient: true}).ParseBytes(src)
			require.NotNil(t, s)
			if tc.category != "" {
				require.NoError(t, err)
				require.Len(t, s.Budget.Accounts, 1)
				assert.Equal(t, tc.category, s.Budget.Accounts[0].Category)
				return
			}
			var list ErrorList
			require.ErrorAs(t, err, &list)
			var hit bool
			for _, e := range list {
				hit = hit || (e.Line == 153 && e.Label == "会計区分" && errors.Is(e, ErrSyntax))
			}
			assert.True(t, hit, "error at the row's line: %v", err)
			assert.Empty(t, s.Budget.Accounts, "no account read from the row")
		})
	}
}
