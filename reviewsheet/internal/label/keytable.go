package label

// keyTable maps the prefix keys of a set's spellings (their first three
// bytes, prefixKey) to the specs with a spelling that starts with the
// key, by a perfect hash built when the set compiles: slot
// (key·mul mod 2³²) >> shift holds the key and its specs, and no two keys
// of the set share a slot. A lookup is one multiplication, one load and
// one comparison, with no loop: Candidates asks it at every line of every
// section (four million times a pass over the rendered 2024 corpus),
// where a Bloom test and a linear search of the keys took three times
// the instructions.
type keyTable struct {
	slots []keySlot // a power of two of them
	mul   uint32    // odd
	shift uint32    // 32 − log₂ len(slots)
}

// keySlot is one slot of a keyTable: key is the prefix key with bit 24
// set (0: an empty slot; a key has 24 bits).
type keySlot struct {
	key  uint32
	mask uint64
}

const keyUsed = 1 << 24

// lookup returns the specs with a spelling that starts with key (0 when
// none does).
func (t *keyTable) lookup(key uint32) uint64 {
	sl := &t.slots[(key*t.mul)>>t.shift]
	if sl.key == key|keyUsed {
		return sl.mask
	}
	return 0
}

// newKeyTable builds the table of keys[k] → masks[k] (distinct keys). It
// starts with at least twice as many slots as keys and tries odd
// multipliers from a fixed sequence (the result is deterministic),
// doubling the slots after 64 failures.
func newKeyTable(keys []uint32, masks []uint64) keyTable {
	size, shift := 8, uint32(32-3)
	for size < 2*len(keys) {
		size, shift = size*2, shift-1
	}
	seed := uint64(0x9E3779B97F4A7C15)
	for {
		for try := 0; try < 64; try++ {
			seed = seed*6364136223846793005 + 1442695040888963407
			mul := uint32(seed>>32) | 1
			slots := make([]keySlot, size)
			ok := true
			for k, key := range keys {
				sl := &slots[(key*mul)>>shift]
				if sl.key != 0 {
					ok = false
					break
				}
				*sl = keySlot{key: key | keyUsed, mask: masks[k]}
			}
			if ok {
				return keyTable{slots: slots, mul: mul, shift: shift}
			}
		}
		size, shift = size*2, shift-1
	}
}
