package sheetarrow

import (
	"github.com/apache/arrow/go/v17/arrow"

	"github.com/rsheet/rsheet/reviewsheet/sheettable"
)

// Table names one of the exported per-sheet tables (package sheettable
// describes them: names, columns, labels, units, row order).
type Table = sheettable.Table

// The tables, in the order Tables returns them and files are written.
const (
	Sheets                = sheettable.Sheets
	BudgetYears           = sheettable.BudgetYears
	BudgetItems           = sheettable.BudgetItems
	OutcomeNodes          = sheettable.OutcomeNodes
	OutcomeLinks          = sheettable.OutcomeLinks
	OutcomeValues         = sheettable.OutcomeValues
	SpendingBlocks        = sheettable.SpendingBlocks
	SpendingRecipients    = sheettable.SpendingRecipients
	SpendingContracts     = sheettable.SpendingContracts
	SpendingUses          = sheettable.SpendingUses
	SpendingDebtContracts = sheettable.SpendingDebtContracts
	Findings              = sheettable.Findings
	numTables             = sheettable.NumTables
)

// Tables returns every table in file order.
func Tables() []Table { return sheettable.Tables() }

// TableByName returns the table called name.
func TableByName(name string) (Table, bool) { return sheettable.TableByName(name) }

// Field metadata keys.
const (
	MetaJapanese = "ja"   // the label as printed on the sheet (執行額)
	MetaUnit     = "unit" // JPY, %, year
)

// Units in field metadata.
const (
	UnitYen     = sheettable.UnitYen
	UnitPercent = sheettable.UnitPercent
	UnitYear    = sheettable.UnitYear
)

// List columns of the sheets table join their items with these separators.
const (
	// ListSep joins divisions, policies, measures, laws and methods (and
	// the more_texts of outcome_nodes).
	ListSep = sheettable.ListSep
	// OverviewSep joins the bullets of 事業の概要.
	OverviewSep = sheettable.OverviewSep
)

var schemas = buildSchemas()

func buildSchemas() [numTables]*arrow.Schema {
	var out [numTables]*arrow.Schema
	for t := range numTables {
		out[t] = schemaOf(sheettable.TableColumns(t))
	}
	return out
}

// schemaOf returns the Arrow schema of cols: each field carries its
// Japanese label ("ja") and, when it has one, its unit ("unit").
func schemaOf(cols []sheettable.Column) *arrow.Schema {
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		keys, vals := []string{MetaJapanese}, []string{c.JA}
		if c.Unit != "" {
			keys, vals = append(keys, MetaUnit), append(vals, c.Unit)
		}
		fields[i] = arrow.Field{Name: c.Name, Type: arrowType(c.Type), Nullable: !c.NotNull, Metadata: arrow.NewMetadata(keys, vals)}
	}
	return arrow.NewSchema(fields, nil)
}

// arrowType is the Arrow type of a column kind; a Dict column is
// dictionary<int32, utf8>.
func arrowType(k sheettable.Kind) arrow.DataType {
	switch k {
	case sheettable.Int32:
		return arrow.PrimitiveTypes.Int32
	case sheettable.Int64:
		return arrow.PrimitiveTypes.Int64
	case sheettable.Float64:
		return arrow.PrimitiveTypes.Float64
	case sheettable.Bool:
		return arrow.FixedWidthTypes.Boolean
	case sheettable.String:
		return arrow.BinaryTypes.String
	case sheettable.Dict:
		return &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
	}
	panic("sheetarrow: unknown column kind " + k.String())
}

// Schema returns the Arrow schema of table t. Every field carries its
// Japanese label (metadata key "ja") and, for numbers with a unit, the
// unit ("unit": JPY, %, year). The schema is shared: do not modify it.
func Schema(t Table) *arrow.Schema { return schemas[t] }
