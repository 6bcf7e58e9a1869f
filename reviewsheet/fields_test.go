package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// TestNth compares nth (labels compared by length and last byte first)
// with a plain search: labels of one length, of one last byte, repeated,
// empty and absent.
func TestNth(t *testing.T) {
	labels := []label.Label{"事業名", "事業番号", "所見", "所管", "所見", "", "a", "", "事業名称"}
	fs := make([]field, len(labels))
	for i, l := range labels {
		fs[i].spec.L = l
	}
	ref := func(l label.Label, n int) *field {
		for i := range fs {
			if fs[i].spec.L == l {
				if n--; n == 0 {
					return &fs[i]
				}
			}
		}
		return nil
	}
	for _, l := range append(labels, "事業", "所", "b", "見所", "名事業") {
		for n := 1; n <= 3; n++ {
			assert.Same(t, ref(l, n), nth(fs, l, n), "%q %d", l, n)
		}
	}
}

// TestFieldAdd: lines in a run are a capped subslice of the section, a
// gap makes the field own a copy, and later lines are appended to it.
func TestFieldAdd(t *testing.T) {
	sec := make([]sheettext.Line, 6)
	for i := range sec {
		sec[i].Text = string(rune('a' + i))
	}
	var f field
	f.add(sec, 1)
	f.add(sec, 2)
	assert.False(t, f.owned)
	assert.Equal(t, sec[1:3], f.lines)
	assert.Equal(t, 2, cap(f.lines), "capped: an append cannot overwrite the section")
	f.add(sec, 4) // a gap
	assert.True(t, f.owned)
	f.add(sec, 5)
	assert.Equal(t, []sheettext.Line{sec[1], sec[2], sec[4], sec[5]}, f.lines)
	assert.Equal(t, "b", sec[1].Text, "the section is untouched")
}
