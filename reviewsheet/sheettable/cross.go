package sheettable

import (
	"strings"

	"github.com/rsheet/rsheet/reviewsheet/crossproject"
)

// The set-level tables of package crossproject (see its documentation for
// the rules: entity keys, levels, sources, sums). They are computed over
// a whole set of sheets, not sheet by sheet, so they have no key columns
// and are not Tables; their columns have no dictionaries (the tables are
// small). Each table's Col list reads its rows from the crossproject
// types; CrossRows gives the rows of a Result.

// SetTable describes a set-level table.
type SetTable struct {
	Name        string // file name without extension ("entities")
	Description string
	Columns     []Column
}

// notNull and nullable declare a set-level column.
func notNull(name string, k Kind, ja, unit string) Column {
	return Column{Name: name, Type: k, JA: ja, Unit: unit, NotNull: true}
}

func nullable(name string, k Kind, ja, unit string) Column {
	return Column{Name: name, Type: k, JA: ja, Unit: unit}
}

// sum is a crossproject.Sum, null when no value went into it (never 0).
func sum(s crossproject.Sum) (int64, bool) { return s.Yen, s.N != 0 }

// TotalRow is a row of entity_totals: the total, its entity's name and
// the amount it received (EntityTotal.Received).
type TotalRow struct {
	Total    *crossproject.EntityTotal
	Name     string
	Received int64
}

// EntityCols are the columns of entities.
var EntityCols = mustCheck("entities", []Col[*crossproject.Entity]{
	{Column: notNull("entity_key", String, "支出先キー", ""), Str: func(e *crossproject.Entity) (string, bool) { return e.Key, true }},
	{Column: notNull("key_kind", String, "キーの種類", ""), Str: func(e *crossproject.Entity) (string, bool) { return string(e.Kind), true }},
	{Column: nullable("corporate_number", String, "法人番号", ""), Str: func(e *crossproject.Entity) (string, bool) { return nz(e.CorporateNumber) }},
	{Column: nullable("local_government_code", String, "地方公共団体コード", ""), Str: func(e *crossproject.Entity) (string, bool) { return nz(e.LocalGovernmentCode) }},
	{Column: nullable("prefecture", String, "都道府県", ""), Str: func(e *crossproject.Entity) (string, bool) { return nz(e.Prefecture) }},
	{Column: notNull("name", String, "支出先名", ""), Str: func(e *crossproject.Entity) (string, bool) { return e.Name, true }},
	{Column: notNull("name_count", Int32, "表記の数", ""), Int: func(e *crossproject.Entity) (int64, bool) { return int64(len(e.Names)), true }},
	{Column: notNull("names", String, "表記", ""), Str: func(e *crossproject.Entity) (string, bool) { return strings.Join(e.Names, ListSep), true }},
	{Column: notNull("rows", Int64, "行数", ""), Int: func(e *crossproject.Entity) (int64, bool) { return int64(e.Rows), true }},
	{Column: notNull("placeholder_number_rows", Int64, "仮の法人番号の行数", ""), Int: func(e *crossproject.Entity) (int64, bool) { return int64(e.PlaceholderRows), true }},
	{Column: notNull("invalid_number_rows", Int64, "無効な法人番号の行数", ""), Int: func(e *crossproject.Entity) (int64, bool) { return int64(e.InvalidRows), true }},
})

// EntitiesTable is the set-level table entities.
var EntitiesTable = &SetTable{Name: "entities", Description: "one row per recipient entity across sheets and years (法人番号, 地方公共団体コード or normalised name)", Columns: Columns(EntityCols)}

// EntityTotalCols are the columns of entity_totals.
var EntityTotalCols = mustCheck("entity_totals", []Col[TotalRow]{
	{Column: notNull("fiscal_year", Int32, "事業年度", UnitYear), Int: func(t TotalRow) (int64, bool) { return int64(t.Total.FiscalYear), true }},
	{Column: notNull("entity_key", String, "支出先キー", ""), Str: func(t TotalRow) (string, bool) { return t.Total.Key, true }},
	{Column: notNull("name", String, "支出先名", ""), Str: func(t TotalRow) (string, bool) { return t.Name, true }},
	{Column: notNull("source", String, "出典", ""), Str: func(t TotalRow) (string, bool) { return string(t.Total.Source), true }},
	{Column: nullable("direct", Int64, "担当組織からの支出", UnitYen), Int: func(t TotalRow) (int64, bool) { return sum(t.Total.Direct) }},
	{Column: nullable("redelegated", Int64, "再委託等による支出", UnitYen), Int: func(t TotalRow) (int64, bool) { return sum(t.Total.Redelegated) }},
	{Column: nullable("unlinked", Int64, "資金の流れに無い支出", UnitYen), Int: func(t TotalRow) (int64, bool) { return sum(t.Total.Unlinked) }},
	{Column: notNull("received", Int64, "受取額", UnitYen), Int: func(t TotalRow) (int64, bool) { return t.Received, true }},
	{Column: notNull("rows", Int64, "行数", ""), Int: func(t TotalRow) (int64, bool) { return int64(t.Total.Rows), true }},
	{Column: notNull("projects", Int64, "事業数", ""), Int: func(t TotalRow) (int64, bool) { return int64(t.Total.Projects), true }},
})

