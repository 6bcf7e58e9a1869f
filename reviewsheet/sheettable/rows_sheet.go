package sheettable

import (
	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/spending"
)

// List columns of the sheets table join their items with these separators.
const (
	// ListSep joins divisions, policies, measures, laws and methods (and
	// the more_texts of outcome_nodes).
	ListSep = " | "
	// OverviewSep joins the bullets of 事業の概要.
	OverviewSep = "\n"
)

// SheetRow is what a sheets row is made from: the sheet and the name of
// its source (the source column).
type SheetRow struct {
	Sheet  *reviewsheet.Sheet
	Source string
}

func (r SheetRow) ministry() string {
	if m := r.Sheet.Organization.Ministry; m != "" {
		return m
	}
	return r.Sheet.Ministry
}

func (r SheetRow) policies() []string {
	var out []string
	for _, p := range r.Sheet.Policies {
		if p.Policy != nil {
			out = append(out, *p.Policy)
		}
	}
	return out
}

func (r SheetRow) measures() []string {
	var out []string
	for _, p := range r.Sheet.Policies {
		if p.Measure != nil {
			out = append(out, *p.Measure)
		}
	}
	return out
}

func (r SheetRow) laws() []string {
	var out []string
	for _, l := range r.Sheet.Laws {
		out = append(out, l.Name)
	}
	return out
}

func (r SheetRow) plans() []string {
	var out []string
	for _, p := range r.Sheet.Plans {
		out = append(out, p.Name)
	}
	return out
}

// flow returns get of the sheet's 資金の流れ, nil without spending.
func (r SheetRow) flow(get func(*spending.Flow) *int64) *int64 {
	if r.Sheet.Spending == nil {
		return nil
	}
	return get(&r.Sheet.Spending.Flow)
}

// registry returns the sheet's RS registry; a sheet read from text has
// none, and all its fields are absent.
func (r SheetRow) registry() reviewsheet.Registry {
	if r.Sheet.Registry == nil {
		return reviewsheet.Registry{}
	}
	return *r.Sheet.Registry
}

// ItemRow is row Index (from 0) of a budget's 予算内訳表.
type ItemRow struct {
	Budget *budget.Budget
	Index  int
}

func (r ItemRow) item() *budget.Item { return &r.Budget.Items[r.Index] }

// account returns get of the item's account (会計区分, 会計, 勘定), nil
// when the item names none.
func (r ItemRow) account(get func(*budget.Account) *string) *string {
	a := r.item().Account
	if a < 0 || a >= len(r.Budget.Accounts) {
		return nil
	}
	return get(&r.Budget.Accounts[a])
}

