package rscsv

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeaderColByAddress: header.col finds a column by the address of the
// name constant and, for any other string of the same text (a name built
// at run time), by the text, with the same answer; unknown names are -1.
func TestHeaderColByAddress(t *testing.T) {
	// the mapping's name constants, as the 2-1 spec lists them
	spec := specByID("2-1")
	constant := func(name string) string {
		for _, list := range [][]string{commonColumns, spec.Required, spec.Known} {
			for _, c := range list {
				if c == name {
					return c
				}
			}
		}
		t.Fatalf("2-1 has no column %s", name)
		return ""
	}
	colSheetKind, c21Year, c21Initial, c21Total := constant("シート種別"), constant("予算年度"), constant("当初予算（合計）"), constant("計（歳出予算現額合計）")
	h := newHeader([]string{colSheetKind, colYear, colID, " " + c21Year + " ", c21Initial, c21Initial})
	h.indexConstants(specByID("2-1"))
	assert.Len(t, h.byAddr, 5, "シート種別, 事業年度, 予算事業ID, 予算年度, 当初予算（合計）")
	for _, c := range []string{colYear, colID, c21Year, c21Initial} {
		built := strings.Clone(c) // same text, bytes of its own
		assert.True(t, addrOf(c) != addrOf(built))
		_, fast := h.byAddr[addrOf(c)]
		assert.True(t, fast, c)
		assert.Equal(t, h.idx[c], h.col(c), c)
		assert.Equal(t, h.col(c), h.col(built), c)
	}
	assert.Equal(t, 3, h.col(c21Year), "trimmed")
	assert.Equal(t, 4, h.col(c21Initial), "a repeated name keeps its first column")
	assert.Equal(t, -1, h.col(c21Total))
	assert.Equal(t, -1, h.col("no such column"))
}