// EntityTotalsTable is the set-level table entity_totals.
var EntityTotalsTable = &SetTable{Name: "entity_totals", Description: "one row per 事業年度, entity and source: amounts by level (direct + redelegated summed over entities counts twice)", Columns: Columns(EntityTotalCols)}

// EntityPaymentCols are the columns of entity_payments.
var EntityPaymentCols = mustCheck("entity_payments", []Col[*crossproject.Payment]{
	{Column: notNull("fiscal_year", Int32, "事業年度", UnitYear), Int: func(p *crossproject.Payment) (int64, bool) { return int64(p.FiscalYear), true }},
	{Column: notNull("project_id", String, "予算事業ID", ""), Str: func(p *crossproject.Payment) (string, bool) { return p.ProjectID, true }},
	{Column: notNull("ministry", String, "府省庁", ""), Str: func(p *crossproject.Payment) (string, bool) { return p.Ministry, true }},
	{Column: notNull("source", String, "出典", ""), Str: func(p *crossproject.Payment) (string, bool) { return string(p.Source), true }},
	{Column: nullable("block", String, "支出先ブロック", ""), Str: func(p *crossproject.Payment) (string, bool) { return nz(p.Block) }},
	{Column: nullable("parent_block", String, "支出元の支出先ブロック", ""), Str: func(p *crossproject.Payment) (string, bool) { return nz(p.ParentBlock) }},
	{Column: notNull("level", String, "支出の段階", ""), Str: func(p *crossproject.Payment) (string, bool) { return string(p.Level), true }},
	{Column: notNull("recipient_name", String, "支出先名", ""), Str: func(p *crossproject.Payment) (string, bool) { return p.Name, true }},
	{Column: nullable("corporate_number", String, "法人番号（記載のまま）", ""), Str: func(p *crossproject.Payment) (string, bool) { return opt(p.Number) }},
	{Column: notNull("entity_key", String, "支出先キー", ""), Str: func(p *crossproject.Payment) (string, bool) { return p.EntityKey, true }},
	{Column: nullable("contract", String, "契約概要", ""), Str: func(p *crossproject.Payment) (string, bool) { return opt(p.Contract) }},
	{Column: nullable("item", String, "費目", ""), Str: func(p *crossproject.Payment) (string, bool) { return opt(p.Item) }},
	{Column: nullable("amount", Int64, "金額", UnitYen), Int: func(p *crossproject.Payment) (int64, bool) { return opt(p.Amount) }},
})

// EntityPaymentsTable is the set-level table entity_payments.
var EntityPaymentsTable = &SetTable{Name: "entity_payments", Description: "one row per amount stated for a recipient: 5-1 payee totals, 5-3 uses, 5-4 contracts (never add sources together)", Columns: Columns(EntityPaymentCols)}

