package label

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
)

func lines(texts ...string) []sheettext.Line {
	out := make([]sheettext.Line, len(texts))
	for i, t := range texts {
		out[i] = sheettext.Line{Text: t}
	}
	return out
}

// TestMatch: a label matches exactly, wrapped over lines, with the text
// after it on its last line, in the spellings extractors print; never as
// a substring or a prefix of a longer word.
func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    []string
		l     Label
		n     int
		rest  string
		match bool
	}{
		{"alone", []string{"活動目標"}, OcGoal, 1, "", true},
		{"text after", []string{"活動目標 研修を行う"}, OcGoal, 1, "研修を行う", true},
		{"wrapped", []string{"活動・成果目標", "と実績"}, OcTable, 2, "", true},
		{"alternate spelling", []string{"前年度から繰越し 700,540"}, RowCarriedOver, 1, "700,540", true},
		{"full-width URL", []string{"ＵＲＬ https://example.go.jp"}, KPIURL, 1, "https://example.go.jp", true},
		{"longer word", []string{"活動目標値"}, OcGoal, 0, "", false},
		{"inside text", []string{"その他 活動目標"}, OcGoal, 0, "", false},
		{"empty", nil, OcGoal, 0, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, rest, ok := Match(lines(tc.in...), 0, tc.l)
			assert.Equal(t, tc.match, ok)
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.rest, rest)
		})
	}
}

// TestCutToken (cutToken): a label among other text stands between spaces.
func TestCutToken(t *testing.T) {
	before, after, ok := cutToken("-- 主要経費 その他の事項経費", "主要経費")
	assert.True(t, ok)
	assert.Equal(t, "--", before)
	assert.Equal(t, "その他の事項経費", after)
	_, _, ok = cutToken("-- 主要経費等 その他", "主要経費")
	assert.False(t, ok)
}

// TestSetCandidates: a set never rules out a label that starts the
// line, and rules out the lines that start none of its labels.
func TestSetCandidates(t *testing.T) {
	s := NewSet([]Spec{{L: SpFlow}, {L: SpTopList}, {L: SpUses}, {L: SpDebtList}})
	s.Compile()
	for j, sp := range s.Specs {
		assert.NotZero(t, s.Candidates(string(sp.L))&(1<<j), sp.L)
		n, _, ok := s.Match(lines(string(sp.L)), 0, j)
		assert.True(t, ok, sp.L)
		assert.Equal(t, 1, n)
	}
	assert.Zero(t, s.Candidates("予算額執行額表"))
}
