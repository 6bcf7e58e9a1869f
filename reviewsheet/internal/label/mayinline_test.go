package label

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestMayInline: where MayInline is false, InlineCandidates finds no
// spec, on every line of the test texts and on every spelling of every
// label of each set (so readFields may skip it).
func TestMayInline(t *testing.T) {
	var textLines []string
	for _, p := range fieldSetInputs {
		textLines = append(textLines, strings.Split(string(readFile(t, p)), "\n")...)
	}
	for name, set := range allFieldSets {
		set.Compile()
		lines := textLines
		for _, sp := range set.Specs {
			lines = append(lines, string(sp.L), "-- "+string(sp.L)+" x")
			for _, a := range AltSpellings(sp.L) {
				lines = append(lines, a, "-- "+a)
			}
		}
		for cur := -1; cur < len(set.Specs); cur++ {
			if set.MayInline(cur) {
				continue
			}
			for _, l := range lines {
				require.Zero(t, set.InlineCandidates(l, cur), "%s %d %q", name, cur, l)
			}
		}
	}
	require.NotEmpty(t, textLines)
}
