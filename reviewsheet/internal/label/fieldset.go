package label

import (
	"math/bits"
	"strings"
	"sync"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// Matching labels is what parsing spends its time on: a section tries
// each of its labels at every line. Both filters below look at the first
// three bytes of a line (one kana or kanji) and rule out, before any
// string comparison, the labels that cannot start there. They never
// change what matches: a label (or one of its alternate spellings) that
// starts a line, wrapped or not, begins with the line's first three
// bytes, and lines or spellings shorter than that are always tried.

// prefixKey packs the first three bytes of s; ok is false when s is
// shorter.
func prefixKey(s string) (key uint32, ok bool) {
	if len(s) < 3 {
		return 0, false
	}
	return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]), true
}

// altPrefixes is a Bloom-style bit set of the prefix keys of every
// alternate spelling in labelSpellings: a line whose key is not in it
// cannot start an alternate spelling of any label.
var altPrefixes = func() (a struct {
	bits  [64]uint64 // 4096 bits
	short bool       // an alternate is shorter than a key: always look
}) {
	for _, alts := range labelSpellings {
		for _, s := range alts {
			key, ok := prefixKey(s)
			if !ok {
				a.short = true
				continue
			}
			h := altHash(key)
			a.bits[h>>6] |= 1 << (h & 63)
		}
	}
	return a
}()

func altHash(key uint32) uint32 { return (key * 2654435761) >> 20 }

// mayStartAlt reports whether a line beginning with t may start an
// alternate spelling of some label.
func mayStartAlt(t string) bool {
	key, ok := prefixKey(t)
	if !ok || altPrefixes.short {
		return true
	}
	h := altHash(key)
	return altPrefixes.bits[h>>6]&(1<<(h&63)) != 0
}

// Set is a section's list of fieldSpecs (at most 64), indexed by
// the prefix keys of their spellings for readFields.
type Set struct {
	Specs []Spec
	once  sync.Once  // compile runs on first use
	tab   keyTable   // prefix key → the specs a spelling of which starts with it
	short uint64     // specs with a spelling shorter than a key: always tried
	all   uint64     // every spec
	spell [][]string // spell[j]: the canonical spelling of spec j, then its alternates
	// inline: the specs that may stand after other text on a line
	inline uint64
	// same[j]: the specs with the label of spec j (OcSpecs repeats its
	// labels kind after kind); a label that does not match at a line is
	// not tried again there under another spec
	Same []uint64
	// first[b]: the specs with a spelling whose first byte is b (for
	// MatchCandidates)
	first [256]uint64
}

// NewSet returns the set of specs (at most 64), compiled on first use.
func NewSet(specs []Spec) *Set {
	if len(specs) > 64 {
		panic("reviewsheet: a fieldSet holds at most 64 labels")
	}
	return &Set{Specs: specs}
}

// Compile builds the prefix index of the set once (the first call).
func (s *Set) Compile() {
	s.once.Do(func() {
		var keys []uint32  // the distinct prefix keys of the spellings
		var masks []uint64 // masks[k]: the specs a spelling of which starts with keys[k]
		s.spell = make([][]string, len(s.Specs))
		s.Same = make([]uint64, len(s.Specs))
		for j := range s.Specs {
			for k := range s.Specs {
				if s.Specs[k].L == s.Specs[j].L {
					s.Same[j] |= 1 << k
				}
			}
		}
		for j, sp := range s.Specs {
			bit := uint64(1) << j
			if sp.Inline {
				s.inline |= bit
			}
			s.spell[j] = append([]string{string(sp.L)}, AltSpellings(sp.L)...)
			for _, sp := range s.spell[j] {
				if sp != "" {
					s.first[sp[0]] |= bit
				}
				key, ok := prefixKey(sp)
				if !ok {
					s.short |= bit
					continue
				}
				k := 0
				for k < len(keys) && keys[k] != key {
					k++
				}
				if k == len(keys) {
					keys = append(keys, key)
					masks = append(masks, 0)
				}
				masks[k] |= bit
			}
		}
		s.tab = newKeyTable(keys, masks)
		s.all = ^uint64(0) >> (64 - len(s.Specs))
	})
}

// Match is the package-level Match for spec j, with its spellings looked up once.
func (s *Set) Match(lines []sheettext.Line, i, j int) (n int, rest string, ok bool) {
	t := lines[i].Text
	for _, sp := range s.spell[j] {
		if SamePrefix(t, sp) {
			if rest, ok = exactAt(t, sp); ok {
				return 1, rest, true
			}
			if differAtSecond(t, sp) {
				continue
			}
			if n, rest, ok = MatchSpelling(lines, i, sp); ok {
				return n, rest, true
			}
		}
	}
	return 0, "", false
}

