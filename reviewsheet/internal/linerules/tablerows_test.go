package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFigureCells(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
		ok   bool
	}{
		{"-- 408,000", []string{"--", "408,000"}, true},
		{"1,351,442 --", []string{"1,351,442", "--"}, true},
		{"---", []string{"--", "--"}, true},
		{"-- 17.3% -", []string{"--", "17.3%", "-"}, true},
		{"148.4 --", []string{"148.4", "--"}, true},
		{"補正予算 --", nil, false},
		{"後続アウトカム", nil, false},
	} {
		got, ok := FigureCells(nil, tc.in)
		assert.Equal(t, tc.ok, ok, "%q", tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
}

func TestBalanceCells(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want [][]string
	}{
		{"a trailing -- printed after the next row",
			[][]string{{"0", "1", "2"}, {"--", "3", "--", "--", "--"}},
			[][]string{{"0", "1", "2", "--"}, {"--", "3", "--", "--"}}},
		{"a row label printed after its cells",
			[][]string{{"--", "559", "--", "--", "--", "111.8", "--", "--"}, {}},
			[][]string{{"--", "559", "--", "--"}, {"--", "111.8", "--", "--"}}},
		{"only -- moves back: a figure stays and the row is reported",
			[][]string{{"0", "1", "2"}, {"--", "3", "--", "--", "4"}},
			[][]string{{"0", "1", "2"}, {"--", "3", "--", "--", "4"}}},
		{"counts that do not add up: left as read",
			[][]string{{"0", "1", "2"}, {"--", "3", "--", "--"}},
			[][]string{{"0", "1", "2"}, {"--", "3", "--", "--"}}},
	} {
		balanceCells(tc.in, 4)
		assert.Equal(t, tc.want, tc.in, tc.name)
	}
}

func TestOnlyDashes(t *testing.T) {
	assert.True(t, OnlyDashes(scanLines("--\n\n--\n")))
	assert.True(t, OnlyDashes(scanLines("-- -- --\n")))
	assert.False(t, OnlyDashes(scanLines("--\n本文\n")))
	assert.False(t, OnlyDashes(nil))
}
