package reviewsheet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// TestSourceMarks records paths of one and two segments, no position,
// repeated paths (the last wins) and more marks than the first chunk
// holds, and compares the map index builds with the paths spelled by
// fmt.
func TestSourceMarks(t *testing.T) {
	f, _ := sheettext.Scan("x", []byte(strings.Repeat("a\n", 40)))
	s := newSource(f)
	want := map[string]int{}
	spell := func(p jpath, leaf string) string {
		out := p.a
		if p.i >= 0 {
			out += fmt.Sprintf("[%d]", p.i)
		}
		out += p.b
		if p.j >= 0 {
			out += fmt.Sprintf("[%d]", p.j)
		}
		return out + leaf
	}
	pos := 0
	record := func(p jpath, leaf string) {
		pos++
		s.set(p, leaf, sheettext.Pos(pos))
		want[spell(p, leaf)] = pos
	}
	for i := 0; i < 300; i++ {
		record(jp("spending.recipients", i%120), ".amount")
		record(jp("budget.total", -1), "")
		record(jp("outcome.nodes", i).at(".indicator.values", i%3), ".achievement_rate")
		record(jp("a", 1000+i).at("", i), "")
		s.set(jp("never", i), "", sheettext.NoPos)
	}
	require.NotEmpty(t, s.chunks, "the marks fill more than one chunk")
	s.index()
	assert.Equal(t, want, positions(s))
	assert.Equal(t, len(want), s.Len())
	assert.Equal(t, "outcome.nodes[7].indicator.values[1].achievement_rate", spell(jp("outcome.nodes", 7).at(".indicator.values", 1), ".achievement_rate"))
}

// TestSourceShiftChunks shifts list entries recorded over several chunks.
func TestSourceShiftChunks(t *testing.T) {
	s := &Source{}
	for i := 0; i < 40; i++ {
		s.set(jp("spending.blocks", i), ".total", sheettext.Pos(100+i))
	}
	s.shift("spending.blocks", 30)
	s.index()
	p := positions(s)
	assert.Equal(t, 129, p["spending.blocks[29].total"])
	assert.Equal(t, 130, p["spending.blocks[30].total"]) // not shifted over
	assert.Equal(t, 130, p["spending.blocks[31].total"])
	assert.Equal(t, 139, p["spending.blocks[40].total"])
	assert.Len(t, p, 41)
}
