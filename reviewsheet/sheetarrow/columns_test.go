package sheetarrow

import (
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/sheettable"
)

// TestColumnsCarryTheirCells: every table's schema, per-sheet and
// set-level, is made from the same sheettable list as its rows (each
// column with its getter), so names, kinds and order agree; a getter that
// does not match its kind is caught by sheettable.Check when the lists
// load (TestCheck there).
func TestColumnsCarryTheirCells(t *testing.T) {
	check := func(name string, cols []sheettable.Column, s *arrow.Schema) {
		require.Equal(t, len(cols), s.NumFields(), name)
		for i, c := range cols {
			f := s.Field(i)
			assert.Equal(t, c.Name, f.Name, name)
			assert.True(t, arrow.TypeEqual(arrowType(c.Type), f.Type), "%s.%s", name, c.Name)
			assert.Equal(t, !c.NotNull, f.Nullable, "%s.%s", name, c.Name)
		}
	}
	for _, tb := range Tables() {
		check(tb.String(), sheettable.TableColumns(tb), Schema(tb))
	}
	for _, st := range CrossTables() {
		check(st.Name, st.Columns, SetSchema(st))
	}
}
