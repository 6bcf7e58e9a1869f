package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// TestPdftotextDefaultUsesTail checks the end of the 支出先 section of the
// pdftotext default-mode texts of the producer PDFs (internal/userules):
// the 国庫債務負担行為等による契約先リスト reads as the sample's (empty, its
// "--" cells and header words printed a line each, その他備考 printed
// before them: JoinDebtHeader), その他備考 reads as the sample's (--), and a
// 費目・使途 amount printed after them (Chromium) or among other rows'
// cells (wkhtmltopdf) is reported, not read into another row or cell.
// The 費目・使途 rows read are counted in TestPdftotextDefaultProducers.
func TestPdftotextDefaultUsesTail(t *testing.T) {
	sample := parseFile(t, samplePath)
	require.NotNil(t, sample.Spending.DebtContracts)
	require.Empty(t, sample.Spending.DebtContracts)
	for _, tc := range []struct {
		name string
		// errors under 費目・使途 that quote the stray 金額 "38"
		stray38 int
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", 0},
		{"rs2025-006423.chromium.pdftotext.txt", 1},
		{"rs2025-006423-a5.pdftotext.txt", 0},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientFile(t, "../testdata/extractors/"+tc.name)
			assert.Equal(t, sample.Spending.DebtContracts, s.Spending.DebtContracts)
			assert.Equal(t, sample.OtherRemarks, s.OtherRemarks)
			stray := 0
			for _, e := range list {
				assert.NotEqual(t, string(label.SpDebtList), e.Label, "%v", e)
				assert.NotEqual(t, string(label.SecOtherRemarks), e.Label, "%v", e)
				if e.Label == string(label.SpUses) && e.Err != nil && strings.Contains(e.Err.Error(), `"38"`) {
					stray++
				}
			}
			assert.Equal(t, tc.stray38, stray)
		})
	}
}
