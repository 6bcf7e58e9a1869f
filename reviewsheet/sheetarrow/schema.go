package sheetarrow

import (
	"fmt"

	"github.com/apache/arrow/go/v17/arrow"
)

// Table names one of the exported tables.
type Table int

// The tables, in the order Tables returns them and files are written.
const (
	Sheets Table = iota
	BudgetYears
	BudgetItems
	OutcomeNodes
	OutcomeLinks
	OutcomeValues
	SpendingBlocks
	SpendingRecipients
	SpendingContracts
	SpendingUses
	SpendingDebtContracts
	Findings
	numTables
)

var tableNames = [numTables]string{
	"sheets", "budget_years", "budget_items",
	"outcome_nodes", "outcome_links", "outcome_values",
	"spending_blocks", "spending_recipients", "spending_contracts", "spending_uses", "spending_debt_contracts",
	"findings",
}

var tableAbout = [numTables]string{
	Sheets:                "one row per sheet: 基本情報, the notes of 予算・執行, the totals of 資金の流れ, the KPI and the 点検・評価 texts",
	BudgetYears:           "one row per column of the 予算額執行額表 (budget year)",
	BudgetItems:           "one row per 予算種別/歳出予算項目 row of the 予算内訳表, with its 会計区分",
	OutcomeNodes:          "one row per numbered box of the 効果発現経路 (activity, output, outcomes)",
	OutcomeLinks:          "one row per step of the アクティビティからの発現経路 (from_id leads to to_id)",
	OutcomeValues:         "one row per year column of a node's 活動指標/成果指標 table",
	SpendingBlocks:        "one row per 支出先ブロック",
	SpendingRecipients:    "one row per row of the 支出先上位者リスト",
	SpendingContracts:     "one row per 契約概要 under a recipient",
	SpendingUses:          "one row per 費目・使途 row",
	SpendingDebtContracts: "one row per row of the 国庫債務負担行為等による契約先リスト",
	Findings:              "one row per check finding (recomputed figure that disagrees, or a signal)",
}

// Description says what one row of t is.
func (t Table) Description() string {
	if t < 0 || t >= numTables {
		return ""
	}
	return tableAbout[t]
}

// String returns the table name used for its files ("budget_years").
func (t Table) String() string {
	if t < 0 || t >= numTables {
		return fmt.Sprintf("Table(%d)", int(t))
	}
	return tableNames[t]
}

// Tables returns every table in file order.
func Tables() []Table {
	ts := make([]Table, numTables)
	for i := range ts {
		ts[i] = Table(i)
	}
	return ts
}

// TableByName returns the table called name.
func TableByName(name string) (Table, bool) {
	for i, n := range tableNames {
		if n == name {
			return Table(i), true
		}
	}
	return 0, false
}

// colType is the Arrow type of a column.
type colType uint8

const (
	tInt32 colType = iota
	tInt64
	tFloat64
	tBool
	tString
	tDict // dictionary<int32, utf8>: string columns with few distinct values
)

// Field metadata keys.
const (
	MetaJapanese = "ja"   // the label as printed on the sheet (執行額)
	MetaUnit     = "unit" // JPY, %, year
)

// Units in field metadata.
const (
	UnitYen     = "JPY"
	UnitPercent = "%"
	UnitYear    = "year"
)

// column describes one column: its name, type, Japanese label and unit.
type column struct {
	name string
	typ  colType
	ja   string
	unit string
	// notNull marks columns that are never null.
	notNull bool
}

// key columns start every table.
var keyColumns = []column{
	{name: "fiscal_year", typ: tInt32, ja: "事業年度", unit: UnitYear, notNull: true},
	{name: "project_id", typ: tString, ja: "予算事業ID", notNull: true},
}

// tableColumns lists the columns of each table after the key columns.
// Each list pairs a column with the function that appends its cell
// (col.put, rows_*.go), so schema and rows cannot disagree.
var tableColumns = [numTables][]column{
	Sheets:                schemaOf(sheetCols),
	BudgetYears:           schemaOf(budgetYearCols),
	BudgetItems:           schemaOf(budgetItemCols),
	OutcomeNodes:          schemaOf(outcomeNodeCols),
	OutcomeLinks:          schemaOf(outcomeLinkCols),
	OutcomeValues:         schemaOf(outcomeValueCols),
	SpendingBlocks:        schemaOf(spendingBlockCols),
	SpendingRecipients:    schemaOf(spendingRecipientCols),
	SpendingContracts:     schemaOf(spendingContractCols),
	SpendingUses:          schemaOf(spendingUseCols),
	SpendingDebtContracts: schemaOf(spendingDebtContractCols),
	Findings:              schemaOf(findingCols),
}

var schemas = buildSchemas()

func buildSchemas() [numTables]*arrow.Schema {
	var out [numTables]*arrow.Schema
	for t := range numTables {
		cols := columns(t)
		fields := make([]arrow.Field, len(cols))
		for i, c := range cols {
			keys, vals := []string{MetaJapanese}, []string{c.ja}
			if c.unit != "" {
				keys, vals = append(keys, MetaUnit), append(vals, c.unit)
			}
			fields[i] = arrow.Field{Name: c.name, Type: c.typ.arrow(), Nullable: !c.notNull, Metadata: arrow.NewMetadata(keys, vals)}
		}
		out[t] = arrow.NewSchema(fields, nil)
	}
	return out
}

// columns returns all columns of t, key columns first.
func columns(t Table) []column {
	return append(append([]column(nil), keyColumns...), tableColumns[t]...)
}

func (c colType) arrow() arrow.DataType {
	switch c {
	case tInt32:
		return arrow.PrimitiveTypes.Int32
	case tInt64:
		return arrow.PrimitiveTypes.Int64
	case tFloat64:
		return arrow.PrimitiveTypes.Float64
	case tBool:
		return arrow.FixedWidthTypes.Boolean
	case tString:
		return arrow.BinaryTypes.String
	case tDict:
		return &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
	}
	panic("sheetarrow: unknown column type")
}

// Schema returns the Arrow schema of table t. Every field carries its
// Japanese label (metadata key "ja") and, for numbers with a unit, the
// unit ("unit": JPY, %, year). The schema is shared: do not modify it.
func Schema(t Table) *arrow.Schema { return schemas[t] }
