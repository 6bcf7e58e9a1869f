package sheetarrow

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

// sheetRow is what a sheets row is made from.
type sheetRow struct {
	s      *reviewsheet.Sheet
	source string
}

func (r sheetRow) ministry() string {
	if m := r.s.Organization.Ministry; m != "" {
		return m
	}
	return r.s.Ministry
}

func (r sheetRow) policies() []string {
	var out []string
	for _, p := range r.s.Policies {
		if p.Policy != nil {
			out = append(out, *p.Policy)
		}
	}
	return out
}

func (r sheetRow) measures() []string {
	var out []string
	for _, p := range r.s.Policies {
		if p.Measure != nil {
			out = append(out, *p.Measure)
		}
	}
	return out
}

func (r sheetRow) laws() []string {
	var out []string
	for _, l := range r.s.Laws {
		out = append(out, l.Name)
	}
	return out
}

func (r sheetRow) plans() []string {
	var out []string
	for _, p := range r.s.Plans {
		out = append(out, p.Name)
	}
	return out
}

// flow returns get of the sheet's 資金の流れ, nil without spending.
func (r sheetRow) flow(get func(*spending.Flow) *int64) *int64 {
	if r.s.Spending == nil {
		return nil
	}
	return get(&r.s.Spending.Flow)
}

// registry returns the sheet's RS registry; a sheet read from text has
// none, and all its fields are absent.
func (r sheetRow) registry() reviewsheet.Registry {
	if r.s.Registry == nil {
		return reviewsheet.Registry{}
	}
	return *r.s.Registry
}

// itemRow is row i of a budget's 予算内訳表.
type itemRow struct {
	bu *budget.Budget
	i  int
}

func (r itemRow) item() *budget.Item { return &r.bu.Items[r.i] }

// account returns get of the item's account (会計区分, 会計, 勘定), nil
// when the item names none.
func (r itemRow) account(get func(*budget.Account) *string) *string {
	a := r.item().Account
	if a < 0 || a >= len(r.bu.Accounts) {
		return nil
	}
	return get(&r.bu.Accounts[a])
}

