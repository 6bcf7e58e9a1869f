package budgetrules

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// BenchmarkApply measures the rules on the producer texts they were
// written for (the lines scanned once; Apply copies only what it
// rewrites):
//
//	go test ./reviewsheet/internal/budgetrules -run '^$' -bench Apply -benchmem
func BenchmarkApply(b *testing.B) {
	for _, name := range []string{"rs2025-006423.wkhtmltopdf", "rs2025-006423.chromium", "rs2025-006423-a5", "rs2025-006423.libreoffice"} {
		_, lines := sheettext.Scan("b", readFile(b, "../../../testdata/extractors/"+name+".pdftotext.txt"))
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Apply(lines)
			}
		})
	}
}
