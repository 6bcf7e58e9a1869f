package label

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
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

// TestNextCandidate checks NextCandidate against a loop of
// MatchCandidates over the lines of the test texts (and short and empty
// lines), from every start, for every set and a few masks of wanted specs (none:
// the end).
func TestNextCandidate(t *testing.T) {
	var lines []sheettext.Line
	for _, p := range fieldSetInputs {
		_, ls := sheettext.Scan(p, readFile(t, p))
		lines = append(lines, ls...)
	}
	for _, s := range []string{"", "-", "--", "ア", "x 活動目標", "前年度から繰越"} {
		lines = append(lines, sheettext.Line{Text: s})
	}
	for name, set := range allFieldSets {
		set.Compile()
		for _, want := range []uint64{set.all, set.all &^ 1, After(len(set.Specs) / 2)} {
			next := len(lines)
			var nextM uint64
			for i := len(lines); i >= 0; i-- {
				if i < len(lines) {
					if m := set.MatchCandidates(lines[i].Text) & want; m != 0 {
						next, nextM = i, m
					}
				}
				k, m := set.NextCandidate(lines, i, want)
				if k != next || m != nextM {
					t.Fatalf("%s: NextCandidate(%d, %#x) = %d, %#x; want %d, %#x", name, i, want, k, m, next, nextM)
				}
			}
		}
		k, m := set.NextCandidate(lines, 0, 0)
		assert.Equal(t, len(lines), k)
		assert.Zero(t, m)
	}
}

// TestFindAndNextOcHeading checks Find against a loop of Match (every
// label of every set) and NextOcHeading against a loop of OcHeading, on
// the lines of the test texts and hand-made ones, from every start (Find:
// from each match, the line after it and every 17th line).
func TestFindAndNextOcHeading(t *testing.T) {
	var lines []sheettext.Line
	for _, p := range fieldSetInputs {
		_, ls := sheettext.Scan(p, readFile(t, p))
		lines = append(lines, ls...)
	}
	for _, s := range []string{"", "-", "アウトプット 成果目標 x", "アウトプット x", "アクティビティ x", "前年度から繰越", "ＵＲＬ x", "URL", "\xef\xbc", "ＵＲＬ", "\xe5", "U", "ア"} {
		lines = append(lines, sheettext.Line{Text: s})
	}
	labels := map[Label]bool{}
	for _, set := range allFieldSets {
		for _, sp := range set.Specs {
			labels[sp.L] = true
		}
	}
	for l := range labels {
		next := len(lines)
		for i := len(lines); i >= 0; i-- {
			if i < len(lines) {
				if _, _, ok := Match(lines, i, l); ok {
					next = i
				}
			}
			// from each match, the line after it and every 17th line
			if i != next && i != next+1 && i%17 != 0 {
				continue
			}
			if k := Find(lines, i, l); k != next {
				t.Fatalf("Find(%d, %s) = %d; want %d", i, l, k, next)
			}
		}
	}
	next, nextLv := len(lines), 0
	for i := len(lines); i >= 0; i-- {
		if i < len(lines) {
			if lv := OcHeading(lines[i]); lv != 0 {
				next, nextLv = i, lv
			}
		}
		k, lv := NextOcHeading(lines, i)
		assert.Equal(t, [2]int{next, nextLv}, [2]int{k, lv}, "NextOcHeading(%d)", i)
	}
}

// inlineCandidatesRef is InlineCandidates as it was written first: the
// candidates of every token start, a token shorter than a prefix key
// adding the specs with a short spelling.
func inlineCandidatesRef(s *Set, text string, cur int) uint64 {
	want := s.inline & After(cur)
	if want == 0 {
		return 0
	}
	at := func(t string) uint64 {
		if len(t) < 3 {
			return s.short
		}
		return s.Candidates(t)
	}
	m := at(text) & want
	for i := 0; ; {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			return m
		}
		i += j + 1
		if i < len(text) && text[i] != ' ' {
			m |= at(text[i:]) & want
		}
	}
}

// inlineTestSet has spellings shorter than a prefix key among its inline
// labels (the sets of the parser have none).
var inlineTestSet = NewSet([]Spec{{L: "ID", Inline: true}, {L: "X", Inline: true}, {L: "成果目標", Inline: true}, {L: OcGoal}, {L: Purpose, Inline: true}})

