package sheetarrow

import (
	"testing"

	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// TestColumnsCarryTheirCells: every table's schema is made from the
// same list as its rows (col.put), and a put that appends other than one
// value is caught at once, naming its column.
func TestColumnsCarryTheirCells(t *testing.T) {
	for _, tb := range Tables() {
		assert.Equal(t, len(keyColumns)+len(tableColumns[tb]), Schema(tb).NumFields(), tb.String())
	}
	b := NewBuilder(memory.NewGoAllocator())
	defer b.Release()
	bad := append([]col[*audit.Finding](nil), findingCols...)
	bad[1].put = func(*row, *audit.Finding) {} // forgets its cell
	assert.PanicsWithValue(t, "sheetarrow: findings.severity appended 0 values", func() {
		addRow(b, Findings, key{year: 2025, id: "006423"}, bad, &audit.Finding{Code: "x", Severity: audit.SeverityInfo})
	})
}
