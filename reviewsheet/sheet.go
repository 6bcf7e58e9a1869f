package reviewsheet

import (
	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/spending"
)

// Sheet is one 行政事業レビューシート. JSON names are the contract of
// `rsheet parse`; doc.go lists them all with their Japanese labels.
//
// Text fields that the sheet may print as "--" are *string: nil means
// "--". Money is int64 yen (*int64 where "--" is possible).
type Sheet struct {
	// Header.
	FiscalYear int    `json:"fiscal_year"` // 事業年度 of the sheet title (2025)
	Title      string `json:"title"`       // e.g. 行政事業レビューシート
	Ministry   string `json:"ministry"`    // 府省庁 of the title line
	Name       string `json:"name"`        // 事業名

	// 基本情報.
	Organization Organization `json:"organization"`
	ProjectID    string       `json:"project_id"`     // 予算事業ID, six digits as printed ("006423")
	StartYear    *int         `json:"start_year"`     // 事業開始年度
	EndYear      *int         `json:"end_year"`       // 事業終了（予定）年度; nil when 終了予定なし
	NoEndPlanned bool         `json:"no_end_planned"` // 事業終了（予定）年度 printed as 終了予定なし
	EndYearRaw   string       `json:"end_year_raw"`   // the cell as printed
	ProjectYear  int          `json:"project_year"`   // 事業年度 of the 基本情報 row
	Category     string       `json:"category"`       // 事業区分
	Policies     []Policy     `json:"policies"`       // 政策・施策
	Related      *string      `json:"related_projects"`
	MajorExpense *string      `json:"major_expense"`  // 主要経費
	Purpose      *string      `json:"purpose"`        // 事業の目的
	Issues       *string      `json:"current_issues"` // 現状・課題
	Overview     []string     `json:"overview"`       // 事業の概要, one item per bullet
	OverviewURL  *string      `json:"overview_url"`   // 事業概要URL
	Laws         []Law        `json:"laws"`           // 根拠法令
	Plans        []Plan       `json:"plans"`          // 関係する計画・通知等
	Methods      []string     `json:"methods"`        // 実施方法
	Subsidies    []Subsidy    `json:"subsidy_rates"`  // 補助率等
	Remarks      *string      `json:"remarks"`        // 備考 of 基本情報

	Budget budget.Budget `json:"budget"` // 予算・執行

	Outcome *outcome.Graph `json:"outcome"` // 効果発現経路; nil when the section is absent
	KPI     KPI            `json:"kpi"`     // 事業に関連するKPIが定められている閣議決定等

	Evaluation Evaluation `json:"evaluation"` // 点検・評価

	Spending *spending.Spending `json:"spending"` // 支出先; nil when the section is absent

	OtherRemarks *string `json:"other_remarks"` // その他備考

	// RelatedList is 関連事業 row by row as the RS CSV (1-5) gives it;
	// empty for sheets read from text (see Related).
	RelatedList []RelatedProject `json:"related_list,omitempty"`

	// Registry is what only the RS CSVs say of the sheet; nil for sheets
	// read from text.
	Registry *Registry `json:"registry,omitempty"`

	// Warnings are what the parser read only partly without a figure in
	// doubt (a free-text cell it could not split), sorted by line; nil
	// for a clean read. Check reports each as a finding.
	Warnings []Warning `json:"warnings,omitempty"`

	// Source records where each figure was printed. It is nil for sheets
	// not read from text (for example RS CSV imports) and is not part of
	// the JSON.
	Source *Source `json:"-"`
}

// Registry is bookkeeping of the RS system that its CSVs carry and the
// sheet does not print.
type Registry struct {
	MinistryOrder    *int    `json:"ministry_order"`     // 府省庁の建制順 (every table)
	OldProjectNumber *string `json:"old_project_number"` // 旧事業番号 (1-2)
	ListOrder        *string `json:"list_order"`         // 整理表表示順 (1-2), as published
	// MissingTables are the numbers of the RS tables ("3-1", "5-1") the
	// set the sheet was read from lacks: the parts they feed are empty
	// because they were not read, not because the project has none.
	MissingTables []string `json:"missing_tables,omitempty"`
}

// Organization is 組織情報.
type Organization struct {
	Ministry    string   `json:"ministry"`    // 府省庁
	Divisions   []string `json:"divisions"`   // 事業所管課室, split on " | "
	Responsible *string  `json:"responsible"` // 作成責任者
	OtherOrgs   *string  `json:"other_orgs"`  // その他担当組織
}

// Policy is one row of 政策・施策.
type Policy struct {
	Owner   string  `json:"owner"`   // 政策所管
	Policy  *string `json:"policy"`  // 政策
	Measure *string `json:"measure"` // 施策
	URL     *string `json:"url"`     // 政策体系・評価書URL
}

