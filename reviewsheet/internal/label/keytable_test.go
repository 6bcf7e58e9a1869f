package label

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKeyTable proves the perfect hash equal to a linear search of the
// keys: every key finds its own mask, and keys of no spelling (random
// ones, and every key of the other sets) find none; tables of up to 70 keys
// (more than a set of 64 labels has) are built without collision.
func TestKeyTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 8, 9, 30, 64, 70} {
		keys := make([]uint32, 0, n)
		masks := make([]uint64, 0, n)
		seen := map[uint32]bool{}
		for len(keys) < n {
			k := rng.Uint32() & 0xFFFFFF
			if k == 0 && n%2 == 0 { // the zero key too, in some tables
				continue
			}
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
				masks = append(masks, rng.Uint64()|1)
			}
		}
		tab := newKeyTable(keys, masks)
		for k, key := range keys {
			assert.Equal(t, masks[k], tab.lookup(key))
		}
		for range 10000 {
			k := rng.Uint32() & 0xFFFFFF
			if !seen[k] {
				assert.Zero(t, tab.lookup(k))
			}
		}
	}
}

// TestSetCandidatesTable checks each compiled set's Candidates against
// the masks computed from its spellings by a linear search, on every
// key of every spelling of every set.
func TestSetCandidatesTable(t *testing.T) {
	var probes []string
	for _, set := range allFieldSets {
		set.Compile()
		for _, sp := range set.spell {
			probes = append(probes, sp...)
		}
	}
	for name, set := range allFieldSets {
		for _, p := range probes {
			var want uint64
			for j, sp := range set.spell {
				for _, s := range sp {
					if len(s) < 3 || len(p) >= 3 && s[:3] == p[:3] {
						want |= 1 << j
					}
				}
			}
			if len(p) < 3 {
				want = set.all
			}
			assert.Equal(t, want, set.Candidates(p), "%s: %q", name, p)
		}
	}
}
