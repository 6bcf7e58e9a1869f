package normalize

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The gates of Lines (rulegate.go, gutterrules.go) only skip work: Lines
// with every gate as it is and forced open (gate.Force) must return the
// same lines, lost cells and notes. These tests compare the two on the
// sample, its variants, the text of every other extractor, seeded
// random edits of them and the fuzzer's mutations; the parse of the
// rendered 2024 corpus is compared by TestRuleGate2024 (sheetfmt).

// normalizeGated runs Lines on src with the gates as they are and
// forced open.
func normalizeGated(src []byte) (gated, open normalized) {
	run := func(force bool) normalized {
		gate.Force = force
		defer func() { gate.Force = false }()
		_, lines := sheettext.Scan("in.txt", src)
		var n normalized
		n.lines, n.lost, n.notes = Lines(src, lines)
		return n
	}
	return run(false), run(true)
}

type normalized struct {
	lines []sheettext.Line
	lost  []sheettext.Pos
	notes []linerules.Note
}

// gateSeeds are the texts the gate tests start from.
func gateSeeds(t testing.TB) [][]byte {
	paths := []string{samplePath}
	for _, dir := range []string{"../../../testdata/extractors", "../../../testdata/variants"} {
		m, err := filepath.Glob(dir + "/*.txt")
		require.NoError(t, err)
		require.NotEmpty(t, m, dir)
		paths = append(paths, m...)
	}
	var out [][]byte
	for _, p := range paths {
		out = append(out, readFile(t, p))
	}
	return out
}

func TestGatesEquivalence(t *testing.T) {
	for k, src := range gateSeeds(t) {
		gated, open := normalizeGated(src)
		assert.Equal(t, open, gated, "seed %d", k)
	}
}

// TestGatesMutations compares the gated and open Lines on seeded random
// edits that make and break the shapes the gates look for: gutters put
// in and taken out, lines indented, dropped, doubled or joined, rare
// characters (∕, a tab, U+3000, a look-alike) put in.
func TestGatesMutations(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 2026))
	n := 30
	if testing.Short() {
		n = 4
	}
	for s, src := range gateSeeds(t) {
		for k := 0; k < n; k++ {
			m := ruletest.Mutate(rng, src, layoutInserts)
			gated, open := normalizeGated(m)
			if !assert.Equal(t, open, gated, "seed %d mutation %d", s, k) {
				return
			}
		}
	}
}

// FuzzGates fails on any difference between the gated and open Lines.
//
//	go test ./reviewsheet/internal/normalize -run '^$' -fuzz FuzzGates -fuzztime 60s
func FuzzGates(f *testing.F) {
	for _, src := range gateSeeds(f) {
		f.Add(src)
	}
	f.Add([]byte("支出先名 支出額\n  法人番号  1\n契約概要（契約名）\nあ  1,000 1 --\n一般競争契約\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		gated, open := normalizeGated(src)
		if !slices.Equal(gated.lines, open.lines) || !slices.Equal(gated.lost, open.lost) || !slices.Equal(gated.notes, open.notes) {
			t.Fatalf("gated and open Lines differ")
		}
	})
}

// layoutInserts are what Mutate puts into a text for the gate tests: gutters,
// a tab, ∕, an ideographic space, a radical, a space and dashes.
var layoutInserts = [][]byte{[]byte("  "), []byte("\t"), []byte("∕"), []byte("\u3000"), []byte("⽀"), []byte(" "), []byte("--"), []byte("ーー")}
