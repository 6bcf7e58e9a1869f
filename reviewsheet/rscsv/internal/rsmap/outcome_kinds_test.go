package rsmap

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/outcome"
)

// TestNodeKind: 種別 and アウトカムの期間 are matched exactly, with or
// without the RS list number; any other spelling is unknown (reported by
// the caller), never read by a substring.
func TestNodeKind(t *testing.T) {
	for _, tt := range []struct {
		kind, term string
		want       outcome.Kind
		ok         bool
	}{
		{"アクティビティ", "", outcome.KindActivity, true},
		{"アウトプット", "", outcome.KindOutput, true},
		{"アウトカム", "短期", outcome.KindShortOutcome, true},
		{"アウトカム", "1.短期", outcome.KindShortOutcome, true},
		{"アウトカム", "2．中期", outcome.KindMidOutcome, true},
		{"アウトカム", " 3.長期 ", outcome.KindLongOutcome, true},
		{"アウトカム", "短期・中期", "", false}, // a substring match would say 短期
		{"アウトカム", "超長期", "", false},
		{"アウトカム", "", "", false},
		{"アウトカム（短期）", "短期", "", false},
	} {
		got, ok := nodeKind(tt.kind, tt.term)
		assert.Equal(t, tt.ok, ok, "%s / %s", tt.kind, tt.term)
		assert.Equal(t, tt.want, got, "%s / %s", tt.kind, tt.term)
	}
	for raw, want := range map[string]valueRow{"1.目標年度": rowTargetYear, "目標値": rowTarget, "3.実績値": rowActual, "4.達成率": rowRate, "目標値（当初見込み）": 0, "達成率等": 0} {
		assert.Equal(t, want, valueRows[choice(raw)], raw)
	}
}

// TestPathsCapped: links that make more than maxPaths paths keep every
// link and the first maxPaths paths, and say so with a warning.
func TestPathsCapped(t *testing.T) {
	ob := &outcomeBuild{nodes: map[rawNode]*outcome.Node{}}
	layers := []outcome.Kind{outcome.KindActivity, outcome.KindOutput, outcome.KindShortOutcome, outcome.KindMidOutcome, outcome.KindLongOutcome}
	var prev []rawNode
	links := 0
	for l, k := range layers {
		var cur []rawNode
		for i := 1; i <= 7; i++ { // 7^5 = 16,807 paths
			n := rawNode{no: (l+1)*100 + i, kind: k}
			ob.node(n)
			cur = append(cur, n)
			for _, p := range prev {
				ob.edges = append(ob.edges, struct {
					from, to rawNode
					text     *string
				}{from: p, to: n})
				links++
			}
		}
		prev = cur
	}
	g, capped := ob.graph()
	assert.True(t, capped)
	assert.Len(t, g.Paths, maxPaths)
	assert.Len(t, g.Links, links)
	g, capped = (&outcomeBuild{nodes: map[rawNode]*outcome.Node{}}).graph()
	assert.False(t, capped)
	assert.Empty(t, g.Paths)
}

func TestChoice(t *testing.T) {
	for in, want := range map[string]string{"1.短期": "短期", "短期": "短期", "12．目標値": "目標値", "2024": "2024", "3.": "", " 4.達成率 ": "達成率", "1-2": "1-2"} {
		assert.Equal(t, want, choice(in), in)
	}
}