// FuzzInlineCandidates compares InlineCandidates with
// inlineCandidatesRef for every set and every cur.
func FuzzInlineCandidates(f *testing.F) {
	for _, s := range []string{"", " ", "-", "--", "-- 成果目標 x", "x 活動目標", "a  活動目標", "成果目標", "x ID", "x X", "x 成", "事業の目的 x  主要経費 y", "ＩＤ x", "x   "} {
		f.Add(s)
	}
	sets := []*Set{inlineTestSet}
	for _, set := range allFieldSets {
		sets = append(sets, set)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, set := range sets {
			set.Compile()
			for cur := -1; cur < len(set.Specs); cur++ {
				if got, want := set.InlineCandidates(text, cur), inlineCandidatesRef(set, text, cur); got != want {
					t.Fatalf("%q cur %d: %#x, want %#x", text, cur, got, want)
				}
			}
		}
	})
}

// TestInlineCandidatesLines runs the comparison of FuzzInlineCandidates
// on every line of the test texts and on each of its cuts at a space.
func TestInlineCandidatesLines(t *testing.T) {
	var lines []sheettext.Line
	for _, p := range fieldSetInputs {
		_, ls := sheettext.Scan(p, readFile(t, p))
		lines = append(lines, ls...)
	}
	sets := []*Set{inlineTestSet}
	for _, set := range allFieldSets {
		sets = append(sets, set)
	}
	for _, ln := range lines {
		for text := ln.Text; ; {
			for _, set := range sets {
				set.Compile()
				for cur := -1; cur < len(set.Specs); cur++ {
					if got, want := set.InlineCandidates(text, cur), inlineCandidatesRef(set, text, cur); got != want {
						t.Fatalf("%q cur %d: %#x, want %#x", text, cur, got, want)
					}
				}
			}
			_, after, ok := strings.Cut(text, " ")
			if !ok {
				break
			}
			text = after
		}
	}
}

// FuzzExactAt checks that what exactAt accepts MatchSpelling accepts
// alike (exactAt is its first test, inlined before the call): for the
// spellings of every set's labels, after any text put before a label.
func FuzzExactAt(f *testing.F) {
	for _, s := range []string{"", " ", "  x", "x", "（出典）", " 1,000"} {
		f.Add(s)
	}
	var spellings []string
	for _, set := range allFieldSets {
		set.Compile()
		for _, sp := range set.spell {
			spellings = append(spellings, sp...)
		}
	}
	f.Fuzz(func(t *testing.T, tail string) {
		for _, sp := range spellings {
			text := sp + tail
			rest, ok := exactAt(text, sp)
			if !ok {
				continue
			}
			n, rest2, ok2 := MatchSpelling([]sheettext.Line{{Text: text}}, 0, sp)
			if !ok2 || n != 1 || rest2 != rest {
				t.Fatalf("%q: exactAt %q; MatchSpelling %d %q %v", text, rest, n, rest2, ok2)
			}
		}
	})
}

// TestOcKindOf compares OcKindOf with matching every kind heading in
// order (as ocBoxHead did), on hand-made texts and the lines of the
// test texts.
func TestOcKindOf(t *testing.T) {
	texts := []string{"", "-", "アクティビティ", "アウトプット", "短期アウトカム", "長期アウトカム x", "中期アウトカム", "アクティビティからの発現経路", "短期 アウトカム"}
	for _, p := range fieldSetInputs {
		_, ls := sheettext.Scan(p, readFile(t, p))
		for _, ln := range ls {
			texts = append(texts, ln.Text)
		}
	}
	found := 0
	for _, text := range texts {
		var want outcome.Kind
		wantOK := false
		for _, k := range OcKindLabels {
			if _, rest, ok := Match([]sheettext.Line{{Text: text}}, 0, k.L); ok && rest == "" {
				want, wantOK = k.Kind, true
				break
			}
		}
		kind, ok := OcKindOf(text)
		assert.Equal(t, wantOK, ok, "%q", text)
		assert.Equal(t, want, kind, "%q", text)
		if ok {
			found++
		}
	}
	assert.Greater(t, found, 5)
}

