package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/examples/internal/exutil"
	"github.com/rsheet/rsheet/reviewsheet"
)

// The sample has 13 competitive contracts, 4 with one bidder; the
// variants of the same sheet are read once.
func TestSample(t *testing.T) {
	var rows []row
	var st stats
	err := exutil.EachSheet([]string{"../../testdata/rs2025-006423.txt", "../../testdata/variants"}, func(s *reviewsheet.Sheet) {
		st.sheets++
		rows = append(rows, oneBidder(s, &st)...)
	})
	require.NoError(t, err)
	assert.Equal(t, stats{sheets: 1, competitive: 13}, st)
	require.Len(t, rows, 4)
	var buf bytes.Buffer
	require.NoError(t, writeCSV(&buf, rows))
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	assert.Len(t, lines, 5)
	assert.Contains(t, buf.String(), "一般社団法人ＲＣＦ,1010405009898,")
	assert.Contains(t, buf.String(), ",22528000,64,")
}

// RS bulk CSVs with the 支出先 tables work as input too.
func TestRSCSV(t *testing.T) {
	var st stats
	n := 0
	err := exutil.EachSheet([]string{"../../testdata/rscsv/2025"}, func(s *reviewsheet.Sheet) {
		st.sheets++
		n += len(oneBidder(s, &st))
	})
	require.NoError(t, err)
	assert.Positive(t, st.sheets)
	assert.LessOrEqual(t, n, st.competitive)
}