// ContractCols are the columns of contracts.
var ContractCols = mustCheck("contracts", []Col[*crossproject.Contract]{
	{Column: notNull("fiscal_year", Int32, "事業年度", UnitYear), Int: func(c *crossproject.Contract) (int64, bool) { return int64(c.FiscalYear), true }},
	{Column: notNull("project_id", String, "予算事業ID", ""), Str: func(c *crossproject.Contract) (string, bool) { return c.ProjectID, true }},
	{Column: notNull("ministry", String, "府省庁", ""), Str: func(c *crossproject.Contract) (string, bool) { return c.Ministry, true }},
	{Column: notNull("source", String, "出典", ""), Str: func(c *crossproject.Contract) (string, bool) { return string(c.Source), true }},
	{Column: nullable("block", String, "支出先ブロック", ""), Str: func(c *crossproject.Contract) (string, bool) { return nz(c.Block) }},
	{Column: notNull("level", String, "支出の段階", ""), Str: func(c *crossproject.Contract) (string, bool) { return string(c.Level), true }},
	{Column: notNull("payee", String, "支出先名", ""), Str: func(c *crossproject.Contract) (string, bool) { return c.Payee, true }},
	{Column: notNull("entity_key", String, "支出先キー", ""), Str: func(c *crossproject.Contract) (string, bool) { return c.EntityKey, true }},
	{Column: notNull("contract", String, "契約概要", ""), Str: func(c *crossproject.Contract) (string, bool) { return c.Name, true }},
	{Column: nullable("method", String, "契約方式等", ""), Str: func(c *crossproject.Contract) (string, bool) { return nz(string(c.Method)) }},
	{Column: nullable("method_base", String, "契約方式", ""), Str: func(c *crossproject.Contract) (string, bool) { return nz(string(c.Method.Base())) }},
	{Column: notNull("method_class", String, "契約方式の分類", ""), Str: func(c *crossproject.Contract) (string, bool) { return c.Method.Class().String(), true }},
	{Column: nullable("bidders", Int64, "入札者数", ""), Int: func(c *crossproject.Contract) (int64, bool) { return optInt(c.Bidders) }},
	{Column: nullable("winning_bid_rate", Float64, "落札率", UnitPercent), Float: func(c *crossproject.Contract) (float64, bool) { return opt(c.WinningBidRate) }},
	{Column: notNull("one_bidder", Bool, "一者応札", ""), Bool: func(c *crossproject.Contract) (bool, bool) { return c.OneBidder(), true }},
	{Column: nullable("amount", Int64, "金額", UnitYen), Int: func(c *crossproject.Contract) (int64, bool) { return opt(c.Amount) }},
})

// ContractsTable is the set-level table contracts.
var ContractsTable = &SetTable{Name: "contracts", Description: "one row per contract of the 支出先上位者リスト (5-1) or 国庫債務負担行為等による契約先リスト (5-4)", Columns: Columns(ContractCols)}

// ProjectYearCols are the columns of project_years.
var ProjectYearCols = mustCheck("project_years", []Col[*crossproject.ProjectYear]{
	{Column: notNull("project_id", String, "予算事業ID", ""), Str: func(p *crossproject.ProjectYear) (string, bool) { return p.ProjectID, true }},
	{Column: notNull("fiscal_year", Int32, "事業年度", UnitYear), Int: func(p *crossproject.ProjectYear) (int64, bool) { return int64(p.FiscalYear), true }},
	{Column: notNull("budget_year", Int32, "予算年度", UnitYear), Int: func(p *crossproject.ProjectYear) (int64, bool) { return int64(p.BudgetYear), true }},
	{Column: notNull("ministry", String, "府省庁", ""), Str: func(p *crossproject.ProjectYear) (string, bool) { return p.Ministry, true }},
	{Column: notNull("name", String, "事業名", ""), Str: func(p *crossproject.ProjectYear) (string, bool) { return p.Name, true }},
	{Column: nullable("old_project_number", String, "旧事業番号", ""), Str: func(p *crossproject.ProjectYear) (string, bool) { return opt(p.OldProjectNumber) }},
	{Column: notNull("input", String, "入力の種類", ""), Str: func(p *crossproject.ProjectYear) (string, bool) { return p.Input, true }},
	{Column: nullable("request", Int64, "要求額", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Request) }},
	{Column: nullable("initial", Int64, "当初予算", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Initial) }},
	{Column: nullable("supplementary", Int64, "補正予算", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Supplementary) }},
	{Column: nullable("carried_over", Int64, "前年度から繰越し", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.CarriedOver) }},
	{Column: nullable("reserve", Int64, "予備費等", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Reserve) }},
	{Column: nullable("total", Int64, "計", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Total) }},
	{Column: nullable("executed", Int64, "執行額", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Executed) }},
	{Column: nullable("carried_forward", Int64, "翌年度への繰越し", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.CarriedForward) }},
	{Column: notNull("carried_forward_derived", Bool, "翌年度への繰越し（翌年度の前年度から繰越しより）", ""), Bool: func(p *crossproject.ProjectYear) (bool, bool) { return p.CarriedForwardDerived, true }},
	{Column: nullable("unused", Int64, "不用相当額", UnitYen), Int: func(p *crossproject.ProjectYear) (int64, bool) { return opt(p.Unused) }},
	{Column: nullable("execution_rate_stated", Float64, "執行率（記載）", UnitPercent), Float: func(p *crossproject.ProjectYear) (float64, bool) { return opt(p.StatedRate) }},
	{Column: nullable("execution_rate", Float64, "執行率（再計算）", UnitPercent), Float: func(p *crossproject.ProjectYear) (float64, bool) { return opt(p.Rate) }},
	{Column: notNull("latest", Bool, "最新", ""), Bool: func(p *crossproject.ProjectYear) (bool, bool) { return p.Latest, true }},
})

