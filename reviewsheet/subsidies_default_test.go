package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPdftotextDefaultSubsidyColumns: the 補助率等 table that the
// LibreOffice PDF's pdftotext default-mode text prints column by column
// (basicrules.UncolumnSubsidies) reads to the sample's 補助対象, 補助率 and
// URL in every row. The 補助上限等 cells of rows 1 and 2 run together in
// that text: their text is kept whole in row 1's 補助上限等, row 2 has
// none, and both rows say so with an unsplit_cell warning (row 1's
// cap, row 2's two cells). Row 3 stands on one line in the sheet's
// shape; LibreOffice prints a space around its figures. 備考 reads "--"
// (before the rule, the URL column printed after it was read as 備考).
func TestPdftotextDefaultSubsidyColumns(t *testing.T) {
	sample := parseFile(t, samplePath)
	s, list := parseLenientFile(t, "../testdata/extractors/rs2025-006423.libreoffice.pdftotext.txt")
	for _, e := range list {
		assert.NotEqual(t, "補助率等", e.Label, "%v", e)
	}
	assert.Equal(t, sample.Methods, s.Methods)
	// the URL column stood after 備考 "--": it no longer reads as 備考
	assert.Equal(t, sample.Remarks, s.Remarks)
	require.Len(t, s.Subsidies, len(sample.Subsidies))
	for i, want := range sample.Subsidies {
		got := s.Subsidies[i]
		assert.Equal(t, want.Target, got.Target, "row %d", i+1)
		assert.Equal(t, want.Rate, got.Rate, "row %d", i+1)
		assert.Equal(t, want.RateLines, got.RateLines, "row %d", i+1)
		assert.Equal(t, want.URL, got.URL, "row %d", i+1)
	}
	require.NotNil(t, s.Subsidies[0].Cap)
	assert.Equal(t, joinedCaps(sample.Subsidies[0].CapLines, sample.Subsidies[1].CapLines), joinedCaps(s.Subsidies[0].CapLines))
	assert.Nil(t, s.Subsidies[1].Cap)
	require.NotNil(t, s.Subsidies[2].Cap)
	assert.Equal(t, "1 交付事業者につき 6,000 千円", *s.Subsidies[2].Cap)
	paths := map[string]string{}
	for _, w := range s.Warnings {
		if w.Label == "補助率等" && w.Code != WarnURLHyphen { // (each URL has one: warnURLHyphen)
			paths[w.Path] = w.Code
		}
	}
	assert.Equal(t, map[string]string{"subsidy_rates[0].cap": WarnUnsplitCell, "subsidy_rates[1].rate": WarnUnsplitCell}, paths)
}

// joinedCaps joins the lines of 補助上限等 cells without the spaces
// LibreOffice prints around figures.
func joinedCaps(cells ...[]string) string {
	out := ""
	for _, c := range cells {
		for _, l := range c {
			for _, r := range l {
				if r != ' ' {
					out += string(r)
				}
			}
		}
	}
	return out
}
