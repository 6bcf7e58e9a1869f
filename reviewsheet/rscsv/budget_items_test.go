package rscsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A 2-2 row that names only the account of a year (2024 writes one per
// account and 予算年度, e.g. 予算事業ID 15) is not an item: the round trip
// through sheet text found it printed as an item without 予算種別.
func TestAccountOnlyItemRow(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "2-2_RS_2024_予算・執行_予算種別・歳出予算項目.csv",
		"予算年度,会計区分,会計,勘定,予算種別,所管,組織・勘定,項,目,歳出予算項目の補足情報,予算額（歳出予算項目ごと）,翌年度要求額（歳出予算項目ごと）,備考（歳出予算項目ごと）",
		"2024,一般会計,一般会計,,,,,,,,,,",
		"2024,特別会計,エネルギー対策,電源開発促進勘定,,,電源開発促進勘定,,,,,,",
		"2024,一般会計,一般会計,,当初予算,内閣府,内閣本府,項,目,,1000,2000,")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	require.Len(t, sh.Budget.Accounts, 2)
	require.Len(t, sh.Budget.Items, 1)
	assert.Equal(t, "当初予算", sh.Budget.Items[0].BudgetType)
}