// ProjectYearsTable is the set-level table project_years.
var ProjectYearsTable = &SetTable{Name: "project_years", Description: "one row per sheet and 予算年度; latest marks the newest sheet stating the year (the budget path)", Columns: Columns(ProjectYearCols)}

// SummaryMinistryCols are the columns of summary_ministry.
var SummaryMinistryCols = mustCheck("summary_ministry", []Col[*crossproject.MinistrySummary]{
	{Column: notNull("fiscal_year", Int32, "事業年度", UnitYear), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.FiscalYear), true }},
	{Column: notNull("ministry", String, "府省庁", ""), Str: func(m *crossproject.MinistrySummary) (string, bool) { return m.Ministry, true }},
	{Column: nullable("ministry_order", Int64, "府省庁の建制順", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return optInt(m.Order) }},
	{Column: notNull("sheets", Int64, "シート数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.Sheets), true }},
	{Column: notNull("execution_year", Int32, "執行年度", UnitYear), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.ExecutionYear), true }},
	{Column: nullable("budget_total", Int64, "計", UnitYen), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return sum(m.Budget) }},
	{Column: nullable("executed", Int64, "執行額", UnitYen), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return sum(m.Executed) }},
	{Column: notNull("projects_rated", Int64, "執行率のある事業数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.ProjectsRated), true }},
	{Column: notNull("projects_below_half", Int64, "執行率50%未満の事業数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.ProjectsBelowHalf), true }},
	{Column: nullable("direct_blocks", Int64, "担当組織からの支出", UnitYen), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return sum(m.DirectBlocks) }},
	{Column: nullable("redelegated_blocks", Int64, "再委託等による支出", UnitYen), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return sum(m.RedelegatedBlocks) }},
	{Column: nullable("unlinked_blocks", Int64, "資金の流れに無いブロック", UnitYen), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return sum(m.UnlinkedBlocks) }},
	{Column: notNull("sheets_with_recipients", Int64, "支出先上位者リストのあるシート数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.SheetsWithRecipients), true }},
	{Column: notNull("sheets_with_uses", Int64, "費目・使途のあるシート数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.SheetsWithUses), true }},
	{Column: notNull("sheets_with_debt_contracts", Int64, "国庫債務負担行為等のあるシート数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.SheetsWithDebtContracts), true }},
	{Column: notNull("sheets_with_block_totals", Int64, "ブロックの合計支出額のあるシート数", ""), Int: func(m *crossproject.MinistrySummary) (int64, bool) { return int64(m.SheetsWithBlockTotals), true }},
})

// SummaryMinistryTable is the set-level table summary_ministry.
var SummaryMinistryTable = &SetTable{Name: "summary_ministry", Description: "one row per 事業年度 and 府省庁: execution of the execution year, 執行率 below 50 %, block totals by level, coverage", Columns: Columns(SummaryMinistryCols)}

// SummaryContractCols are the columns of summary_contracts.
var SummaryContractCols = mustCheck("summary_contracts", []Col[*crossproject.ContractStats]{
	{Column: notNull("fiscal_year", Int32, "事業年度", UnitYear), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.FiscalYear), true }},
	{Column: notNull("by", String, "集計単位", ""), Str: func(s *crossproject.ContractStats) (string, bool) { return s.By, true }},
	{Column: notNull("group", String, "府省庁／契約方式", ""), Str: func(s *crossproject.ContractStats) (string, bool) { return s.Group, true }},
	{Column: notNull("source", String, "出典", ""), Str: func(s *crossproject.ContractStats) (string, bool) { return string(s.Source), true }},
	{Column: notNull("contracts", Int64, "契約数", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.Contracts), true }},
	{Column: notNull("redelegated", Int64, "再委託等の契約数（対象外）", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.Redelegated), true }},
	{Column: nullable("amount", Int64, "金額", UnitYen), Int: func(s *crossproject.ContractStats) (int64, bool) { return sum(s.Amount) }},
	{Column: notNull("competitive", Int64, "競争契約数", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.Competitive), true }},
	{Column: nullable("competitive_amount", Int64, "競争契約の金額", UnitYen), Int: func(s *crossproject.ContractStats) (int64, bool) { return sum(s.CompetitiveAmt) }},
	{Column: notNull("bidders_known", Int64, "入札者数のある競争契約数", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.BiddersKnown), true }},
	{Column: nullable("bidders_known_amount", Int64, "入札者数のある競争契約の金額", UnitYen), Int: func(s *crossproject.ContractStats) (int64, bool) { return sum(s.BiddersKnownAmt) }},
	{Column: notNull("one_bidder", Int64, "一者応札数", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.OneBidder), true }},
	{Column: nullable("one_bidder_amount", Int64, "一者応札の金額", UnitYen), Int: func(s *crossproject.ContractStats) (int64, bool) { return sum(s.OneBidderAmt) }},
	{Column: nullable("one_bidder_share", Float64, "一者応札の割合（件数）", ""), Float: func(s *crossproject.ContractStats) (float64, bool) { return opt(s.OneBidderShare()) }},
	{Column: nullable("one_bidder_amount_share", Float64, "一者応札の割合（金額）", ""), Float: func(s *crossproject.ContractStats) (float64, bool) { return opt(s.OneBidderAmountShare()) }},
	{Column: notNull("negotiated", Int64, "随意契約数", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.Negotiated), true }},
	{Column: nullable("negotiated_amount", Int64, "随意契約の金額", UnitYen), Int: func(s *crossproject.ContractStats) (int64, bool) { return sum(s.NegotiatedAmt) }},
	{Column: nullable("negotiated_share", Float64, "随意契約の割合（件数）", ""), Float: func(s *crossproject.ContractStats) (float64, bool) { return opt(s.NegotiatedShare()) }},
	{Column: nullable("negotiated_amount_share", Float64, "随意契約の割合（金額）", ""), Float: func(s *crossproject.ContractStats) (float64, bool) { return opt(s.NegotiatedAmountShare()) }},
	{Column: notNull("rated", Int64, "落札率のある競争契約数", ""), Int: func(s *crossproject.ContractStats) (int64, bool) { return int64(s.RatedCompetitive), true }},
	{Column: nullable("mean_winning_bid_rate", Float64, "平均落札率", UnitPercent), Float: func(s *crossproject.ContractStats) (float64, bool) { return opt(s.MeanWinningBidRate()) }},
})

