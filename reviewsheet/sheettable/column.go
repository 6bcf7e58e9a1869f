package sheettable

import (
	"fmt"
	"strings"
)

// Kind is the value type of a column.
type Kind uint8

// The column kinds. Int32 and Int64 values are read with Col.Int, Float64
// with Col.Float, Bool with Col.Bool, String and Dict with Col.Str.
const (
	Int32 Kind = iota
	Int64
	Float64
	Bool
	String
	// Dict is a string column with few distinct values (府省庁, 事業区分,
	// 契約方式等, kind, severity, …): writers may dictionary-encode it.
	Dict
)

var kindNames = [...]string{"int32", "int64", "float64", "bool", "string", "dict"}

// String returns the kind's name ("int32").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Units of numbers (Column.Unit).
const (
	UnitYen     = "JPY"
	UnitPercent = "%"
	UnitYear    = "year"
)

// Column describes one column: its snake_case name, kind, Japanese label
// (as printed on the sheet where it prints one), unit and whether it is
// never null.
type Column struct {
	Name    string
	Type    Kind
	JA      string
	Unit    string // UnitYen, UnitPercent, UnitYear or ""
	NotNull bool
}

// Col is a Column with the getter that reads its cell from a row of type
// R. Exactly the getter of the column's kind is set (Check); it returns
// false for a null cell. A table's description and its rows come from the
// one list of Cols, so a column can never be filled with another
// column's value, and the getters return typed Go values (no interface
// boxing per cell).
type Col[R any] struct {
	Column
	Int   func(R) (int64, bool)   // Int32 (the value fits), Int64
	Float func(R) (float64, bool) // Float64
	Bool  func(R) (bool, bool)    // Bool
	Str   func(R) (string, bool)  // String, Dict
}

// getters reports which getters c sets, in the order Int, Float, Bool, Str.
func (c *Col[R]) getters() [4]bool {
	return [4]bool{c.Int != nil, c.Float != nil, c.Bool != nil, c.Str != nil}
}

// want is the getter a kind reads with (index into getters).
func (k Kind) want() int {
	switch k {
	case Int32, Int64:
		return 0
	case Float64:
		return 1
	case Bool:
		return 2
	case String, Dict:
		return 3
	}
	return -1
}

// Check reports the columns of cols whose getters do not match their
// kind: none or more than one set, or another kind's. table names the
// list in the error.
func Check[R any](table string, cols []Col[R]) error {
	var bad []string
	for i := range cols {
		c := &cols[i]
		g, w := c.getters(), c.Type.want()
		n := 0
		for _, set := range g {
			if set {
				n++
			}
		}
		if w < 0 || n != 1 || !g[w] {
			bad = append(bad, fmt.Sprintf("%s.%s (%s)", table, c.Name, c.Type))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("sheettable: column without the getter of its kind: %s", strings.Join(bad, ", "))
	}
	return nil
}

// mustCheck returns cols, panicking when Check fails: the column lists
// are declared in this package, so a mismatch is a programming error
// caught when the package loads (and by its tests).
func mustCheck[R any](table string, cols []Col[R]) []Col[R] {
	if err := Check(table, cols); err != nil {
		panic(err)
	}
	return cols
}

// Columns returns the descriptions of cols, in order.
func Columns[R any](cols []Col[R]) []Column {
	out := make([]Column, len(cols))
	for i := range cols {
		out[i] = cols[i].Column
	}
	return out
}

// Getter helpers: each turns a field of the domain types into a cell
// with the null rule the tables document.

// opt is *p, null when p is nil.
func opt[T any](p *T) (T, bool) {
	if p == nil {
		var zero T
		return zero, false
	}
	return *p, true
}

// optInt is *p as int64, null when p is nil.
func optInt(p *int) (int64, bool) {
	if p == nil {
		return 0, false
	}
	return int64(*p), true
}

// nzInt is v, null when 0 (a line or year of 0 is unknown).
func nzInt(v int) (int64, bool) { return int64(v), v != 0 }

// nz is s, null when empty.
func nz(s string) (string, bool) { return s, s != "" }

// nzp is *s, null when s is nil or empty (dictionary columns).
func nzp(s *string) (string, bool) {
	if s == nil {
		return "", false
	}
	return *s, *s != ""
}

// join is the items joined with sep, null when there are none (one empty
// item is an empty string, not null).
func join(items []string, sep string) (string, bool) {
	switch len(items) {
	case 0:
		return "", false
	case 1:
		return items[0], true
	}
	return strings.Join(items, sep), true
}
