package sheetarrow

import (
	"testing"

	"github.com/apache/arrow/go/v17/arrow/memory"
)

// benchSheets is the number of sample copies of the export benchmarks.
const benchSheets = 1000

// benchExport writes benchSheets copies of the sample in format and
// reports rows/s (all tables) and sheets/s.
func benchExport(b *testing.B, format Format, opts WriterOptions) {
	benchExportN(b, benchSheets, format, opts)
}

func benchExportN(b *testing.B, n int, format Format, opts WriterOptions) {
	sheets := copies(sampleSheet(b), n)
	fs := sampleFindings()
	b.ReportAllocs()
	b.ResetTimer()
	var rows int64
	for range b.N {
		w, err := NewWriter(b.TempDir(), format, opts)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range sheets {
			if err := w.Write(s, fs); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		for _, t := range Tables() {
			rows += w.Rows(t)
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "sheets/s")
}

func BenchmarkExportParquet1000(b *testing.B) { benchExport(b, FormatParquet, WriterOptions{}) }

// BenchmarkExportParquet5600 is a year's worth of sheets (2024: about
// 5,600), for memory: peak RSS should not grow much past the 1,000 case.
func BenchmarkExportParquet5600(b *testing.B) { benchExportN(b, 5600, FormatParquet, WriterOptions{}) }

func BenchmarkExportIPC1000(b *testing.B) { benchExport(b, FormatIPC, WriterOptions{}) }

func BenchmarkExportCSV1000(b *testing.B) { benchExport(b, FormatCSV, WriterOptions{}) }

// BenchmarkBuild1000 measures the Builder alone (no files).
func BenchmarkBuild1000(b *testing.B) {
	sheets := copies(sampleSheet(b), benchSheets)
	fs := sampleFindings()
	b.ReportAllocs()
	b.ResetTimer()
	var rows int64
	for range b.N {
		bu := NewBuilder(memory.DefaultAllocator)
		for _, s := range sheets {
			if err := bu.Add(s, fs); err != nil {
				b.Fatal(err)
			}
		}
		for _, rec := range bu.NewRecords() {
			rows += rec.NumRows()
			rec.Release()
		}
		bu.Release()
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}
