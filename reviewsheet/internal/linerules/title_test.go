package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitTitle(t *testing.T) {
	for _, tc := range []struct {
		in             string
		year           int
		title, ministy string
		ok             bool
	}{
		{"2025年度行政事業レビューシート 内閣府", 2025, "行政事業レビューシート", "内閣府", true},
		{"2025 年度行政事業レビューシート 内閣府", 2025, "行政事業レビューシート", "内閣府", true}, // a font change's space
		{"２０２５年度行政事業レビューシート 内閣府", 2025, "行政事業レビューシート", "内閣府", true},
		{"2025年度行政事業レビューシート", 2025, "行政事業レビューシート", "", true},
		{"行政事業レビューシート 内閣府", 0, "", "内閣府", false},
		{"2025年度 内閣府", 0, "", "内閣府", false},
		{"令和7年度行政事業レビューシート 内閣府", 0, "", "内閣府", false},
		{"", 0, "", "", false},
	} {
		y, title, m, ok := SplitTitle(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.year, y, tc.in)
		assert.Equal(t, tc.title, title, tc.in)
		assert.Equal(t, tc.ministy, m, tc.in)
	}
}
