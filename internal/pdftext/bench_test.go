package pdftext

import (
	"path/filepath"
	"testing"
)

// BenchmarkExtractPDF measures text extraction alone on each fixture
// (the repo's own renderings and the producer files in
// testdata/pdf/producers);
// pages/s is PDF pages per second on one core. Compare with poppler on the
// same file: time pdftotext -layout testdata/pdf/rs2025-006423.pdf -
//
//	go test ./internal/pdftext -run '^$' -bench ExtractPDF -benchmem
func BenchmarkExtractPDF(b *testing.B) {
	for _, path := range append(fixtures(b), producerFixtures(b)...) {
		b.Run(filepath.Base(path), func(b *testing.B) {
			src := readFile(b, path)
			doc, err := ExtractBytes(src, Options{})
			if err != nil {
				b.Fatal(err)
			}
			pages := len(doc.Pages)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ExtractBytes(src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
