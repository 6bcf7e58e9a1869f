package sheettable

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type probe struct {
	n int
	s *string
}

// TestCheck: a column must set exactly the getter of its kind.
func TestCheck(t *testing.T) {
	i := func(p probe) (int64, bool) { return int64(p.n), true }
	s := func(p probe) (string, bool) { return opt(p.s) }
	f := func(probe) (float64, bool) { return 0, false }
	b := func(probe) (bool, bool) { return false, false }
	for _, tc := range []struct {
		name string
		col  Col[probe]
		ok   bool
	}{
		{"int32 with Int", Col[probe]{Column: Column{Name: "c", Type: Int32}, Int: i}, true},
		{"int64 with Int", Col[probe]{Column: Column{Name: "c", Type: Int64}, Int: i}, true},
		{"float with Float", Col[probe]{Column: Column{Name: "c", Type: Float64}, Float: f}, true},
		{"bool with Bool", Col[probe]{Column: Column{Name: "c", Type: Bool}, Bool: b}, true},
		{"string with Str", Col[probe]{Column: Column{Name: "c", Type: String}, Str: s}, true},
		{"dict with Str", Col[probe]{Column: Column{Name: "c", Type: Dict}, Str: s}, true},
		{"no getter", Col[probe]{Column: Column{Name: "c", Type: Int32}}, false},
		{"another kind's getter", Col[probe]{Column: Column{Name: "c", Type: Int32}, Str: s}, false},
		{"two getters", Col[probe]{Column: Column{Name: "c", Type: String}, Str: s, Int: i}, false},
		{"unknown kind", Col[probe]{Column: Column{Name: "c", Type: Kind(42)}, Str: s}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok := Check("t", []Col[probe]{{Column: Column{Name: "good", Type: Int64}, Int: i}, tc.col})
			if tc.ok {
				assert.NoError(t, ok)
				return
			}
			require.Error(t, ok)
			assert.Equal(t, "sheettable: column without the getter of its kind: t.c ("+tc.col.Type.String()+")", ok.Error())
			assert.Panics(t, func() { mustCheck("t", []Col[probe]{tc.col}) })
		})
	}
	assert.Equal(t, "Kind(42)", Kind(42).String())
	assert.Equal(t, "dict", Dict.String())
}

// TestTableColumns: every per-sheet table starts with the key columns,
// names its columns once and labels each one; so does every set-level
// table (without key columns).
func TestTableColumns(t *testing.T) {
	labelled := func(table string, cols []Column) {
		seen := map[string]bool{}
		for _, c := range cols {
			assert.False(t, seen[c.Name], "%s.%s twice", table, c.Name)
			seen[c.Name] = true
			assert.NotEmpty(t, c.JA, "%s.%s has a Japanese label", table, c.Name)
			assert.Contains(t, []string{"", UnitYen, UnitPercent, UnitYear}, c.Unit, "%s.%s", table, c.Name)
		}
	}
	require.Len(t, Tables(), int(NumTables))
	for _, tb := range Tables() {
		cols := TableColumns(tb)
		assert.Equal(t, KeyColumns, cols[:len(KeyColumns)], tb.String())
		assert.Greater(t, len(cols), len(KeyColumns), tb.String())
		labelled(tb.String(), cols)
		got, ok := TableByName(tb.String())
		assert.True(t, ok)
		assert.Equal(t, tb, got)
		assert.NotEmpty(t, tb.Description())
	}
	_, ok := TableByName("nope")
	assert.False(t, ok)
	assert.Equal(t, "Table(99)", Table(99).String())
	assert.Empty(t, Table(-1).Description())
	for _, st := range CrossTables() {
		labelled(st.Name, st.Columns)
	}
}

// TestNullRules: the getter helpers keep absent, empty and zero apart as
// the tables document.
func TestNullRules(t *testing.T) {
	type cell struct {
		v  any
		ok bool
	}
	c := func(v any, ok bool) cell { return cell{v, ok} }
	zero := 0
	for _, tc := range []struct {
		name      string
		got, want cell
	}{
		{"opt nil", c(opt[int64](nil)), cell{int64(0), false}},
		{"opt 0 is 0, not null", c(opt(ptr(int64(0)))), cell{int64(0), true}},
		{"optInt nil", c(optInt(nil)), cell{int64(0), false}},
		{"optInt 0", c(optInt(&zero)), cell{int64(0), true}},
		{"nzInt 0 (unknown line)", c(nzInt(0)), cell{int64(0), false}},
		{"nzInt 12", c(nzInt(12)), cell{int64(12), true}},
		{"nz empty", c(nz("")), cell{"", false}},
		{"nz text", c(nz("a")), cell{"a", true}},
		{"nzp nil", c(nzp(nil)), cell{"", false}},
		{"nzp empty (dictionary)", c(nzp(ptr(""))), cell{"", false}},
		{"opt empty string is empty, not null", c(opt(ptr(""))), cell{"", true}},
		{"join none", c(join(nil, ListSep)), cell{"", false}},
		{"join one empty item", c(join([]string{""}, ListSep)), cell{"", true}},
		{"join two", c(join([]string{"a", "b"}, ListSep)), cell{"a | b", true}},
		{"validCorporate --", c(validCorporate(nil)), cell{false, false}},
		{"validCorporate ok", c(validCorporate(ptr("4000020210005"))), cell{true, true}},
		{"validCorporate bad check digit", c(validCorporate(ptr("5000020210005"))), cell{false, true}},
	} {
		assert.Equal(t, tc.want, tc.got, tc.name)
	}
}
