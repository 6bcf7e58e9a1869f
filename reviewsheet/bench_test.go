package reviewsheet

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// BenchmarkParseSample measures a full strict parse of the sample sheet
// (52 KB); MB/s is input bytes per second on one core.
//
//	go test ./reviewsheet -run '^$' -bench ParseSample -benchmem
func BenchmarkParseSample(b *testing.B) {
	src := readFile(b, samplePath)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	p := Parser{Name: "rs2025-006423.txt"}
	for b.Loop() {
		if _, err := p.ParseBytes(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScan measures the line scanner alone.
func BenchmarkScan(b *testing.B) {
	src := readFile(b, samplePath)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		sheettext.Scan("sample", src)
	}
}
