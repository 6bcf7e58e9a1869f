package rsmap

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// memRow is a Row held in memory: what any I/O layer must deliver.
type memRow struct {
	file  string
	line  int
	cols  []string
	cells []string
}

func (r *memRow) Get(name string) string { return r.Cell(r.Column(name)) }
func (r *memRow) Cell(i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return r.cells[i]
}
func (r *memRow) Column(name string) int {
	for i, c := range r.cols {
		if c == name {
			return i
		}
	}
	return -1
}
func (r *memRow) Columns() []string { return r.cols }
func (r *memRow) File() string      { return r.file }
func (r *memRow) Line() int         { return r.line }

type memProject map[string][]Row

func (p memProject) Rows(table string) []Row { return p[table] }

// memTable makes the rows of one table file: a header and its data rows,
// numbered from line 2.
func memTable(file string, cols []string, rows ...[]string) []Row {
	var out []Row
	for i, cells := range rows {
		out = append(out, &memRow{file: file, line: i + 2, cols: cols, cells: cells})
	}
	return out
}

// TestBuildFromMemory: Build needs nothing but a Project. Two 2-1 totals
// rows map to Budget.Years (執行率 fraction → percent, 執行額 0 of the
// 事業年度 → absent with ExecutedRaw "0"); a bad amount is an ErrSyntax at
// its file, line and column; a table the project lacks leaves its part
// empty.
func TestBuildFromMemory(t *testing.T) {
	cols := []string{ColYear, ColID, c21Year, c21Initial, c21Total, c21Executed, c21Rate}
	p := memProject{"2-1": memTable("2-1.csv", cols,
		[]string{"2024", "6423", "2023", "1000", "1000", "900", "0.9"},
		[]string{"2024", "6423", "2024", "2000", "2x00", "0", "0"},
	)}
	sh, errs := Build(2024, "006423", p)
	require.NotNil(t, sh)
	assert.Equal(t, 2024, sh.FiscalYear)
	assert.Equal(t, "006423", sh.ProjectID)
	require.NotNil(t, sh.Budget)
	require.Len(t, sh.Budget.Years, 2)
	y23, y24 := sh.Budget.Years[0], sh.Budget.Years[1]
	assert.Equal(t, 2023, y23.Year)
	require.NotNil(t, y23.Executed)
	assert.Equal(t, int64(900), *y23.Executed)
	require.NotNil(t, y23.ExecutionRate)
	assert.Equal(t, 90.0, *y23.ExecutionRate)
	assert.Nil(t, y24.Executed)
	assert.Equal(t, "0", y24.ExecutedRaw)
	assert.Nil(t, y24.ExecutionRate)
	assert.Nil(t, y24.Total)

	require.Len(t, errs, 1)
	var e *reviewsheet.Error
	require.True(t, errors.As(errs[0], &e))
	assert.Equal(t, "2-1.csv", e.File)
	assert.Equal(t, 3, e.Line)
	assert.Equal(t, 5, e.Column) // 1-based: 計（歳出予算現額合計）
	assert.Equal(t, c21Total, e.Label)
	assert.ErrorIs(t, e, reviewsheet.ErrSyntax)

	assert.Nil(t, sh.Spending)
	assert.Nil(t, sh.Outcome)
}

// TestSpecs: the 15 tables in publication order; every required column
// is known; Knows takes the shared columns and, for 3-1, year columns.
func TestSpecs(t *testing.T) {
	var ids []string
	for _, sp := range Specs() {
		ids = append(ids, sp.ID)
		for _, c := range sp.Required {
			assert.True(t, sp.Knows(c), "%s %s", sp.ID, c)
		}
		assert.True(t, sp.Knows(ColYear), sp.ID)
		assert.False(t, sp.Knows("no such column"), sp.ID)
		assert.Same(t, sp, SpecByID(sp.ID))
	}
	assert.Equal(t, []string{"1-1", "1-2", "1-3", "1-4", "1-5", "2-1", "2-2", "3-1", "3-2", "4-1", "5-1", "5-2", "5-3", "5-4", "6-1"}, ids)
	assert.True(t, SpecByID("3-1").Knows("2024"))
	assert.False(t, SpecByID("2-1").Knows("2024"))
	assert.Nil(t, SpecByID("7-1"))
	assert.Contains(t, CommonColumns(), ColID)
}
