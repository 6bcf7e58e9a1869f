package audit

import (
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"
)

// BenchmarkCheck measures Check over the parsed sample: every rule, and
// the first line lookup (which builds the Source index). A fresh parse
// per iteration is excluded from the timing.
//
//	go test ./reviewsheet/audit -run '^$' -bench Check -benchmem
func BenchmarkCheck(b *testing.B) {
	src := readFile(b, samplePath)
	p := reviewsheet.Parser{Name: "rs2025-006423.txt"}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, err := p.ParseBytes(src)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if fs := Check(s); HasErrors(fs) {
			b.Fatal(fs)
		}
	}
}