// SheetCols are the columns of the sheets table after the key columns.
var SheetCols = mustCheck("sheets", []Col[SheetRow]{
	{Column: Column{Name: "source", Type: String, JA: "入力ファイル", NotNull: true}, Str: func(r SheetRow) (string, bool) { return r.Source, true }},
	{Column: Column{Name: "ministry", Type: Dict, JA: "府省庁"}, Str: func(r SheetRow) (string, bool) { return nz(r.ministry()) }},
	{Column: Column{Name: "name", Type: String, JA: "事業名"}, Str: func(r SheetRow) (string, bool) { return nz(r.Sheet.Name) }},
	{Column: Column{Name: "divisions", Type: String, JA: "事業所管課室"}, Str: func(r SheetRow) (string, bool) { return join(r.Sheet.Organization.Divisions, ListSep) }},
	{Column: Column{Name: "responsible", Type: String, JA: "作成責任者"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Organization.Responsible) }},
	{Column: Column{Name: "other_orgs", Type: String, JA: "その他担当組織"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Organization.OtherOrgs) }},
	{Column: Column{Name: "start_year", Type: Int32, JA: "事業開始年度", Unit: UnitYear}, Int: func(r SheetRow) (int64, bool) { return optInt(r.Sheet.StartYear) }},
	{Column: Column{Name: "end_year", Type: Int32, JA: "事業終了（予定）年度", Unit: UnitYear}, Int: func(r SheetRow) (int64, bool) { return optInt(r.Sheet.EndYear) }},
	{Column: Column{Name: "no_end_planned", Type: Bool, JA: "終了予定なし", NotNull: true}, Bool: func(r SheetRow) (bool, bool) { return r.Sheet.NoEndPlanned, true }},
	{Column: Column{Name: "category", Type: Dict, JA: "事業区分"}, Str: func(r SheetRow) (string, bool) { return nz(r.Sheet.Category) }},
	{Column: Column{Name: "policies", Type: String, JA: "政策"}, Str: func(r SheetRow) (string, bool) { return join(r.policies(), ListSep) }},
	{Column: Column{Name: "measures", Type: String, JA: "施策"}, Str: func(r SheetRow) (string, bool) { return join(r.measures(), ListSep) }},
	{Column: Column{Name: "related_projects", Type: String, JA: "関連事業"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Related) }},
	{Column: Column{Name: "major_expense", Type: Dict, JA: "主要経費"}, Str: func(r SheetRow) (string, bool) { return nzp(r.Sheet.MajorExpense) }},
	{Column: Column{Name: "purpose", Type: String, JA: "事業の目的"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Purpose) }},
	{Column: Column{Name: "current_issues", Type: String, JA: "現状・課題"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Issues) }},
	{Column: Column{Name: "overview", Type: String, JA: "事業の概要"}, Str: func(r SheetRow) (string, bool) { return join(r.Sheet.Overview, OverviewSep) }},
	{Column: Column{Name: "overview_url", Type: String, JA: "事業概要URL"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.OverviewURL) }},
	{Column: Column{Name: "laws", Type: String, JA: "根拠法令"}, Str: func(r SheetRow) (string, bool) { return join(r.laws(), ListSep) }},
	{Column: Column{Name: "methods", Type: String, JA: "実施方法"}, Str: func(r SheetRow) (string, bool) { return join(r.Sheet.Methods, ListSep) }},
	{Column: Column{Name: "remarks", Type: String, JA: "備考"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Remarks) }},
	{Column: Column{Name: "change_reasons", Type: String, JA: "主な増減理由"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Budget.ChangeReasons) }},
	{Column: Column{Name: "flow_amount", Type: Int64, JA: "資金の流れ（担当組織の支出額）", Unit: UnitYen}, Int: func(r SheetRow) (int64, bool) { return opt(r.flow(func(f *spending.Flow) *int64 { return f.Amount })) }},
	{Column: Column{Name: "indirect_cost", Type: Int64, JA: "国自らが支出する間接経費", Unit: UnitYen}, Int: func(r SheetRow) (int64, bool) {
		return opt(r.flow(func(f *spending.Flow) *int64 { return f.IndirectTotal }))
	}},
	{Column: Column{Name: "special_notes", Type: String, JA: "その他特記事項"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Budget.SpecialNotes) }},
	{Column: Column{Name: "kpi_name", Type: String, JA: "事業に関連するKPIが定められている閣議決定等"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.KPI.Name) }},
	{Column: Column{Name: "evaluation_result", Type: String, JA: "点検結果"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.Result) }},
	{Column: Column{Name: "evaluation_direction", Type: String, JA: "改善の方向性"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.Direction) }},
	{Column: Column{Name: "team_finding", Type: String, JA: "行政事業レビュー推進チームの所見"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.TeamFinding) }},
	{Column: Column{Name: "other_remarks", Type: String, JA: "その他備考"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.OtherRemarks) }},
	{Column: Column{Name: "ministry_order", Type: Int32, JA: "府省庁の建制順（RS CSV）"}, Int: func(r SheetRow) (int64, bool) { return optInt(r.registry().MinistryOrder) }},
	{Column: Column{Name: "old_project_number", Type: String, JA: "旧事業番号（RS CSV）"}, Str: func(r SheetRow) (string, bool) { return opt(r.registry().OldProjectNumber) }},
	{Column: Column{Name: "list_order", Type: String, JA: "整理表表示順（RS CSV）"}, Str: func(r SheetRow) (string, bool) { return opt(r.registry().ListOrder) }},
	{Column: Column{Name: "plans", Type: String, JA: "関係する計画・通知等"}, Str: func(r SheetRow) (string, bool) { return join(r.plans(), ListSep) }},
	{Column: Column{Name: "kpi_url", Type: String, JA: "KPIが定められている閣議決定等のURL"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.KPI.URL) }},
	{Column: Column{Name: "kpi_excerpt", Type: String, JA: "KPIが定められている閣議決定等の該当箇所"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.KPI.Excerpt) }},
	{Column: Column{Name: "target_year_evaluation", Type: String, JA: "目標年度における効果測定に関する評価"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.TargetYearEval) }},
	{Column: Column{Name: "external_finding", Type: String, JA: "外部有識者の所見"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.External.Finding) }},
	{Column: Column{Name: "team_detail", Type: String, JA: "行政事業レビュー推進チームの所見の詳細"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.TeamDetail) }},
	{Column: Column{Name: "improvement", Type: String, JA: "所見を踏まえた改善点・概算要求における反映状況"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.Improvement) }},
	{Column: Column{Name: "improvement_detail", Type: String, JA: "改善点・反映状況の詳細"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.ImprovementDetail) }},
	{Column: Column{Name: "public_review", Type: String, JA: "公開プロセス・秋のレビューにおける取りまとめ"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.PublicReview) }},
	{Column: Column{Name: "other_points", Type: String, JA: "その他の指摘事項"}, Str: func(r SheetRow) (string, bool) { return opt(r.Sheet.Evaluation.OtherPoints) }},
	{Column: Column{Name: "rs_missing_tables", Type: String, JA: "入力に無かったRS表（RS CSV の表番号）"}, Str: func(r SheetRow) (string, bool) { return join(r.registry().MissingTables, ListSep) }},
	{Column: Column{Name: "covers_budget", Type: Bool, JA: "予算・執行の表がすべて入力にあった（RS 2-1, 2-2）", NotNull: true}, Bool: func(r SheetRow) (bool, bool) { return covers(r.Sheet.Registry, "2-1", "2-2"), true }},
	{Column: Column{Name: "covers_outcome", Type: Bool, JA: "効果発現経路の表がすべて入力にあった（RS 3-1, 3-2）", NotNull: true}, Bool: func(r SheetRow) (bool, bool) { return covers(r.Sheet.Registry, "3-1", "3-2"), true }},
	{Column: Column{Name: "covers_spending", Type: Bool, JA: "支出先の表がすべて入力にあった（RS 5-1〜5-4）", NotNull: true}, Bool: func(r SheetRow) (bool, bool) { return covers(r.Sheet.Registry, "5-1", "5-2", "5-3", "5-4"), true }},
})

