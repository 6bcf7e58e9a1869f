package normalize

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/stretchr/testify/assert"
)

// TestNeedsNormalizing: the fast check says yes exactly when some line
// changes (a single leading space aside, which the section parsers
// ignore), on the lines of the table above and on the sample.
func TestNeedsNormalizing(t *testing.T) {
	for _, s := range []string{
		"要求額 -- 408,000", "a  b", "a\tb", "a\u00a0b", "－－", "ーー", "――", "⾏", "\u2ea0", "\U0002F800",
		"孤独‧孤立",
		"政策統括官（共生・共助担当）　孤独", "（）：「」…※", "データ", "see ID",
	} {
		_, lines := sheettext.Scan("x", []byte(s))
		changes := false
		for _, l := range lines {
			changes = changes || linerules.NormalizeLine(l.Text) != l.Text
		}
		assert.Equal(t, changes, NeedsNormalizing([]byte(s)), "%q", s)
	}
	assert.False(t, NeedsNormalizing(readFile(t, samplePath)))
}

func BenchmarkNeedsNormalizing(b *testing.B) {
	src := readFile(b, samplePath)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		NeedsNormalizing(src)
	}
}