// SummaryContractsTable is the set-level table summary_contracts.
var SummaryContractsTable = &SetTable{Name: "summary_contracts", Description: "one row per 事業年度, grouping (ministry or method), group and source: 一者応札 and 随意契約 shares, mean 落札率", Columns: Columns(SummaryContractCols)}

// CrossTables lists the set-level tables of crossproject, in output order.
func CrossTables() []*SetTable {
	return []*SetTable{EntitiesTable, EntityTotalsTable, EntityPaymentsTable, ContractsTable,
		ProjectYearsTable, SummaryMinistryTable, SummaryContractsTable}
}

// CrossRows are the rows of the set-level tables of one
// crossproject.Result, a field per table of CrossTables (pointers into
// the Result).
type CrossRows struct {
	Entities         []*crossproject.Entity
	EntityTotals     []TotalRow
	EntityPayments   []*crossproject.Payment
	Contracts        []*crossproject.Contract
	ProjectYears     []*crossproject.ProjectYear
	SummaryMinistry  []*crossproject.MinistrySummary
	SummaryContracts []*crossproject.ContractStats // ByMinistry, then ByMethod
}

// Cross returns the rows of r's set-level tables. An entity total whose
// received amount overflows int64 is an error.
func Cross(r *crossproject.Result) (*CrossRows, error) {
	names := make(map[string]string, len(r.Entities))
	for i := range r.Entities {
		names[r.Entities[i].Key] = r.Entities[i].Name
	}
	totals := make([]TotalRow, len(r.Totals))
	for i := range r.Totals {
		t := &r.Totals[i]
		recv, err := t.Received()
		if err != nil {
			return nil, err
		}
		totals[i] = TotalRow{Total: t, Name: names[t.Key], Received: recv}
	}
	return &CrossRows{
		Entities:         ptrs(r.Entities),
		EntityTotals:     totals,
		EntityPayments:   ptrs(r.Payments),
		Contracts:        ptrs(r.Contracts),
		ProjectYears:     ptrs(r.Projects),
		SummaryMinistry:  ptrs(r.Ministries),
		SummaryContracts: append(ptrs(r.ByMinistry), ptrs(r.ByMethod)...),
	}, nil
}

// ptrs returns a pointer to each element of s.
func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}
