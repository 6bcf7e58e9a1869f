package label

// keyTable maps the prefix keys of a set's spellings (their first three
// bytes, prefixKey) to the specs with a spelling that starts with the
// key, by a perfect hash built when the set compiles: slot
// (key·mul mod 2³²) >> 24 holds the key and its specs, and no two keys of
// the set share a slot. A lookup is one multiplication, one load and one
// comparison, with no loop and no bounds check (256 slots, indexed by a
// byte): Candidates asks it at every line of every section (four million
// times a pass over the rendered 2024 corpus). Small enough to be inlined
// there, it took 77 M instructions off a pass of 3.75 G, against the
// Bloom test and linear search of the keys it replaces.
type keyTable struct {
	keys  *[256]uint32 // the key with bit 24 set (0: an empty slot; a key has 24 bits)
	masks *[256]uint64 // the specs of the key in keys
	mul   uint32       // odd
}

const keyUsed = 1 << 24

// slot returns the slot of key.
func (t *keyTable) slot(key uint32) uint8 { return uint8((key * t.mul) >> 24) }

// lookup returns the specs with a spelling that starts with key (0 when
// none does).
func (t *keyTable) lookup(key uint32) uint64 {
	if h := t.slot(key); t.keys[h] == key|keyUsed {
		return t.masks[h]
	}
	return 0
}

// newKeyTable builds the table of keys[k] → masks[k] (distinct keys, at
// most 128), trying odd multipliers from a fixed sequence until no two
// keys share a slot (the result is deterministic). The sets have 2 to 16
// keys, which the first multiplier or two place; 64 keys (a set of 64
// labels) take some thousand tries, a millisecond.
func newKeyTable(keys []uint32, masks []uint64) keyTable {
	if len(keys) > 128 {
		panic("label: more than 128 prefix keys in a set")
	}
	seed := uint64(0x9E3779B97F4A7C15)
	t := keyTable{keys: new([256]uint32), masks: new([256]uint64)}
	for {
		seed = seed*6364136223846793005 + 1442695040888963407
		t.mul = uint32(seed>>32) | 1
		clear(t.keys[:])
		ok := true
		for _, key := range keys {
			h := t.slot(key)
			if t.keys[h] != 0 {
				ok = false
				break
			}
			t.keys[h] = key | keyUsed
		}
		if ok {
			for k, key := range keys {
				t.masks[t.slot(key)] = masks[k]
			}
			return t
		}
	}
}
