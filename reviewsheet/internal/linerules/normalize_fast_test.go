package linerules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// mayJoinRef is mayJoin as one search per word of splitWords.
func mayJoinRef(t string) bool {
	for _, w := range splitWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

var fastSeeds = []string{
	"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u3000b", "a\u3000", "\u3000a",
	"a \u3000b", "a\u3000\u3000b", "\xe3\x80", "\xe3\x80\x80", "\xc2", "\xc2\xa0", "\xf0\xe3\x80\x80x",
	"2025 年度", "予算事業 ID", "事業概要 URL", "KPI", "x KPI", "６月 11日", "月", "月 ", " 月",
	"ＩＤ", "a ＩＤ", "a ＵＲＬ", "a UR", "年 度", "成果指標 --", "－－ 1", "令和6年度 予算額",
}

// TestNormalizeFastMatchesRef checks the byte loops of spacesClean and
// mayJoin against their references on the edge cases.
func TestNormalizeFastMatchesRef(t *testing.T) {
	for _, s := range fastSeeds {
		assert.Equal(t, refSpacesClean(s), spacesClean(s), "%q", s)
		assert.Equal(t, mayJoinRef(s), mayJoin(s), "%q", s)
	}
}

// FuzzMayJoin checks mayJoin (and spacesClean) against their references.
func FuzzMayJoin(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayJoin(s) != mayJoinRef(s) {
			t.Fatalf("mayJoin(%q) = %v", s, mayJoin(s))
		}
		if spacesClean(s) != refSpacesClean(s) {
			t.Fatalf("spacesClean(%q) = %v", s, spacesClean(s))
		}
	})
}
