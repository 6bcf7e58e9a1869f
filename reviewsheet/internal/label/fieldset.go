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
	keys  []uint32   // distinct prefix keys of the spellings
	masks []uint64   // masks[k]: the specs a spelling of which starts with keys[k]
	short uint64     // specs with a spelling shorter than a key: always tried
	spell [][]string // spell[j]: the canonical spelling of spec j, then its alternates
	// inline: the specs that may stand after other text on a line
	inline uint64
	// same[j]: the specs with the label of spec j (OcSpecs repeats its
	// labels kind after kind); a label that does not match at a line is
	// not tried again there under another spec
	Same []uint64
	// bloom has the bit altHash(key) set for every key: most lines start
	// no label, and one bit test rules them out before keys is searched
	bloom [64]uint64
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
				for k < len(s.keys) && s.keys[k] != key {
					k++
				}
				if k == len(s.keys) {
					s.keys = append(s.keys, key)
					s.masks = append(s.masks, 0)
					h := altHash(key)
					s.bloom[h>>6] |= 1 << (h & 63)
				}
				s.masks[k] |= bit
			}
		}
	})
}

// Match is the package-level Match for spec j, with its spellings looked up once.
func (s *Set) Match(lines []sheettext.Line, i, j int) (n int, rest string, ok bool) {
	t := lines[i].Text
	for _, sp := range s.spell[j] {
		if SamePrefix(t, sp) {
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

// Candidates returns the specs whose label may start at t.
func (s *Set) Candidates(t string) uint64 {
	key, ok := prefixKey(t)
	if !ok {
		return ^uint64(0) >> (64 - len(s.Specs))
	}
	m := s.short
	if h := altHash(key); s.bloom[h>>6]&(1<<(h&63)) == 0 {
		return m
	}
	for k, kk := range s.keys {
		if kk == key {
			m |= s.masks[k]
			break
		}
	}
	return m
}

// MatchCandidates returns the specs whose Match may accept a line
// starting with t: Candidates(t), and for a line shorter than a prefix
// key (which Candidates cannot rule anything out for: "--", "-", "1")
// only the specs with a spelling of the same first byte, since Match
// tries a spelling only when SamePrefix(t, spelling) holds. In the
// rendered 2024 corpus three in four failed Match calls were a "--"
// line tried against every spec of its section.
func (s *Set) MatchCandidates(t string) uint64 {
	if len(t) < 3 && t != "" { // Candidates(t) is every spec
		return s.first[t[0]]
	}
	return s.Candidates(t)
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

// InlineCandidates returns the inline specs after cur whose label may
// stand in text: at its start or after an ASCII space.
func (s *Set) InlineCandidates(text string, cur int) uint64 {
	want := s.inline & After(cur)
	if want == 0 {
		return 0
	}
	m := s.inlineAt(text) & want
	for i := 0; ; {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			return m
		}
		i += j + 1
		if i < len(text) && text[i] != ' ' {
			m |= s.inlineAt(text[i:]) & want
		}
	}
}

// inlineAt returns the specs SplitInline may find starting at t (text
// from a token's start to the end of the line): Candidates(t), and for t
// shorter than a prefix key only the specs with such a short spelling.
// SplitInline finds a spelling there exactly (cutToken) or by its first
// min(3, len) bytes, so a spelling of three bytes or more needs three
// bytes of t; "--" and "-" cells (a third of all content lines in the
// rendered 2024 corpus) are then tried against no spec.
func (s *Set) inlineAt(t string) uint64 {
	if len(t) < 3 {
		return s.short
	}
	return s.Candidates(t)
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
