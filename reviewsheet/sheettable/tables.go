package sheettable

import "fmt"

// Table names one of the per-sheet tables.
type Table int

// The per-sheet tables, in the order Tables returns them and writers
// write their files.
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
	// NumTables is the number of per-sheet tables.
	NumTables
)

var tableNames = [NumTables]string{
	"sheets", "budget_years", "budget_items",
	"outcome_nodes", "outcome_links", "outcome_values",
	"spending_blocks", "spending_recipients", "spending_contracts", "spending_uses", "spending_debt_contracts",
	"findings",
}

var tableAbout = [NumTables]string{
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
	if t < 0 || t >= NumTables {
		return ""
	}
	return tableAbout[t]
}

// String returns the table name used for its files ("budget_years").
func (t Table) String() string {
	if t < 0 || t >= NumTables {
		return fmt.Sprintf("Table(%d)", int(t))
	}
	return tableNames[t]
}

// Tables returns every per-sheet table in file order.
func Tables() []Table {
	ts := make([]Table, NumTables)
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

// KeyColumns start every per-sheet table: fiscal_year and project_id
// (six digits as printed) join the tables. A writer fills them from the
// sheet; they are not part of the tables' Col lists.
var KeyColumns = []Column{
	{Name: "fiscal_year", Type: Int32, JA: "事業年度", Unit: UnitYear, NotNull: true},
	{Name: "project_id", Type: String, JA: "予算事業ID", NotNull: true},
}

// tableColumns are the columns of each table after the key columns.
var tableColumns = [NumTables][]Column{
	Sheets:                Columns(SheetCols),
	BudgetYears:           Columns(BudgetYearCols),
	BudgetItems:           Columns(BudgetItemCols),
	OutcomeNodes:          Columns(OutcomeNodeCols),
	OutcomeLinks:          Columns(OutcomeLinkCols),
	OutcomeValues:         Columns(OutcomeValueCols),
	SpendingBlocks:        Columns(SpendingBlockCols),
	SpendingRecipients:    Columns(SpendingRecipientCols),
	SpendingContracts:     Columns(SpendingContractCols),
	SpendingUses:          Columns(SpendingUseCols),
	SpendingDebtContracts: Columns(SpendingDebtContractCols),
	Findings:              Columns(FindingCols),
}

// TableColumns returns every column of t, key columns first (a new
// slice).
func TableColumns(t Table) []Column {
	return append(append([]Column(nil), KeyColumns...), tableColumns[t]...)
}