// sheetCols are the columns of the sheets table after the key columns.
var sheetCols = []col[sheetRow]{
	{column{name: "source", typ: tString, ja: "入力ファイル", notNull: true}, func(w *row, r sheetRow) { w.str(r.source) }},
	{column{name: "ministry", typ: tDict, ja: "府省庁"}, func(w *row, r sheetRow) { w.dict(r.ministry()) }},
	{column{name: "name", typ: tString, ja: "事業名"}, func(w *row, r sheetRow) { w.strnz(r.s.Name) }},
	{column{name: "divisions", typ: tString, ja: "事業所管課室"}, func(w *row, r sheetRow) { w.joined(r.s.Organization.Divisions, ListSep) }},
	{column{name: "responsible", typ: tString, ja: "作成責任者"}, func(w *row, r sheetRow) { w.strp(r.s.Organization.Responsible) }},
	{column{name: "other_orgs", typ: tString, ja: "その他担当組織"}, func(w *row, r sheetRow) { w.strp(r.s.Organization.OtherOrgs) }},
	{column{name: "start_year", typ: tInt32, ja: "事業開始年度", unit: UnitYear}, func(w *row, r sheetRow) { w.intp(r.s.StartYear) }},
	{column{name: "end_year", typ: tInt32, ja: "事業終了（予定）年度", unit: UnitYear}, func(w *row, r sheetRow) { w.intp(r.s.EndYear) }},
	{column{name: "no_end_planned", typ: tBool, ja: "終了予定なし", notNull: true}, func(w *row, r sheetRow) { w.boolean(r.s.NoEndPlanned) }},
	{column{name: "category", typ: tDict, ja: "事業区分"}, func(w *row, r sheetRow) { w.dict(r.s.Category) }},
	{column{name: "policies", typ: tString, ja: "政策"}, func(w *row, r sheetRow) { w.joined(r.policies(), ListSep) }},
	{column{name: "measures", typ: tString, ja: "施策"}, func(w *row, r sheetRow) { w.joined(r.measures(), ListSep) }},
	{column{name: "related_projects", typ: tString, ja: "関連事業"}, func(w *row, r sheetRow) { w.strp(r.s.Related) }},
	{column{name: "major_expense", typ: tDict, ja: "主要経費"}, func(w *row, r sheetRow) { w.dictp(r.s.MajorExpense) }},
	{column{name: "purpose", typ: tString, ja: "事業の目的"}, func(w *row, r sheetRow) { w.strp(r.s.Purpose) }},
	{column{name: "current_issues", typ: tString, ja: "現状・課題"}, func(w *row, r sheetRow) { w.strp(r.s.Issues) }},
	{column{name: "overview", typ: tString, ja: "事業の概要"}, func(w *row, r sheetRow) { w.joined(r.s.Overview, OverviewSep) }},
	{column{name: "overview_url", typ: tString, ja: "事業概要URL"}, func(w *row, r sheetRow) { w.strp(r.s.OverviewURL) }},
	{column{name: "laws", typ: tString, ja: "根拠法令"}, func(w *row, r sheetRow) { w.joined(r.laws(), ListSep) }},
	{column{name: "methods", typ: tString, ja: "実施方法"}, func(w *row, r sheetRow) { w.joined(r.s.Methods, ListSep) }},
	{column{name: "remarks", typ: tString, ja: "備考"}, func(w *row, r sheetRow) { w.strp(r.s.Remarks) }},
	{column{name: "change_reasons", typ: tString, ja: "主な増減理由"}, func(w *row, r sheetRow) { w.strp(r.s.Budget.ChangeReasons) }},
	{column{name: "flow_amount", typ: tInt64, ja: "資金の流れ（担当組織の支出額）", unit: UnitYen}, func(w *row, r sheetRow) { w.i64p(r.flow(func(f *spending.Flow) *int64 { return f.Amount })) }},
	{column{name: "indirect_cost", typ: tInt64, ja: "国自らが支出する間接経費", unit: UnitYen}, func(w *row, r sheetRow) { w.i64p(r.flow(func(f *spending.Flow) *int64 { return f.IndirectTotal })) }},
	{column{name: "special_notes", typ: tString, ja: "その他特記事項"}, func(w *row, r sheetRow) { w.strp(r.s.Budget.SpecialNotes) }},
	{column{name: "kpi_name", typ: tString, ja: "事業に関連するKPIが定められている閣議決定等"}, func(w *row, r sheetRow) { w.strp(r.s.KPI.Name) }},
	{column{name: "evaluation_result", typ: tString, ja: "点検結果"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.Result) }},
	{column{name: "evaluation_direction", typ: tString, ja: "改善の方向性"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.Direction) }},
	{column{name: "team_finding", typ: tString, ja: "行政事業レビュー推進チームの所見"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.TeamFinding) }},
	{column{name: "other_remarks", typ: tString, ja: "その他備考"}, func(w *row, r sheetRow) { w.strp(r.s.OtherRemarks) }},
	{column{name: "ministry_order", typ: tInt32, ja: "府省庁の建制順（RS CSV）"}, func(w *row, r sheetRow) { w.intp(r.registry().MinistryOrder) }},
	{column{name: "old_project_number", typ: tString, ja: "旧事業番号（RS CSV）"}, func(w *row, r sheetRow) { w.strp(r.registry().OldProjectNumber) }},
	{column{name: "list_order", typ: tString, ja: "整理表表示順（RS CSV）"}, func(w *row, r sheetRow) { w.strp(r.registry().ListOrder) }},
	{column{name: "plans", typ: tString, ja: "関係する計画・通知等"}, func(w *row, r sheetRow) { w.joined(r.plans(), ListSep) }},
	{column{name: "kpi_url", typ: tString, ja: "KPIが定められている閣議決定等のURL"}, func(w *row, r sheetRow) { w.strp(r.s.KPI.URL) }},
	{column{name: "kpi_excerpt", typ: tString, ja: "KPIが定められている閣議決定等の該当箇所"}, func(w *row, r sheetRow) { w.strp(r.s.KPI.Excerpt) }},
	{column{name: "target_year_evaluation", typ: tString, ja: "目標年度における効果測定に関する評価"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.TargetYearEval) }},
	{column{name: "external_finding", typ: tString, ja: "外部有識者の所見"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.External.Finding) }},
	{column{name: "team_detail", typ: tString, ja: "行政事業レビュー推進チームの所見の詳細"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.TeamDetail) }},
	{column{name: "improvement", typ: tString, ja: "所見を踏まえた改善点・概算要求における反映状況"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.Improvement) }},
	{column{name: "improvement_detail", typ: tString, ja: "改善点・反映状況の詳細"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.ImprovementDetail) }},
	{column{name: "public_review", typ: tString, ja: "公開プロセス・秋のレビューにおける取りまとめ"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.PublicReview) }},
	{column{name: "other_points", typ: tString, ja: "その他の指摘事項"}, func(w *row, r sheetRow) { w.strp(r.s.Evaluation.OtherPoints) }},
	{column{name: "rs_missing_tables", typ: tString, ja: "入力に無かったRS表（RS CSV の表番号）"}, func(w *row, r sheetRow) { w.joined(r.registry().MissingTables, ListSep) }},
	{column{name: "covers_budget", typ: tBool, ja: "予算・執行の表がすべて入力にあった（RS 2-1, 2-2）", notNull: true}, func(w *row, r sheetRow) { w.boolean(covers(r.s.Registry, "2-1", "2-2")) }},
	{column{name: "covers_outcome", typ: tBool, ja: "効果発現経路の表がすべて入力にあった（RS 3-1, 3-2）", notNull: true}, func(w *row, r sheetRow) { w.boolean(covers(r.s.Registry, "3-1", "3-2")) }},
	{column{name: "covers_spending", typ: tBool, ja: "支出先の表がすべて入力にあった（RS 5-1〜5-4）", notNull: true}, func(w *row, r sheetRow) { w.boolean(covers(r.s.Registry, "5-1", "5-2", "5-3", "5-4")) }},
}