// Law is one row of 根拠法令.
type Law struct {
	Name      string  `json:"name"`             // 法令名
	Number    *string `json:"number"`           // 法令番号
	Article   *string `json:"article"`          // 条
	Paragraph *string `json:"paragraph"`        // 項
	Item      *string `json:"item"`             // 号・号の細分
	ID        *string `json:"law_id,omitempty"` // 法令ID (RS CSV only; nil for sheets read from text)
}

// Plan is one row of 関係する計画・通知等.
type Plan struct {
	Name string  `json:"name"` // 計画・通知名
	URL  *string `json:"url"`  // 計画・通知等URL, rejoined when wrapped
}

// Subsidy is one row of 補助率等.
type Subsidy struct {
	Target string  `json:"target"` // 補助対象
	Rate   *string `json:"rate"`   // 補助率 (text: "2/3", "1/2、3/4" …)
	Cap    *string `json:"cap"`    // 補助上限等
	// RateLines and CapLines are the cells' lines as printed: the cells
	// hold several statements ("事業：1/2", "個別支援事業：3/4、4/5") that
	// the joined text runs together.
	RateLines []string `json:"rate_lines"`
	CapLines  []string `json:"cap_lines"`
	URL       *string  `json:"url"` // 補助率URL, rejoined when wrapped
}

// KPI is 事業に関連するKPIが定められている閣議決定等.
type KPI struct {
	Name    *string `json:"name"`    // 名前
	URL     *string `json:"url"`     // URL
	Excerpt *string `json:"excerpt"` // 該当箇所
}

// Evaluation is 点検・評価. Every field is free text, nil when "--".
type Evaluation struct {
	// 事業所管部局による点検・改善
	Result         *string `json:"result"`                 // 点検結果
	TargetYearEval *string `json:"target_year_evaluation"` // 目標年度における効果測定に関する評価
	Direction      *string `json:"direction"`              // 改善の方向性

	// 外部有識者による点検
	External External `json:"external"`

	// 行政事業レビュー推進チームの所見に至る過程及び所見
	TeamFinding *string `json:"team_finding"` // 所見
	TeamDetail  *string `json:"team_detail"`  // 詳細

	// 所見を踏まえた改善点∕概算要求における反映状況
	Improvement       *string      `json:"improvement"`        // 改善点・反映状況
	Reflections       []Reflection `json:"reflections"`        // 反映額 rows
	ImprovementDetail *string      `json:"improvement_detail"` // 詳細

	// 公開プロセス・秋の年次公開検証（秋のレビュー）における取りまとめ
	PublicReview *string `json:"public_review"`
	// その他の指摘事項
	OtherPoints *string `json:"other_points"`
	// Points are the rows of 過去に受けた指摘事項 and その他の指摘事項 as the
	// RS CSV (4-1) gives them; empty for sheets read from text.
	Points []Point `json:"points,omitempty"`
}

// RelatedProject is one 関連事業 row of the RS CSV.
type RelatedProject struct {
	ID       *string `json:"id"`       // 関連事業の事業ID, six digits
	Name     *string `json:"name"`     // 関連事業の事業名
	Relation *string `json:"relation"` // 関連性
}

// Point is one row of 過去に受けた指摘事項 (Kind "past") or その他の指摘事項
// (Kind "other") of the RS CSV.
type Point struct {
	Kind     string  `json:"kind"`
	Category *string `json:"category"` // 区分 (past) or 調査等の名称 (other)
	Year     *string `json:"year"`     // 取りまとめ年度 / 指摘年度, as written
	Content  *string `json:"content"`  // 取りまとめ内容 / 指摘内容
	Response *string `json:"response"` // 対応状況
}

// External is 外部有識者による点検.
type External struct {
	Target        *string `json:"target"`         // 点検対象
	LastYear      *string `json:"last_year"`      // 最終実施年度
	Reason        *string `json:"reason"`         // 対象の理由
	Finding       *string `json:"finding"`        // 所見
	PublicProcess *string `json:"public_process"` // 公開プロセス結果概要
}

// Reflection is one 反映額 row (会計, 勘定, 反映額 in yen).
type Reflection struct {
	Account *string `json:"account"`
	Sub     *string `json:"sub"`
	Amount  *int64  `json:"amount"`
}

// Lacks reports whether the sheet was read from an RS set without table
// id ("5-1"). A nil Registry (a sheet read from text) lacks nothing.
func (r *Registry) Lacks(id string) bool {
	if r == nil {
		return false
	}
	for _, m := range r.MissingTables {
		if m == id {
			return true
		}
	}
	return false
}

// absent is how the sheet prints a cell with no value ("--").
const absent = num.Absent

// samePtr reports whether two optional values are equal: both nil, or
// both set to the same value ("--" equals only "--").
func samePtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
