package userules

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// BenchmarkUseRules runs the three rules on the producers' default-mode
// texts (about 3,000 lines each), as normalize.Gated does: the
// cost every such text pays, rewritten or not.
//
//	go test ./reviewsheet/internal/userules -run '^$' -bench UseRules -benchmem
func BenchmarkUseRules(b *testing.B) {
	for _, name := range []string{"chromium", "libreoffice", "wkhtmltopdf"} {
		src, err := os.ReadFile("../../../testdata/extractors/rs2025-006423." + name + ".pdftotext.txt")
		require.NoError(b, err)
		_, lines := sheettext.Scan(name, src)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				JoinDebtHeader(UntransposeUseRows(JoinUsesHeader(lines)))
			}
		})
	}
}
