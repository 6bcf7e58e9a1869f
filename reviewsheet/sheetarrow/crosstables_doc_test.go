package sheetarrow

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	beginCross = "<!-- BEGIN GENERATED CROSS TABLES (go test ./reviewsheet/sheetarrow -run TestCrossTablesDoc -update) -->\n"
	endCross   = "<!-- END GENERATED CROSS TABLES -->\n"
)

// generatedCrossTables renders the set-level tables and their columns.
func generatedCrossTables() string {
	var b strings.Builder
	b.WriteString("| table | one row is | columns |\n|---|---|---|\n")
	for _, t := range CrossTables() {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %d |\n", t.Name, t.Name, t.Description, len(t.Columns))
	}
	for _, t := range CrossTables() {
		fmt.Fprintf(&b, "\n### %s\n\n%s.\n\n", t.Name, strings.ToUpper(t.Description[:1])+t.Description[1:])
		b.WriteString("| column | type | 日本語 (`ja`) | unit | null |\n|---|---|---|---|---|\n")
		for _, f := range SetSchema(t).Fields() {
			ja, _ := f.Metadata.GetValue(MetaJapanese)
			unit, _ := f.Metadata.GetValue(MetaUnit)
			null := "no"
			if f.Nullable {
				null = "yes"
			}
			fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | %s |\n", f.Name, f.Type, ja, unit, null)
		}
	}
	return b.String()
}

// TestCrossTablesDoc keeps the set-level part of docs/tables.md in step
// with CrossTables.
func TestCrossTablesDoc(t *testing.T) {
	data, err := os.ReadFile(tablesDoc)
	require.NoError(t, err)
	i := bytes.Index(data, []byte(beginCross))
	j := bytes.Index(data, []byte(endCross))
	require.True(t, i >= 0 && j > i, "markers missing in %s", tablesDoc)
	gen := generatedCrossTables()
	if *update {
		out := append(append(append([]byte{}, data[:i+len(beginCross)]...), gen...), data[j:]...)
		require.NoError(t, os.WriteFile(filepath.Clean(tablesDoc), out, 0o644))
		return
	}
	assert.Equal(t, gen, string(data[i+len(beginCross):j]), "run go test ./reviewsheet/sheetarrow -run TestCrossTablesDoc -update")
}
