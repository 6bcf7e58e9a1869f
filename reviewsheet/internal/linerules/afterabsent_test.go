package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStrayAfterAbsent(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"--\n", 0},
		{"--\n--\n", 0}, // "--" cells only (OnlyDashes)
		{"--\n\n-- --\n", 0},
		{"", 0},
		{"特になし\n", 0},
		{"--\n\n金額\n\n契約先名\n\n--\n", 3},
		{"--金額\n", 0},                     // one line: text, not this rule's
		{"国庫債務負担行為\n--\n", 0},             // "--" inside the text
		{"--\n24,571,098 1,044,513\n", 1}, // figures after the "--"
	} {
		assert.Equal(t, tc.want, StrayAfterAbsent(scanLines(tc.in)), "%q", tc.in)
	}
}