// BudgetYearCols are the columns of budget_years after the key columns.
var BudgetYearCols = mustCheck("budget_years", []Col[*budget.Year]{
	{Column: Column{Name: "budget_year", Type: Int32, JA: "予算年度", Unit: UnitYear, NotNull: true}, Int: func(r *budget.Year) (int64, bool) { return int64(r.Year), true }},
	{Column: Column{Name: "request", Type: Int64, JA: "要求額", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.Request) }},
	{Column: Column{Name: "initial", Type: Int64, JA: "当初予算", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.Initial) }},
	{Column: Column{Name: "supplementary", Type: Int64, JA: "補正予算", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.Supplementary) }},
	{Column: Column{Name: "carried_over", Type: Int64, JA: "前年度から繰越し", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.CarriedOver) }},
	{Column: Column{Name: "reserve", Type: Int64, JA: "予備費等", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.Reserve) }},
	{Column: Column{Name: "total", Type: Int64, JA: "計", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.Total) }},
	{Column: Column{Name: "executed", Type: Int64, JA: "執行額", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.Executed) }},
	{Column: Column{Name: "execution_rate", Type: Float64, JA: "執行率", Unit: UnitPercent}, Float: func(r *budget.Year) (float64, bool) { return opt(r.ExecutionRate) }},
	{Column: Column{Name: "execution_rate_calc", Type: Float64, JA: "執行率（再計算）", Unit: UnitPercent}, Float: func(r *budget.Year) (float64, bool) { return r.RecomputeExecutionRate() }},
	{Column: Column{Name: "carried_forward", Type: Int64, JA: "翌年度への繰越し（RS CSV）", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.CarriedForward) }},
	{Column: Column{Name: "next_request", Type: Int64, JA: "翌年度要求額（RS CSV）", Unit: UnitYen}, Int: func(r *budget.Year) (int64, bool) { return opt(r.NextRequest) }},
	{Column: Column{Name: "executed_raw", Type: String, JA: "執行額の元の表記（RS CSVの未執行の0: executed は null）"}, Str: func(r *budget.Year) (string, bool) { return nz(r.ExecutedRaw) }},
})

