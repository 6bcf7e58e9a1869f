package sheetfmt

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// corpus2024 renders every 2024 sheet of the RS CSVs (≈ 82 MB of text).
func corpus2024(b *testing.B) [][]byte {
	dir := "../../../shared/rs2024"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared/rs2024 is absent")
	}
	set, err := rscsv.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	var texts [][]byte
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		texts = append(texts, Format(s))
		return nil
	})
	if err != nil {
		b.Log(err)
	}
	return texts
}

// BenchmarkParseCorpus2024 parses the whole rendered 2024 corpus; MB/s
// is text parsed per second (run with -cpu 1 for one core):
//
//	go test ./reviewsheet/sheetfmt -run '^$' -bench ParseCorpus -cpu 1 -benchtime 3x -benchmem
func BenchmarkParseCorpus2024(b *testing.B) {
	texts := corpus2024(b)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			p := reviewsheet.Parser{Lenient: true}
			if _, err := p.ParseBytes(t); err != nil && i == 0 && b.N == 1 {
				_ = err // a failing sheet is the round-trip test's business
			}
		}
	}
}

// BenchmarkFormatCorpus2024 formats every 2024 sheet.
func BenchmarkFormatCorpus2024(b *testing.B) {
	dir := "../../../shared/rs2024"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared/rs2024 is absent")
	}
	set, err := rscsv.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	var sheets []*reviewsheet.Sheet
	_ = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error { sheets = append(sheets, s); return nil })
	var n int64
	for _, s := range sheets {
		n += int64(len(Format(s)))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sheets {
			Format(s)
		}
	}
}

// BenchmarkParsePDFSample parses the PDFs in $RSHEET_PDF_SAMPLE (made
// by scripts/bench-render.sh: the PDF leg's sample through the fixture
// generator) and reports pages/s beside ns/op.
func BenchmarkParsePDFSample(b *testing.B) {
	dir := os.Getenv("RSHEET_PDF_SAMPLE")
	if dir == "" {
		b.Skip("set RSHEET_PDF_SAMPLE to a directory of sample PDFs (scripts/bench-render.sh)")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	sort.Strings(paths)
	if len(paths) == 0 {
		b.Skip("no PDFs in " + dir)
	}
	var srcs [][]byte
	var n int64
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		n += int64(len(src))
	}
	pages := 0
	for _, src := range srcs {
		txt, err := pdfsheet.Text(src, 0)
		if err != nil {
			b.Fatal(err)
		}
		pages += countPages(txt)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for k, src := range srcs {
			p := reviewsheet.Parser{PDF: pdfsheet.Extract}
			if _, err := p.ParseBytes(src); err != nil {
				b.Fatalf("%s: %v", paths[k], err) // the sample reads strictly (TestRoundTripPDF)
			}
		}
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
	b.ReportMetric(float64(pages), "pages")
}

// countPages counts the form feeds pdfsheet.Extract puts between pages.
func countPages(txt string) int {
	n := 1
	for i := 0; i < len(txt); i++ {
		if txt[i] == '\f' {
			n++
		}
	}
	return n
}
