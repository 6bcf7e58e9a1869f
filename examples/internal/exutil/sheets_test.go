package exutil

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/reviewsheet"
)

func TestSen(t *testing.T) {
	assert.Equal(t, "170,042", Sen(170_042_000))
	assert.Equal(t, "-1,000", Sen(-1_000_000))
	assert.Equal(t, "-100", Sen(-100_000))
	assert.Equal(t, "0", Sen(999))
}

func TestEachSheetOnce(t *testing.T) {
	n := 0
	err := EachSheet([]string{"../../../testdata/rs2025-006423.txt", "../../../testdata/variants"}, func(*reviewsheet.Sheet) { n++ })
	assert.NoError(t, err)
	assert.Equal(t, 1, n, "the variants are the same sheet")
}

// TestEachSheetPDF: a PDF is read as a sheet (by content, like the CLI),
// not handed to the CSV reader.
func TestEachSheetPDF(t *testing.T) {
	var ids []string
	err := EachSheet([]string{"../../../testdata/pdf/rs2025-006423.pdf"}, func(s *reviewsheet.Sheet) { ids = append(ids, s.ProjectID) })
	assert.NoError(t, err)
	assert.Equal(t, []string{"006423"}, ids)
}
