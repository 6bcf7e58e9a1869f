package sheetarrow

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the generated part of docs/tables.md")

const (
	tablesDoc   = "../../docs/tables.md"
	beginTables = "<!-- BEGIN GENERATED TABLES (go test ./reviewsheet/sheetarrow -run TestTablesDoc -update) -->\n"
	endTables   = "<!-- END GENERATED TABLES -->\n"
)

// generatedTables renders every table and column from the schemas.
func generatedTables() string {
	var b strings.Builder
	b.WriteString("| table | one row is | columns |\n|---|---|---|\n")
	for _, t := range Tables() {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %d |\n", t, t, t.Description(), Schema(t).NumFields())
	}
	for _, t := range Tables() {
		fmt.Fprintf(&b, "\n### %s\n\n%s.\n\n", t, strings.ToUpper(t.Description()[:1])+t.Description()[1:])
		b.WriteString("| column | type | 日本語 (`ja`) | unit | null |\n|---|---|---|---|---|\n")
		for _, f := range Schema(t).Fields() {
			ja, _ := f.Metadata.GetValue(MetaJapanese)
			unit, _ := f.Metadata.GetValue(MetaUnit)
			typ := f.Type.String()
			if f.Type.ID() == arrow.DICTIONARY {
				typ = "dictionary<int32, utf8>"
			}
			null := "no"
			if f.Nullable {
				null = "yes"
			}
			fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | %s |\n", f.Name, typ, ja, unit, null)
		}
	}
	return b.String()
}

// TestTablesDoc keeps docs/tables.md in step with the schemas.
func TestTablesDoc(t *testing.T) {
	data, err := os.ReadFile(tablesDoc)
	require.NoError(t, err)
	i := bytes.Index(data, []byte(beginTables))
	j := bytes.Index(data, []byte(endTables))
	require.True(t, i >= 0 && j > i, "markers missing in %s", tablesDoc)
	gen := generatedTables()
	if *update {
		out := append(append(append([]byte{}, data[:i+len(beginTables)]...), gen...), data[j:]...)
		require.NoError(t, os.WriteFile(filepath.Clean(tablesDoc), out, 0o644))
		return
	}
	assert.Equal(t, gen, string(data[i+len(beginTables):j]), "run go test ./reviewsheet/sheetarrow -run TestTablesDoc -update")
}
