package basicrules

import (
	"path/filepath"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// BenchmarkApply runs the rules on the pdftotext default-mode texts (the
// scanned lines: the rules' searches cost the same as on normalize's
// lines). The A4 text reads already and is left as it is; it is the
// cost every default-mode text pays.
//
//	go test ./reviewsheet/internal/basicrules -run '^$' -bench Apply -benchmem
func BenchmarkApply(b *testing.B) {
	for _, name := range []string{"rs2025-006423.pdftotext.txt", "rs2025-006423.libreoffice.pdftotext.txt", "rs2025-006423-a5.pdftotext.txt"} {
		_, lines := sheettext.Scan(name, readFile(b, filepath.Join("../../../testdata/extractors", name)))
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Apply(lines)
			}
		})
	}
}
