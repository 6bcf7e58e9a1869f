package rscsv

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// TestMissingTables: a set of 8 of the 15 tables (no 1-2, 1-3, 1-4, 2-2,
// 3-1, 5-1, 6-1) warns once per missing table, naming the export tables
// left empty, and every sheet lists the missing tables.
func TestMissingTables(t *testing.T) {
	s, err := Open(audit2024)
	require.NoError(t, err)
	assert.Equal(t, []string{"1-2", "1-3", "1-4", "2-2", "3-1", "5-1", "6-1"}, s.Missing())
	assert.True(t, s.Has("2-1"))
	assert.False(t, s.Has("5-1"))
	var msgs []string
	for _, w := range s.Warnings() {
		if strings.HasPrefix(w.Message, "RS table ") {
			msgs = append(msgs, w.Message)
		}
	}
	require.Len(t, msgs, 7)
	assert.Contains(t, msgs, "RS table 5-1 支出先_支出情報 is missing: 支出情報 (Spending.Recipients and their contracts) empty for every sheet; export tables left without its data: spending_recipients, spending_contracts")
	assert.Contains(t, msgs[4], "outcome_values")
	n := 0
	require.NoError(t, ignoreValueErrors(s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		n++
		require.NotNil(t, sh.Registry)
		assert.Equal(t, []string{"1-2", "1-3", "1-4", "2-2", "3-1", "5-1", "6-1"}, sh.Registry.MissingTables)
		assert.True(t, sh.Registry.Lacks("5-1"))
		return nil
	})))
	assert.Equal(t, 111, n)
	full, err := Open(fixtures2025)
	require.NoError(t, err)
	assert.Empty(t, full.Missing())
	sh, err := full.Lookup(2025, "884")
	require.NoError(t, err)
	assert.Empty(t, sh.Registry.MissingTables)
	assert.False(t, sh.Registry.Lacks("5-1"))
	assert.Equal(t, []string{"spending_recipients", "spending_contracts"}, EmptiedBy("5-1"))
	assert.Equal(t, "支出先_支出情報", TableTitle("5-1"))
	assert.Len(t, TableIDs(), 15)
}

// ignoreValueErrors keeps errors other than value problems of rows.
func ignoreValueErrors(err error) error {
	if _, ok := err.(reviewsheet.ErrorList); ok {
		return nil
	}
	return err
}

// TestPlaceholderExecuted: the 0 the CSV writes as 執行額 of the
// 事業年度 (not yet executed) is nil with the raw "0" kept, so that no
// rate is recomputed from it; earlier years keep their amounts, a real 0
// of an earlier year included.
func TestPlaceholderExecuted(t *testing.T) {
	s, err := Open(audit2024)
	require.NoError(t, err)
	nulled, kept := 0, 0
	require.NoError(t, ignoreValueErrors(s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		for _, y := range sh.Budget.Years {
			if y.Year >= sh.FiscalYear {
				if y.ExecutedRaw == "0" {
					nulled++
					assert.Nil(t, y.Executed)
					_, ok := y.RecomputeExecutionRate()
					assert.False(t, ok, "no rate from a placeholder")
				}
				continue
			}
			assert.Empty(t, y.ExecutedRaw)
			if y.Executed != nil {
				kept++
			}
		}
		for _, a := range sh.Budget.AccountYears {
			if a.Year >= sh.FiscalYear && a.ExecutedRaw != "" {
				assert.Nil(t, a.Executed)
			}
		}
		return nil
	})))
	assert.Equal(t, 111, nulled, "every 2024 sheet's own year says 0")
	assert.Greater(t, kept, 200)
}

// otherWarnings are the warnings of a set but those of missing tables.
func otherWarnings(s *Set) []Warning {
	var out []Warning
	for _, w := range s.Warnings() {
		if !strings.HasPrefix(w.Message, "RS table ") {
			out = append(out, w)
		}
	}
	return out
}