// budgetYearCols are the columns of budget_years after the key columns.
var budgetYearCols = []col[*budget.Year]{
	{column{name: "budget_year", typ: tInt32, ja: "予算年度", unit: UnitYear, notNull: true}, func(w *row, r *budget.Year) { w.i32(int32(r.Year)) }},
	{column{name: "request", typ: tInt64, ja: "要求額", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.Request) }},
	{column{name: "initial", typ: tInt64, ja: "当初予算", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.Initial) }},
	{column{name: "supplementary", typ: tInt64, ja: "補正予算", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.Supplementary) }},
	{column{name: "carried_over", typ: tInt64, ja: "前年度から繰越し", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.CarriedOver) }},
	{column{name: "reserve", typ: tInt64, ja: "予備費等", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.Reserve) }},
	{column{name: "total", typ: tInt64, ja: "計", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.Total) }},
	{column{name: "executed", typ: tInt64, ja: "執行額", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.Executed) }},
	{column{name: "execution_rate", typ: tFloat64, ja: "執行率", unit: UnitPercent}, func(w *row, r *budget.Year) { w.f64p(r.ExecutionRate) }},
	{column{name: "execution_rate_calc", typ: tFloat64, ja: "執行率（再計算）", unit: UnitPercent}, func(w *row, r *budget.Year) { w.f64ok(r.RecomputeExecutionRate()) }},
	{column{name: "carried_forward", typ: tInt64, ja: "翌年度への繰越し（RS CSV）", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.CarriedForward) }},
	{column{name: "next_request", typ: tInt64, ja: "翌年度要求額（RS CSV）", unit: UnitYen}, func(w *row, r *budget.Year) { w.i64p(r.NextRequest) }},
	{column{name: "executed_raw", typ: tString, ja: "執行額の元の表記（RS CSVの未執行の0: executed は null）"}, func(w *row, r *budget.Year) { w.strnz(r.ExecutedRaw) }},
}

