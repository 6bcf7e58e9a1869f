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
// The appenders (rows_*.go) fill them in exactly this order.
var tableColumns = [numTables][]column{
	Sheets: {
		{name: "source", typ: tString, ja: "入力ファイル", notNull: true},
		{name: "ministry", typ: tDict, ja: "府省庁"},
		{name: "name", typ: tString, ja: "事業名"},
		{name: "divisions", typ: tString, ja: "事業所管課室"},
		{name: "responsible", typ: tString, ja: "作成責任者"},
		{name: "other_orgs", typ: tString, ja: "その他担当組織"},
		{name: "start_year", typ: tInt32, ja: "事業開始年度", unit: UnitYear},
		{name: "end_year", typ: tInt32, ja: "事業終了（予定）年度", unit: UnitYear},
		{name: "no_end_planned", typ: tBool, ja: "終了予定なし", notNull: true},
		{name: "category", typ: tDict, ja: "事業区分"},
		{name: "policies", typ: tString, ja: "政策"},
		{name: "measures", typ: tString, ja: "施策"},
		{name: "related_projects", typ: tString, ja: "関連事業"},
		{name: "major_expense", typ: tDict, ja: "主要経費"},
		{name: "purpose", typ: tString, ja: "事業の目的"},
		{name: "current_issues", typ: tString, ja: "現状・課題"},
		{name: "overview", typ: tString, ja: "事業の概要"},
		{name: "overview_url", typ: tString, ja: "事業概要URL"},
		{name: "laws", typ: tString, ja: "根拠法令"},
		{name: "methods", typ: tString, ja: "実施方法"},
		{name: "remarks", typ: tString, ja: "備考"},
		{name: "change_reasons", typ: tString, ja: "主な増減理由"},
		{name: "flow_amount", typ: tInt64, ja: "資金の流れ（担当組織の支出額）", unit: UnitYen},
		{name: "indirect_cost", typ: tInt64, ja: "国自らが支出する間接経費", unit: UnitYen},
		{name: "special_notes", typ: tString, ja: "その他特記事項"},
		{name: "kpi_name", typ: tString, ja: "事業に関連するKPIが定められている閣議決定等"},
		{name: "evaluation_result", typ: tString, ja: "点検結果"},
		{name: "evaluation_direction", typ: tString, ja: "改善の方向性"},
		{name: "team_finding", typ: tString, ja: "行政事業レビュー推進チームの所見"},
		{name: "other_remarks", typ: tString, ja: "その他備考"},
		{name: "ministry_order", typ: tInt32, ja: "府省庁の建制順（RS CSV）"},
		{name: "old_project_number", typ: tString, ja: "旧事業番号（RS CSV）"},
		{name: "list_order", typ: tString, ja: "整理表表示順（RS CSV）"},
		{name: "plans", typ: tString, ja: "関係する計画・通知等"},
		{name: "kpi_url", typ: tString, ja: "KPIが定められている閣議決定等のURL"},
		{name: "kpi_excerpt", typ: tString, ja: "KPIが定められている閣議決定等の該当箇所"},
		{name: "target_year_evaluation", typ: tString, ja: "目標年度における効果測定に関する評価"},
		{name: "external_finding", typ: tString, ja: "外部有識者の所見"},
		{name: "team_detail", typ: tString, ja: "行政事業レビュー推進チームの所見の詳細"},
		{name: "improvement", typ: tString, ja: "所見を踏まえた改善点・概算要求における反映状況"},
		{name: "improvement_detail", typ: tString, ja: "改善点・反映状況の詳細"},
		{name: "public_review", typ: tString, ja: "公開プロセス・秋のレビューにおける取りまとめ"},
		{name: "other_points", typ: tString, ja: "その他の指摘事項"},
		{name: "rs_missing_tables", typ: tString, ja: "入力に無かったRS表（RS CSV の表番号）"},
		{name: "covers_budget", typ: tBool, ja: "予算・執行の表がすべて入力にあった（RS 2-1, 2-2）", notNull: true},
		{name: "covers_outcome", typ: tBool, ja: "効果発現経路の表がすべて入力にあった（RS 3-1, 3-2）", notNull: true},
		{name: "covers_spending", typ: tBool, ja: "支出先の表がすべて入力にあった（RS 5-1〜5-4）", notNull: true},
	},
	BudgetYears: {
		{name: "budget_year", typ: tInt32, ja: "予算年度", unit: UnitYear, notNull: true},
		{name: "request", typ: tInt64, ja: "要求額", unit: UnitYen},
		{name: "initial", typ: tInt64, ja: "当初予算", unit: UnitYen},
		{name: "supplementary", typ: tInt64, ja: "補正予算", unit: UnitYen},
		{name: "carried_over", typ: tInt64, ja: "前年度から繰越し", unit: UnitYen},
		{name: "reserve", typ: tInt64, ja: "予備費等", unit: UnitYen},
		{name: "total", typ: tInt64, ja: "計", unit: UnitYen},
		{name: "executed", typ: tInt64, ja: "執行額", unit: UnitYen},
		{name: "execution_rate", typ: tFloat64, ja: "執行率", unit: UnitPercent},
		{name: "execution_rate_calc", typ: tFloat64, ja: "執行率（再計算）", unit: UnitPercent},
		{name: "carried_forward", typ: tInt64, ja: "翌年度への繰越し（RS CSV）", unit: UnitYen},
		{name: "next_request", typ: tInt64, ja: "翌年度要求額（RS CSV）", unit: UnitYen},
		{name: "executed_raw", typ: tString, ja: "執行額の元の表記（RS CSVの未執行の0: executed は null）"},
	},
	BudgetItems: {
		{name: "row", typ: tInt32, ja: "行番号", notNull: true},
		{name: "account_category", typ: tDict, ja: "会計区分"},
		{name: "account", typ: tDict, ja: "会計"},
		{name: "account_sub", typ: tDict, ja: "勘定"},
		{name: "budget_type", typ: tDict, ja: "予算種別"},
		{name: "item", typ: tString, ja: "歳出予算項目"},
		{name: "amount", typ: tInt64, ja: "予算額", unit: UnitYen},
		{name: "next_request", typ: tInt64, ja: "翌年度要求額", unit: UnitYen},
		{name: "note", typ: tString, ja: "備考"},
		{name: "budget_year", typ: tInt32, ja: "予算年度 (the RS CSV lists several; a sheet's table is its 事業年度)", unit: UnitYear},
		{name: "budget_type_raw", typ: tDict, ja: "予算種別（RS CSVの表記）"},
		{name: "item_detail", typ: tString, ja: "歳出予算項目の補足情報（RS CSV）"},
	},
	OutcomeNodes:          outcomeNodeColumns,
	OutcomeLinks:          outcomeLinkColumns,
	OutcomeValues:         outcomeValueColumns,
	SpendingBlocks:        spendingBlockColumns,
	SpendingRecipients:    spendingRecipientColumns,
	SpendingContracts:     spendingContractColumns,
	SpendingUses:          spendingUseColumns,
	SpendingDebtContracts: spendingDebtContractColumns,
	Findings: {
		{name: "code", typ: tDict, ja: "コード", notNull: true},
		{name: "severity", typ: tDict, ja: "重要度", notNull: true},
		{name: "path", typ: tString, ja: "項目"},
		{name: "line", typ: tInt32, ja: "行"},
		{name: "stated", typ: tString, ja: "記載値"},
		{name: "recomputed", typ: tString, ja: "再計算値"},
		{name: "message", typ: tString, ja: "内容"},
	},
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
