package audit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"
)

// FuzzCheck runs every rule on whatever sheet the lenient parser returns
// for a mutated input, partial sheets included: Check must never panic,
// and every finding carries a code and a non-negative line. Seeds: the
// sample, its variants and the extractor texts.
//
//	go test ./reviewsheet/audit -run '^$' -fuzz FuzzCheck -fuzztime 60s
func FuzzCheck(f *testing.F) {
	f.Add(readFile(f, samplePath))
	for _, dir := range []string{"../../testdata/variants", "../../testdata/extractors"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, _ := (&reviewsheet.Parser{Name: "fuzz.txt", Lenient: true}).ParseBytes(src)
		if s == nil {
			return
		}
		for _, fd := range Check(s) {
			if fd.Code == "" || fd.Line < 0 || fd.File != "fuzz.txt" {
				t.Fatalf("bad finding %+v", fd)
			}
		}
	})
}