// SplitInline splits text where a spelling of spec j stands between
// spaces (or at an end), the canonical spelling tried first: with
// 主要経費, "-- 主要経費 その他の事項経費" gives ("--", "その他の事項経費",
// true).
func (s *Set) SplitInline(text string, j int) (before, after string, ok bool) {
	for _, sp := range s.spell[j] {
		if b, a, ok := cutToken(text, sp); ok {
			return b, a, true
		}
	}
	// another spelling of the label (事業終了(予定)年度), as MatchSpelling
	// compares them, at the start of a token: found by its first bytes
	for _, sp := range s.spell[j] {
		pre := sp[:min(3, len(sp))]
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], pre)
			if k < 0 {
				break
			}
			start := from + k
			if start == 0 || text[start-1] == ' ' {
				if ti, si := labelPrefix(text[start:], sp); si == len(sp) && (start+ti == len(text) || text[start+ti] == ' ') {
					return strings.TrimRight(text[:start], " "), strings.TrimLeft(text[start+ti:], " "), true
				}
			}
			from = start + 1
		}
	}
	return text, "", false
}

// Candidates returns the specs whose label may start at t. It is small
// enough to be inlined (the parser asks it at every line of every
// section): the key is read here, not by prefixKey.
func (s *Set) Candidates(t string) uint64 {
	if len(t) < 3 {
		return s.all
	}
	return s.short | s.tab.lookup(uint32(t[0])<<16|uint32(t[1])<<8|uint32(t[2]))
}

// MatchCandidates returns the specs whose Match may accept a line
// starting with t: Candidates(t), and for a line shorter than a prefix
// key (which Candidates cannot rule anything out for: "--", "-", "1")
// only the specs with a spelling of the same first byte, since Match
// tries a spelling only when SamePrefix(t, spelling) holds. In the
// rendered 2024 corpus three in four failed Match calls were a "--"
// line tried against every spec of its section.
func (s *Set) MatchCandidates(t string) uint64 {
	if len(t) >= 3 {
		return s.short | s.tab.lookup(uint32(t[0])<<16|uint32(t[1])<<8|uint32(t[2]))
	}
	if t == "" {
		return s.all
	}
	return s.first[t[0]]
}

// NextCandidate returns the first index k ≥ i of lines at which a spec
// of want may match (MatchCandidates(lines[k].Text) & want, nonzero), and
// those specs; len(lines) and 0 when there is none. It is the loop of a
// caller that looks for a few labels among many lines (the section
// headings among all the lines of a sheet), with what the loop reads held
// in registers.
func (s *Set) NextCandidate(lines []sheettext.Line, i int, want uint64) (int, uint64) {
	keys, masks, mul, short := s.tab.keys, s.tab.masks, s.tab.mul, s.short&want
	for ; i < len(lines); i++ {
		t := lines[i].Text
		if len(t) < 3 {
			if m := s.MatchCandidates(t) & want; m != 0 {
				return i, m
			}
			continue
		}
		key := uint32(t[0])<<16 | uint32(t[1])<<8 | uint32(t[2])
		m := short
		if h := uint8((key * mul) >> 24); keys[h] == key|keyUsed {
			m |= masks[h] & want
		}
		if m != 0 {
			return i, m
		}
	}
	return len(lines), 0
}

// after is the mask of the specs after index cur (cur -1: all), looked
// up (a shift by a variable count is a compare and two more instructions
// on amd64, and readFields asks at every line).
func After(cur int) uint64 { return afterMasks[cur+1] }

var afterMasks = func() (m [65]uint64) {
	for i := 0; i < 64; i++ {
		m[i] = ^(uint64(1)<<i - 1)
	}
	return m // m[64]: none
}()

// HasInlineAfter reports whether the set has inline specs after cur
// (InlineCandidates is 0 when it has none): inlined, it saves the call at
// half the content lines.
func (s *Set) HasInlineAfter(cur int) bool { return s.inline&After(cur) != 0 }

// InlineCandidates returns the inline specs after cur whose label may
// stand in text: at its start or after an ASCII space.
//
// SplitInline finds a spelling at the start of a token exactly
// (cutToken) or by its first min(3, len) bytes, so a spelling of three
// bytes or more needs three bytes of the token: a token shorter than
// that ("--" and "-" cells, a third of all content lines in the rendered
// 2024 corpus) adds only the specs with a short spelling, which every
// line adds for its first token. The loop reads the key table itself and
// stops three bytes before the end of the line.
func (s *Set) InlineCandidates(text string, cur int) uint64 {
	want := s.inline & After(cur)
	if want == 0 {
		return 0
	}
	m := s.short & want
	keys, masks, mul := s.tab.keys, s.tab.masks, s.tab.mul
	for i := 0; len(text)-i >= 3; {
		if c := text[i]; c != ' ' {
			key := uint32(c)<<16 | uint32(text[i+1])<<8 | uint32(text[i+2])
			if h := uint8((key * mul) >> 24); keys[h] == key|keyUsed {
				m |= masks[h] & want
			}
		}
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return m
}

// NextSpec pops the lowest spec index from m.
func NextSpec(m *uint64) int {
	j := bits.TrailingZeros64(*m)
	*m &= *m - 1
	return j
}

// MayInline reports whether a spec after cur may stand inline: when it
// is false, InlineCandidates is 0 for every text (readFields asks before
// it looks at the text).
func (s *Set) MayInline(cur int) bool { return s.inline&After(cur) != 0 }

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
