package reviewsheet

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseGated parses src leniently with the gates as they are and forced
// open, and returns both results (sheet and error text).
func parseGated(src []byte) (gated, open *Sheet, gatedErr, openErr string) {
	run := func(force bool) (*Sheet, string) {
		gate.Force = force
		defer func() { gate.Force = false }()
		p := Parser{Name: "in.txt", Lenient: true}
		s, err := p.ParseBytes(src)
		return s, fmt.Sprint(err)
	}
	gated, gatedErr = run(false)
	open, openErr = run(true)
	return gated, open, gatedErr, openErr
}

// TestRuleGateEquivalence parses the sample, its variants and the text
// of every other extractor with the rule gates as they are and forced
// open: the sheets, warnings and errors must be the same.
func TestRuleGateEquivalence(t *testing.T) {
	paths := []string{samplePath}
	for _, dir := range []string{"../testdata/extractors", "../testdata/variants"} {
		m, err := filepath.Glob(dir + "/*.txt")
		require.NoError(t, err)
		require.NotEmpty(t, m, dir)
		paths = append(paths, m...)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			src := readFile(t, p)
			gated, open, ge, oe := parseGated(src)
			assert.Equal(t, open, gated)
			assert.Equal(t, oe, ge)
		})
	}
}

// FuzzRuleGate parses mutated sheets with the rule gates as they are and
// forced open and fails on any difference.
//
//	go test ./reviewsheet -run '^$' -fuzz FuzzRuleGate -fuzztime 60s
func FuzzRuleGate(f *testing.F) {
	f.Add(readFile(f, samplePath))
	for _, dir := range []string{"../testdata/extractors", "../testdata/variants"} {
		m, _ := filepath.Glob(dir + "/*.txt")
		for _, p := range m {
			f.Add(readFile(f, p))
		}
	}
	f.Add([]byte("基本情報\n事業名  --  --\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		gated, open, ge, oe := parseGated(src)
		if ge != oe {
			t.Fatalf("errors differ:\ngated %s\nopen  %s", ge, oe)
		}
		if !reflect.DeepEqual(gated, open) {
			t.Fatalf("sheets differ")
		}
	})
}

// TestRuleGateMutations is FuzzRuleGate's check on mutations made here,
// deterministically: gutters (two spaces, a tab) put in or taken out,
// lines dropped, doubled or joined, in every seed text.
func TestRuleGateMutations(t *testing.T) {
	paths := []string{samplePath}
	for _, dir := range []string{"../testdata/extractors", "../testdata/variants"} {
		m, _ := filepath.Glob(dir + "/*.txt")
		paths = append(paths, m...)
	}
	rng := rand.New(rand.NewPCG(13, 2024))
	n := 40
	if testing.Short() {
		n = 5
	}
	for _, p := range paths {
		src := readFile(t, p)
		for k := 0; k < n; k++ {
			m := ruletest.Mutate(rng, src, gutterInserts)
			gated, open, ge, oe := parseGated(m)
			if ge != oe || !reflect.DeepEqual(gated, open) {
				t.Errorf("%s mutation %d: gated and open parses differ", filepath.Base(p), k)
			}
		}
	}
}

// gutterInserts are what Mutate puts into a text for the rule gate: a
// gutter or a tab.
var gutterInserts = [][]byte{[]byte("  "), []byte("\t")}
