package reviewsheet

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/internal/sheettext"
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

// TestRuleGateSkips checks that the gate does close: text in the sheet's
// own layout with a look-alike code point needs normalising but no
// layout rule.
func TestRuleGateSkips(t *testing.T) {
	src := readFile(t, samplePath)
	_, lines := sheettext.Scan("", src)
	assert.False(t, needsGutterRules(lines), "the sample has no gutter")
	variant := readFile(t, "../testdata/variants/rs2025-006423.spaces.txt")
	_, lines = sheettext.Scan("", variant)
	assert.True(t, needsGutterRules(lines), "the spaces variant has gutters")
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
