package reviewsheet

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The helpers that spare the parse allocations give what the code they
// replaced gave.

func TestIsJoined(t *testing.T) {
	parts := [][]string{nil, {}, {""}, {"a"}, {"会計区分", "会計", "勘定"}, {"a", "", "b"}}
	texts := []string{"", "a", "a ", " a", "会計区分 会計 勘定", "会計区分 会計 勘定 ", "会計区分 会計", "a  b", "a b", "ab"}
	for _, ps := range parts {
		for _, s := range texts {
			assert.Equal(t, s == strings.Join(ps, " "), isJoined(s, ps, " "), "%q %q", s, ps)
		}
	}
}

func TestKeepSplit(t *testing.T) {
	p := &parser{}
	var got [][]string
	texts := []string{"", "a", "事項 / 項 / 目", " / ", "a / b / ", strings.Repeat("x / ", 2*stringChunk)}
	for _, s := range texts {
		got = append(got, p.keepSplit(s, " / "))
	}
	for i, s := range texts {
		assert.Equal(t, strings.Split(s, " / "), got[i], s)
		assert.Equal(t, len(got[i]), cap(got[i]), "capped: appending copies")
	}
	// appending to one does not write over the next
	a, b := p.keepSplit("a / b", " / "), p.keepSplit("c / d", " / ")
	_ = append(a, "x")
	assert.Equal(t, []string{"c", "d"}, b)
}

func TestContentIn(t *testing.T) {
	lines := []sheettext.Line{{Text: "二行目", Pos: 20}, {Text: "三行目", Pos: 30}}
	for _, f := range []field{
		{pos: 1, lines: lines},
		{pos: 1, inline: "一行目", lines: lines},
		{pos: 1, inline: "一行目"},
		{pos: 1},
	} {
		var buf lineBuf
		assert.Equal(t, f.content(), f.contentIn(buf[:0]))
	}
}

// TestParseAllocs: the sample sheet parses in a bounded number of
// allocations (the joined texts share chunks, fields and outcome nodes
// come from slabs): a change that makes each cell allocate again shows
// here.
func TestParseAllocs(t *testing.T) {
	src := readFile(t, samplePath)
	var err error
	allocs := testing.AllocsPerRun(5, func() {
		_, err = (&Parser{Name: "sample"}).ParseBytes(src)
	})
	require.NoError(t, err)
	assert.Less(t, allocs, 370.0) // 318 when written (622 before the chunks and slabs)
}

// TestSmallMap: a smallMap holds what a Go map holds, below and past
// smallMapMax keys.
func TestSmallMap(t *testing.T) {
	for _, n := range []int{0, 1, smallMapMax - 1, smallMapMax, smallMapMax + 1, 3 * smallMapMax} {
		var s smallMap[int, string]
		if n%2 == 0 {
			s.sized(n)
		}
		want := map[int]string{}
		for i := 0; i < 2*n; i++ {
			k := (i * 7) % (n + 1) // keys repeat: put overwrites
			v := strings.Repeat("v", i%5) + string(rune('a'+i%26))
			s.put(k, v)
			want[k] = v
		}
		require.Equal(t, len(want), s.len(), "n=%d", n)
		for k := -1; k <= n+1; k++ {
			got, ok := s.get(k)
			w, wok := want[k]
			assert.Equal(t, wok, ok, "n=%d key %d", n, k)
			assert.Equal(t, w, got, "n=%d key %d", n, k)
		}
	}
}

// TestKeepInts: the slices keepInts hands out do not share room:
// appending up to the size asked for leaves the others as they are, past
// it copies.
func TestKeepInts(t *testing.T) {
	p := &parser{}
	var got [][]int
	for n := 1; n <= 2*intChunk; n += 7 {
		s := p.keepInts(n)
		require.Len(t, s, 0)
		for i := 0; i < n; i++ {
			s = append(s, n*100+i)
		}
		got = append(got, s)
	}
	extra := append(got[0], -1) // past its size: a copy
	extra[0] = -2
	for k, s := range got {
		n := 1 + 7*k
		require.Len(t, s, n)
		for i, v := range s {
			assert.Equal(t, n*100+i, v)
		}
	}
}

// TestKeepFields: keepFields splits as sheettext.Fields, capped, also for
// a line of more cells than it makes room for.
func TestKeepFields(t *testing.T) {
	p := &parser{}
	texts := []string{"", "一般会計 内閣府 -- 1,000 --", "a\tb  c", strings.Repeat("x ", 3*maxKeptFields), "単独"}
	var got [][]string
	for i := 0; i < 3; i++ {
		for _, s := range texts {
			got = append(got, p.keepFields(s))
		}
	}
	for i, c := range got {
		assert.Equal(t, sheettext.Fields(texts[i%len(texts)]), c)
		assert.Equal(t, len(c), cap(c))
	}
}

// TestEarlierBox: the box printed first with a number is found, in a
// short overview (searched) and a long one (smallMap).
func TestEarlierBox(t *testing.T) {
	for _, n := range []int{5, smallMapMax, 3 * smallMapMax} {
		boxes := make([]ocBox, n)
		for i := range boxes {
			boxes[i] = ocBox{id: 100 + i%(n/2+1), pos: sheettext.Pos(i + 1)}
		}
		var seen smallMap[int, sheettext.Pos]
		for i := range boxes {
			at, dup := earlierBox(boxes, i, &seen)
			first := firstBoxPos(boxes, boxes[i].id)
			assert.Equal(t, first != boxes[i].pos, dup, "n=%d box %d", n, i)
			if dup {
				assert.Equal(t, first, at, "n=%d box %d", n, i)
			}
		}
	}
}
