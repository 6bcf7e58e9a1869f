package textnorm

import (
	"os"
	"strings"
	"testing"
)

// sampleLines is the bundled sample sheet, line by line: what the parser
// folds.
func sampleLines(b *testing.B) []string {
	src, err := os.ReadFile("../../testdata/rs2025-006423.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Split(string(src), "\n")
}

func BenchmarkFoldSample(b *testing.B) {
	lines := sampleLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_ = Fold(l)
		}
	}
}

func BenchmarkNarrowSample(b *testing.B) {
	lines := sampleLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_ = Narrow(l)
		}
	}
}

func BenchmarkFoldKangxi(b *testing.B) {
	line := "⾏政事業レビューシート ⻑官 ⺠間"
	b.ReportAllocs()
	for b.Loop() {
		_ = Fold(line)
	}
}
