package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPdftotextDefaultYears: the years of 基本情報 in the pdftotext
// default-mode texts of the producers' PDFs read to the sample's.
// Chromium and wkhtmltopdf print 事業年度 and 事業開始年度 after both labels
// in opposite orders; basicrules.PlaceYearsByTitle places them by the
// title's year and says so with a placed_by_title warning at the
// 事業年度 line.
func TestPdftotextDefaultYears(t *testing.T) {
	sample := parseFile(t, samplePath)
	for _, tc := range []struct {
		name   string
		placed int // the line of the placed_by_title warning, 0: none
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", 0},
		{"rs2025-006423.chromium.pdftotext.txt", 15},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", 28},
		{"rs2025-006423-a5.pdftotext.txt", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientFile(t, "../testdata/extractors/"+tc.name)
			assert.Equal(t, sample.FiscalYear, s.FiscalYear)
			require.NotNil(t, s.StartYear)
			assert.Equal(t, *sample.StartYear, *s.StartYear)
			assert.Equal(t, sample.ProjectYear, s.ProjectYear)
			for _, e := range list {
				assert.NotContains(t, []string{"事業年度", "事業開始年度"}, e.Label, "%v", e)
			}
			var placed []Warning
			for _, w := range s.Warnings {
				if w.Code == WarnPlacedByTitle {
					placed = append(placed, w)
				}
			}
			if tc.placed == 0 {
				assert.Empty(t, placed)
				return
			}
			if assert.Len(t, placed, 1) {
				assert.Equal(t, tc.placed, placed[0].Line)
				assert.Equal(t, "project_year", placed[0].Path)
				assert.Equal(t, "事業年度", placed[0].Label)
			}
		})
	}
}