// budgetItemCols are the columns of budget_items after the key columns.
var budgetItemCols = []col[itemRow]{
	{column{name: "row", typ: tInt32, ja: "行番号", notNull: true}, func(w *row, r itemRow) { w.i32(int32(r.i + 1)) }},
	{column{name: "account_category", typ: tDict, ja: "会計区分"}, func(w *row, r itemRow) { w.dictp(r.account(func(a *budget.Account) *string { return &a.Category })) }},
	{column{name: "account", typ: tDict, ja: "会計"}, func(w *row, r itemRow) { w.dictp(r.account(func(a *budget.Account) *string { return &a.Name })) }},
	{column{name: "account_sub", typ: tDict, ja: "勘定"}, func(w *row, r itemRow) { w.dictp(r.account(func(a *budget.Account) *string { return a.Sub })) }},
	{column{name: "budget_type", typ: tDict, ja: "予算種別"}, func(w *row, r itemRow) { w.dict(r.item().BudgetType) }},
	{column{name: "item", typ: tString, ja: "歳出予算項目"}, func(w *row, r itemRow) { w.strp(r.item().Item) }},
	{column{name: "amount", typ: tInt64, ja: "予算額", unit: UnitYen}, func(w *row, r itemRow) { w.i64p(r.item().Amount) }},
	{column{name: "next_request", typ: tInt64, ja: "翌年度要求額", unit: UnitYen}, func(w *row, r itemRow) { w.i64p(r.item().NextRequest) }},
	{column{name: "note", typ: tString, ja: "備考"}, func(w *row, r itemRow) { w.strp(r.item().Note) }},
	{column{name: "budget_year", typ: tInt32, ja: "予算年度 (the RS CSV lists several; a sheet's table is its 事業年度)", unit: UnitYear}, func(w *row, r itemRow) { w.i32nz(r.item().Year) }},
	{column{name: "budget_type_raw", typ: tDict, ja: "予算種別（RS CSVの表記）"}, func(w *row, r itemRow) { w.dict(r.item().BudgetTypeRaw) }},
	{column{name: "item_detail", typ: tString, ja: "歳出予算項目の補足情報（RS CSV）"}, func(w *row, r itemRow) { w.strp(r.item().Detail) }},
}

// findingCols are the columns of findings after the key columns.
var findingCols = []col[*audit.Finding]{
	{column{name: "code", typ: tDict, ja: "コード", notNull: true}, func(w *row, r *audit.Finding) { w.dict(string(r.Code)) }},
	{column{name: "severity", typ: tDict, ja: "重要度", notNull: true}, func(w *row, r *audit.Finding) { w.dict(string(r.Severity)) }},
	{column{name: "path", typ: tString, ja: "項目"}, func(w *row, r *audit.Finding) { w.strnz(r.Path) }},
	{column{name: "line", typ: tInt32, ja: "行"}, func(w *row, r *audit.Finding) { w.i32nz(r.Line) }},
	{column{name: "stated", typ: tString, ja: "記載値"}, func(w *row, r *audit.Finding) { w.strnz(r.Stated) }},
	{column{name: "recomputed", typ: tString, ja: "再計算値"}, func(w *row, r *audit.Finding) { w.strnz(r.Recomputed) }},
	{column{name: "message", typ: tString, ja: "内容"}, func(w *row, r *audit.Finding) { w.strnz(r.Message) }},
}

// addSheet appends the one sheets row of s.
func (b *Builder) addSheet(k key, s *reviewsheet.Sheet, source string) {
	addRow(b, Sheets, k, sheetCols, sheetRow{s: s, source: source})
}

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

// addFindings appends one findings row per finding, in the given order.
func (b *Builder) addFindings(k key, fs []audit.Finding) {
	for i := range fs {
		addRow(b, Findings, k, findingCols, &fs[i])
	}
}

// addBudget appends the budget_years and budget_items rows of one sheet.
func (b *Builder) addBudget(k key, bu *budget.Budget) {
	for i := range bu.Years {
		addRow(b, BudgetYears, k, budgetYearCols, &bu.Years[i])
	}
	for i := range bu.Items {
		addRow(b, BudgetItems, k, budgetItemCols, itemRow{bu: bu, i: i})
	}
}
