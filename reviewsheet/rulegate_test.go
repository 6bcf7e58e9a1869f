package reviewsheet

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/rsheet/rsheet/internal/gate"
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
			m := mutateGutters(rng, src)
			gated, open, ge, oe := parseGated(m)
			if ge != oe || !reflect.DeepEqual(gated, open) {
				t.Errorf("%s mutation %d: gated and open parses differ", filepath.Base(p), k)
			}
		}
	}
}

// mutateGutters applies one to four random edits to a copy of src.
func mutateGutters(rng *rand.Rand, src []byte) []byte {
	b := append([]byte(nil), src...)
	for e := 1 + rng.IntN(4); e > 0 && len(b) > 0; e-- {
		i := rng.IntN(len(b))
		// move to a byte that starts a character
		for i > 0 && b[i]&0xC0 == 0x80 {
			i--
		}
		lineStart := bytes.LastIndexByte(b[:i], '\n') + 1
		lineEnd := len(b)
		if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
			lineEnd = i + j
		}
		switch rng.IntN(6) {
		case 0: // a gutter
			b = slices.Insert(b, i, ' ', ' ')
		case 1:
			b = slices.Insert(b, i, '\t')
		case 2: // a space doubled, or two spaces made one
			if j := bytes.Index(b[i:], []byte("  ")); j >= 0 && rng.IntN(2) == 0 {
				b = slices.Delete(b, i+j, i+j+1)
			} else if j := bytes.IndexByte(b[i:], ' '); j >= 0 {
				b = slices.Insert(b, i+j, ' ')
			}
		case 3: // a line dropped
			b = slices.Delete(b, lineStart, min(lineEnd+1, len(b)))
		case 4: // a line doubled
			line := append([]byte(nil), b[lineStart:min(lineEnd+1, len(b))]...)
			b = slices.Insert(b, lineStart, line...)
		case 5: // joined to the next line with a gutter
			if lineEnd < len(b) {
				b = slices.Replace(b, lineEnd, lineEnd+1, ' ', ' ', ' ')
			}
		}
	}
	return b
}
