package sheetfmt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"
)

// FuzzFormat: a text that parses without error formats into a text that
// parses to the same Sheet (on every field the layout carries), and
// Format never panics. Seeds: testdata/roundtrip (and the sample with
// SHEETFMT_FUZZ_SAMPLE=1).
func FuzzFormat(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/roundtrip/*.txt")
	if os.Getenv("SHEETFMT_FUZZ_SAMPLE") != "" { // the 100 KB sample slows the fuzzer to a crawl
		seeds = append(seeds, samplePath)
	}
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		s, err := reviewsheet.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		txt := Format(s)
		got, err := reviewsheet.Parse(strings.NewReader(string(txt)))
		if err != nil {
			t.Fatalf("the formatted text does not parse: %v\n%s", err, txt)
		}
		if d := diff(s, got); d != "" {
			t.Fatalf("%s\n%s", d, txt)
		}
	})
}
