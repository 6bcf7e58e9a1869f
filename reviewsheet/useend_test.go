package reviewsheet

import (
	"testing"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
)

// isUseEndRef is isUseEnd on all the fields of the line.
func isUseEndRef(text string) bool {
	toks := sheettext.Fields(text)
	n := len(toks)
	return n >= 2 && num.IsAmount(toks[n-1]) || n >= 6 && toks[n-1] == absent
}

var useEndCases = []string{
	"", " ", "--", "1,234", "a 1,234", " 1,234", "1,234 ", "a\t1,234\t", "a  --", "a b c d e --", "a b c d --",
	"-- -- -- -- -- --", "旅費 出張旅費 12,345", "役務費 委託費", "a 1,23", "\t\t", "a -", "a b c d e f --\t",
	"支出先 契約 費目 使途 -- ", "a ３４５", "a 345.5", "a -345",
}

// TestIsUseEnd: isUseEnd (the last cell cut from the end) answers as
// the split into all fields.
func TestIsUseEnd(t *testing.T) {
	for _, s := range useEndCases {
		assert.Equal(t, isUseEndRef(s), isUseEnd(s), "%q", s)
	}
}

func FuzzIsUseEnd(f *testing.F) {
	for _, s := range useEndCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isUseEndRef(s) != isUseEnd(s) {
			t.Fatalf("%q: %v", s, isUseEnd(s))
		}
	})
}
