package rscsv

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJoined: the cells of an encoding/csv record are kept without a copy
// (the record's string is the reader's); cells from elsewhere are copied;
// either way a table gives back the same cells.
func TestJoined(t *testing.T) {
	r := csv.NewReader(strings.NewReader("a,,\"b,\"\"c\"\"\nd\",é\r\n,,\r\n"))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	rec, err := r.Read()
	require.NoError(t, err)
	rec = slices.Clone(rec) // the next Read reuses the slice, not the strings
	s, ok := joined(rec)
	require.True(t, ok, "encoding/csv's cells lie one after the other")
	assert.Equal(t, "ab,\"c\"\ndé", s)
	assert.True(t, unsafe.StringData(s) == unsafe.StringData(rec[0]), "no copy")

	empty, err := r.Read()
	require.NoError(t, err)
	s, ok = joined(empty)
	assert.True(t, ok)
	assert.Equal(t, "", s)

	_, ok = joined([]string{"x", "y"}) // two constants: not adjacent
	assert.False(t, ok)
	whole := "xyz"
	_, ok = joined([]string{whole[1:], whole[:1]}) // adjacent the wrong way round
	assert.False(t, ok)

	h := newHeader([]string{"c1", "c2", "c3", "c4", "c5"})
	for _, cells := range [][]string{rec, {"a", "", "b,\"c\"\nd", "é"}} {
		tb := &table{h: h, rows: map[key][]record{}}
		tb.add(key{2024, "000001"}, cells, 1, false)
		r := &tb.rows[key{2024, "000001"}][0]
		for i, want := range []string{"a", "", "b,\"c\"\nd", "é", ""} {
			assert.Equal(t, want, tb.cell(r, i), "cell %d", i)
		}
	}
}