// TestMatchShortLines compares Match with Set.Match (which tries every
// spelling) on lines shorter than a key, among them the first bytes of
// alternate spellings, followed by the rest of each spelling.
func TestMatchShortLines(t *testing.T) {
	shorts := []string{"", "-", "--", "1", "U", "UR", "\xef", "\xef\xbc", "\xe5", "\xe5\x89"}
	for name, set := range allFieldSets {
		set.Compile()
		for j, sp := range set.Specs {
			for _, spelling := range set.spell[j] {
				for _, s := range shorts {
					for _, next := range []string{strings.TrimPrefix(spelling, s), "x", spelling} {
						lines := []sheettext.Line{{Text: s}, {Text: next}}
						n, rest, ok := Match(lines, 0, sp.L)
						n2, rest2, ok2 := set.Match(lines, 0, j)
						assert.Equal(t, []any{n2, rest2, ok2}, []any{n, rest, ok}, "%s: %q %q", name, s, next)
					}
				}
			}
		}
	}
}

// FuzzDifferAtSecond checks that MatchSpelling never matches a spelling
// at a line differAtSecond rules out (whatever the next line), for
// spellings of every set and any spelling the fuzzer makes.
func FuzzDifferAtSecond(f *testing.F) {
	f.Add("アウトカムを複数段階で", "アクティビティ", "x")
	f.Add("アウ トプット", "アウトプット", "")
	f.Add("事業 概要", "事業概要", "URL")
	f.Add("予算事業ＩＤ", "予算事業ID", "")
	f.Add("実績／目標", "実績∕目標", "")
	var spellings []string
	for _, set := range allFieldSets {
		set.Compile()
		for _, sp := range set.spell {
			spellings = append(spellings, sp...)
		}
	}
	f.Fuzz(func(t *testing.T, text, s, next string) {
		for _, sp := range append(spellings, s) {
			if len(sp) < 3 {
				continue
			}
			// the text as it is, and after the first character of sp
			for _, line := range []string{text, sp[:3] + text} {
				if len(line) < 3 || line[:3] != sp[:3] || !differAtSecond(line, sp) {
					continue
				}
				if n, rest, ok := MatchSpelling([]sheettext.Line{{Text: line}, {Text: next}}, 0, sp); ok {
					t.Fatalf("%q %q: ruled out, but MatchSpelling matches %q: %d %q", line, next, sp, n, rest)
				}
			}
		}
	})
}

// TestDifferAtSecond lists what it rules out and what it leaves to
// MatchSpelling.
func TestDifferAtSecond(t *testing.T) {
	for _, c := range []struct {
		t, s string
		out  bool
	}{
		{"アウトカムを複数段階で", "アクティビティ", true},
		{"アウトカムを複数段階で", "アウトプット", false}, // the same second character
		{"事業概要", "事業所管課室", false},
		{"アウ トプット", "アウトプット", false},  // a space
		{"実績／目標", "実績∕目標", false},     // slashes, same second character
		{"予算事業ＩＤ", "予算事業ID", false},   // same second character
		{"事 業概要", "事業概要", false},      // a lone space
		{"長期アウトカム", "長期アウトカム", false}, // equal
		{"アウ", "アウトプット", false},       // shorter than two characters
		{"URLx", "URL", false},        // not three-byte characters
		{"ア－", "アー", false},           // a full-width form
	} {
		assert.Equal(t, c.out, differAtSecond(c.t, c.s), "%q %q", c.t, c.s)
	}
}

// TestHasInlineAfter: where a set has no inline spec after cur,
// InlineCandidates finds none on any line (splitAtInline then skips the
// call); where it has, some line finds one.
func TestHasInlineAfter(t *testing.T) {
	texts := []string{"", "--", "x 活動目標 y", "-- 成果目標 x", "特記事項 x", "x 特記事項", "府省庁 内閣府 事業の目的 x 主要経費 y"}
	sets := []*Set{inlineTestSet}
	for _, set := range allFieldSets {
		sets = append(sets, set)
	}
	for _, set := range sets {
		set.Compile()
		for cur := -1; cur < len(set.Specs); cur++ {
			found := uint64(0)
			for _, text := range texts {
				found |= set.InlineCandidates(text, cur)
			}
			if !set.HasInlineAfter(cur) {
				assert.Zero(t, found, "%s cur %d", set.Specs[0].L, cur)
			}
			assert.Equal(t, set.inline&After(cur) != 0, set.HasInlineAfter(cur))
		}
	}
}
