package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPdftotextDefaultBlockOrder: the LibreOffice text's list row of
// block A cannot be read (its 合計支出額 is printed among another
// recipient's cells), so A is a block of the flow only; it stands in
// the flow's order, before B and C (mergeFlowBlocks, flowOrderIndex),
// as in the sheet, each block's source line where it was read: A's box
// in 資金の流れ, B's and C's list rows.
func TestPdftotextDefaultBlockOrder(t *testing.T) {
	sample := parseFile(t, samplePath)
	s, _ := parseLenientFile(t, "../testdata/extractors/rs2025-006423.libreoffice.pdftotext.txt")
	require.NotNil(t, s.Spending)
	var got, want []string
	for _, b := range s.Spending.Blocks {
		got = append(got, b.Block)
	}
	for _, b := range sample.Spending.Blocks {
		want = append(want, b.Block)
	}
	assert.Equal(t, want, got)
	for path, line := range map[string]int{
		"spending.blocks[0]": 1431, "spending.blocks[0].total": 1434, "spending.blocks[0].recipient_count": 1435,
		"spending.blocks[1]": 1796, "spending.blocks[1].total": 1796, "spending.blocks[2]": 2246, "spending.blocks[2].recipient_count": 2246,
	} {
		assert.Equal(t, line, s.Source.Line(path), path)
	}
	require.Len(t, s.Spending.Blocks, 3)
	assert.Equal(t, *sample.Spending.Blocks[0].Total, *s.Spending.Blocks[0].Total)
	assert.Equal(t, *sample.Spending.Blocks[1].Role, *s.Spending.Blocks[1].Role)
}

func TestSourceShift(t *testing.T) {
	s := &Source{}
	s.set(jp("spending.blocks", 0), "", 10)
	s.set(jp("spending.blocks", 0), ".total", 11)
	s.set(jp("spending.blocks", 1), "", 20)
	s.set(jp("spending.recipients", 0), "", 30)
	s.shift("spending.blocks", 0)
	s.set(jp("spending.blocks", 0), "", 5)
	s.index()
	assert.Equal(t, map[string]int{"spending.blocks[0]": 5, "spending.blocks[0].total": 11, "spending.blocks[1]": 10, "spending.blocks[1].total": 11,
		"spending.blocks[2]": 20, "spending.recipients[0]": 30}, positions(s))
}

func positions(s *Source) map[string]int {
	out := map[string]int{}
	for k, v := range s.pos {
		out[k] = int(v)
	}
	return out
}

// TestCellALineBlockOrder: the same block A, flow only, in the mutool
// and PyMuPDF texts of the LibreOffice PDF, which open the default-mode
// rules by the second gate (printed a cell a line, no de-hyphenation):
// it stands in the flow's order too (mergeFlowBlocks asks the parser's
// defaultMode, not lostDash; before, it went after B and C and every
// block's figures were read at another index).
func TestCellALineBlockOrder(t *testing.T) {
	sample := parseFile(t, samplePath)
	var want []string
	for _, b := range sample.Spending.Blocks {
		want = append(want, b.Block)
	}
	for _, name := range []string{"rs2025-006423.libreoffice.mutool.txt", "rs2025-006423.libreoffice.pymupdf.txt"} {
		t.Run(name, func(t *testing.T) {
			s, _ := parseLenientFile(t, "../testdata/extractors/"+name)
			require.NotNil(t, s.Spending)
			var got []string
			for _, b := range s.Spending.Blocks {
				got = append(got, b.Block)
			}
			assert.Equal(t, want, got)
			require.Len(t, s.Spending.Blocks, 3)
			assert.Equal(t, *sample.Spending.Blocks[0].Total, *s.Spending.Blocks[0].Total)
		})
	}
}
