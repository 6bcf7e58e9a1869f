package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// startsHeader is headerRowAt's first test of a line, before
// startsHeaderRow was asked: some header row starts with t and a space.
func startsHeader(t string) bool {
	for _, h := range headerRows {
		if len(t) < len(h) && strings.HasPrefix(h, t) && h[len(t)] == ' ' {
			return true
		}
	}
	return false
}

func TestHeaderStarts(t *testing.T) {
	assert.NotContains(t, headerStartLens[:3], true)
	assert.NotEmpty(t, headerLeads)
	for _, h := range headerRows {
		for k := range len(h) + 1 {
			assert.Equal(t, startsHeader(h[:k]), startsHeaderRow(h[:k]), h[:k])
		}
	}
	for _, src := range gateSeeds(t) {
		for _, l := range scanLines(string(src)) {
			assert.Equal(t, startsHeader(l.Text), startsHeaderRow(l.Text), l.Text)
		}
	}
}

// FuzzHeaderStarts compares the lookup with the test it stands for.
func FuzzHeaderStarts(f *testing.F) {
	for _, h := range headerRows {
		f.Add(h)
		f.Add(h[:strings.IndexByte(h, ' ')])
	}
	f.Fuzz(func(t *testing.T, s string) {
		if startsHeader(s) != startsHeaderRow(s) {
			t.Fatalf("%q: lookup %v, test %v", s, startsHeaderRow(s), startsHeader(s))
		}
	})
}
