package rscsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBlockParents: a 5-2 row from a block to itself splits the block
// into parts (2024 予算事業ID 880) and a 支出元 letter naming no block is
// the paying organisation (2024 予算事業ID 511, 228): neither is a parent
// block. Found by the text round trip (18 sheets of 2024).
func TestBlockParents(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "5-2_RS_2024_支出先_支出ブロックのつながり.csv",
		"支出元の支出先ブロック,支出元の支出先ブロック名,担当組織からの支出,支出先の支出先ブロック,支出先の支出先ブロック名,資金の流れの補足情報,国自らが支出する間接経費,国自らが支出する間接経費の項目,国自らが支出する間接経費の金額",
		",内閣府,TRUE,A,日本司法支援センター,,,,",
		"A,日本司法支援センター,FALSE,A,事業費,,,,",
		"A,事業費,FALSE,B,株式会社見本,,,,",
		"X,復興庁,FALSE,C,内閣府,,,,")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	sp := sh.Spending
	require.NotNil(t, sp)
	parents := map[string]string{}
	for _, b := range sp.Blocks {
		parents[b.Block] = b.Parent
	}
	assert.Equal(t, map[string]string{"A": "", "B": "A", "C": ""}, parents)
	assert.Equal(t, "日本司法支援センター", sp.BlockByName("A").Name)
}
