package pdfsheet

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/rsheet/rsheet/internal/pdftext"
)

// BenchmarkParsePDF measures a full strict parse of each PDF fixture
// (extraction and section parsers); pages/s counts PDF pages.
//
//	go test ./reviewsheet/pdfsheet -run '^$' -bench ParsePDF -benchmem
func BenchmarkParsePDF(b *testing.B) {
	benchParsePDFs(b, pdfFixtures(b))
}

// benchParsePDFs runs a strict Parse of each file as a sub-benchmark and
// reports pages/s next to bytes/s.
func benchParsePDFs(b *testing.B, paths []string) {
	for _, path := range paths {
		b.Run(filepath.Base(path), func(b *testing.B) {
			src := readFile(b, path)
			doc, err := pdftext.ExtractBytes(src, pdftext.Options{})
			if err != nil {
				b.Fatal(err)
			}
			pages := len(doc.Pages)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(src)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