// BudgetItemCols are the columns of budget_items after the key columns.
var BudgetItemCols = mustCheck("budget_items", []Col[ItemRow]{
	{Column: Column{Name: "row", Type: Int32, JA: "行番号", NotNull: true}, Int: func(r ItemRow) (int64, bool) { return int64(r.Index + 1), true }},
	{Column: Column{Name: "account_category", Type: Dict, JA: "会計区分"}, Str: func(r ItemRow) (string, bool) {
		return nzp(r.account(func(a *budget.Account) *string { return &a.Category }))
	}},
	{Column: Column{Name: "account", Type: Dict, JA: "会計"}, Str: func(r ItemRow) (string, bool) {
		return nzp(r.account(func(a *budget.Account) *string { return &a.Name }))
	}},
	{Column: Column{Name: "account_sub", Type: Dict, JA: "勘定"}, Str: func(r ItemRow) (string, bool) {
		return nzp(r.account(func(a *budget.Account) *string { return a.Sub }))
	}},
	{Column: Column{Name: "budget_type", Type: Dict, JA: "予算種別"}, Str: func(r ItemRow) (string, bool) { return nz(r.item().BudgetType) }},
	{Column: Column{Name: "item", Type: String, JA: "歳出予算項目"}, Str: func(r ItemRow) (string, bool) { return opt(r.item().Item) }},
	{Column: Column{Name: "amount", Type: Int64, JA: "予算額", Unit: UnitYen}, Int: func(r ItemRow) (int64, bool) { return opt(r.item().Amount) }},
	{Column: Column{Name: "next_request", Type: Int64, JA: "翌年度要求額", Unit: UnitYen}, Int: func(r ItemRow) (int64, bool) { return opt(r.item().NextRequest) }},
	{Column: Column{Name: "note", Type: String, JA: "備考"}, Str: func(r ItemRow) (string, bool) { return opt(r.item().Note) }},
	{Column: Column{Name: "budget_year", Type: Int32, JA: "予算年度 (the RS CSV lists several; a sheet's table is its 事業年度)", Unit: UnitYear}, Int: func(r ItemRow) (int64, bool) { return nzInt(r.item().Year) }},
	{Column: Column{Name: "budget_type_raw", Type: Dict, JA: "予算種別（RS CSVの表記）"}, Str: func(r ItemRow) (string, bool) { return nz(r.item().BudgetTypeRaw) }},
	{Column: Column{Name: "item_detail", Type: String, JA: "歳出予算項目の補足情報（RS CSV）"}, Str: func(r ItemRow) (string, bool) { return opt(r.item().Detail) }},
})

// FindingCols are the columns of findings after the key columns.
var FindingCols = mustCheck("findings", []Col[*audit.Finding]{
	{Column: Column{Name: "code", Type: Dict, JA: "コード", NotNull: true}, Str: func(r *audit.Finding) (string, bool) { return nz(string(r.Code)) }},
	{Column: Column{Name: "severity", Type: Dict, JA: "重要度", NotNull: true}, Str: func(r *audit.Finding) (string, bool) { return nz(string(r.Severity)) }},
	{Column: Column{Name: "path", Type: String, JA: "項目"}, Str: func(r *audit.Finding) (string, bool) { return nz(r.Path) }},
	{Column: Column{Name: "line", Type: Int32, JA: "行"}, Int: func(r *audit.Finding) (int64, bool) { return nzInt(r.Line) }},
	{Column: Column{Name: "stated", Type: String, JA: "記載値"}, Str: func(r *audit.Finding) (string, bool) { return nz(r.Stated) }},
	{Column: Column{Name: "recomputed", Type: String, JA: "再計算値"}, Str: func(r *audit.Finding) (string, bool) { return nz(r.Recomputed) }},
	{Column: Column{Name: "message", Type: String, JA: "内容"}, Str: func(r *audit.Finding) (string, bool) { return nz(r.Message) }},
})

// covers reports whether the source of a sheet had every RS table of ids
// (a sheet read from text has everything it prints): the covers_* flags
// of the sheets table. False means the rows of that part are missing
// because they were not read, not because the project has none.
func covers(reg *reviewsheet.Registry, ids ...string) bool {
	for _, id := range ids {
		if reg.Lacks(id) {
			return false
		}
	}
	return true
}
