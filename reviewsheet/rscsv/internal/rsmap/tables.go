package rsmap

// The RS tables as the mapping knows them: their numbers, titles and
// columns. The I/O layer (rscsv, which calls a Spec tableSpec) checks each
// file's header against its Spec: a missing Required column rejects the
// file, a column no Spec knows is a Warning and not imported.

// The key columns, shared by every table: the I/O layer groups rows by
// (事業年度, 予算事業ID).
const (
	ColYear = "事業年度"
	ColID   = "予算事業ID"
)

// Column names shared by every table (the first 13 columns). 1-1 spells
// two of them differently (建制順, 所管府省庁).
const (
	colSheetKind = "シート種別"
	colYear      = ColYear
	colID        = ColID
	colName      = "事業名"
	colOrder     = "府省庁の建制順"
	colOrder11   = "建制順"
	colOwner     = "政策所管府省庁"
	colOwner11   = "所管府省庁"
	colMinistry  = "府省庁"
	colBureau    = "局・庁"
	colDept      = "部"
	colDivision  = "課"
	colOffice    = "室"
	colTeam      = "班"
	colSection   = "係"
)

var commonColumns = []string{colSheetKind, colYear, colID, colName, colOrder, colOrder11,
	colOwner, colOwner11, colMinistry, colBureau, colDept, colDivision, colOffice, colTeam, colSection}

// CommonColumns returns the names of the columns every table starts with
// (both spellings where 1-1 differs): a row that fills only these is a
// table's placeholder for a project with nothing to list.
func CommonColumns() []string { return append([]string(nil), commonColumns...) }

// Spec describes one RS table: its number, the columns the mapping
// needs (a file without one is rejected) and every column it knows (any
// other column is reported once as a Warning).
type Spec struct {
	ID       string // "2-1"
	Title    string // "予算・執行_サマリ"
	Required []string
	Known    []string
	// YearColumns: columns named by a year ("2024") are known too (3-1).
	YearColumns bool
}

// Knows reports whether col is a column of the table: a shared column,
// one of Known, or (YearColumns) a year.
func (t *Spec) Knows(col string) bool {
	if t.YearColumns && isYearColumn(col) {
		return true
	}
	for _, c := range commonColumns {
		if c == col {
			return true
		}
	}
	for _, c := range t.Known {
		if c == col {
			return true
		}
	}
	return false
}

func isYearColumn(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Columns of each table (as written in the 2024 and 2025 files).
const (
	// 1-1 組織情報
	c11OtherNo   = "その他担当組織_作成責任者_no"
	c11Resp      = "作成責任者"
	c11OtherSufx = "（その他担当組織）"

	// 1-2 事業概要等
	c12Purpose   = "事業の目的"
	c12Issues    = "現状・課題"
	c12Overview  = "事業の概要"
	c12URL       = "事業概要URL"
	c12Category  = "事業区分"
	c12Start     = "事業開始年度"
	c12StartUnk  = "開始年度不明"
	c12End       = "事業終了（予定）年度"
	c12NoEnd     = "終了予定なし"
	c12Major     = "主要経費"
	c12Remarks   = "備考"
	c12MethodPfx = "実施方法ー"
	c12OldNo     = "旧事業番号"
	c12ListOrder = "整理表表示順"

	// 1-3 政策・施策、法令等
	c13PolicyNo  = "番号（政策・施策）"
	c13PolOwner  = "政策所管府省庁_P"
	c13Policy    = "政策"
	c13Measure   = "施策"
	c13PolURL    = "政策・施策URL"
	c13LawNo     = "番号（根拠法令）"
	c13LawName   = "法令名"
	c13LawNumber = "法令番号"
	c13LawID     = "法令ID"
	c13Article   = "条"
	c13Paragraph = "項"
	c13Item      = "号・号の細分"
	c13PlanNo    = "番号（関係する計画・通知等）"
	c13PlanName  = "計画通知名"
	c13PlanURL   = "計画通知等URL"

	// 1-4 補助率等
	c14No     = "番号（補助率等）"
	c14Target = "補助対象"
	c14Rate   = "補助率"
	c14Cap    = "補助上限等"
	c14URL    = "補助率URL"

	// 1-5 関連事業
	c15No       = "番号（関連事業）"
	c15ID       = "関連事業の事業ID"
	c15Name     = "関連事業の事業名"
	c15Relation = "関連性"

	// 2-1 予算・執行_サマリ: totals row
	c21Year        = "予算年度"
	c21Initial     = "当初予算（合計）"
	c21Supp        = "補正予算（合計）"
	c21Carried     = "前年度からの繰越し（合計）"
	c21Reserve     = "予備費等（合計）"
	c21Total       = "計（歳出予算現額合計）"
	c21Executed    = "執行額（合計）"
	c21Rate        = "執行率"
	c21Forward     = "翌年度への繰越し(合計）"
	c21NextRequest = "翌年度要求額（合計）"
	c21Reasons     = "主な増減理由"
	c21Notes       = "その他特記事項"
	// 2-1 per-account row
	c21AcctCategory = "会計区分"
	c21Acct         = "会計"
	c21Sub          = "勘定"
	c21AInitial     = "当初予算"
	c21ACarried     = "前年度から繰越し"
	c21ATotal       = "歳出予算現額"
	c21AExecuted    = "執行額"
	c21ANextRequest = "翌年度要求額"
	c21ADemand      = "要望額"
	c21ANote        = "備考"

	// 2-2 予算種別・歳出予算項目
	c22Year        = "予算年度"
	c22Category    = "会計区分"
	c22Acct        = "会計"
	c22Sub         = "勘定"
	c22Type        = "予算種別"
	c22Jurisdict   = "所管"
	c22Org         = "組織・勘定"
	c22Kou         = "項"
	c22Moku        = "目"
	c22Detail      = "歳出予算項目の補足情報"
	c22Amount      = "予算額（歳出予算項目ごと）"
	c22NextRequest = "翌年度要求額（歳出予算項目ごと）"
	c22Note        = "備考（歳出予算項目ごと）"

	// 4-1 点検・評価
	c41Result        = "事業所管部局による点検・改善ー点検結果"
	c41Direction     = "事業所管部局による点検・改善ー改善の方向性"
	c41TargetEval    = "事業所管部局による点検・改善－目標年度における効果測定に関する評価"
	c41ExtLastYear   = "外部有識者による点検ー最終実施年度"
	c41ExtTarget     = "外部有識者による点検ー点検対象"
	c41ExtReason     = "外部有識者による点検ー対象の理由"
	c41ExtFinding    = "外部有識者による点検ー所見"
	c41Public        = "公開プロセス結果概要"
	c41Team          = "行政事業レビュー推進チームの所見"
	c41TeamDetail    = "行政事業レビュー推進チームの所見の詳細"
	c41Improve       = "所見を踏まえた改善点／概算要求における反映状況"
	c41ImproveDetail = "所見を踏まえた改善点／概算要求における反映状況の詳細"
	c41RefGeneral    = "反映額（一般会計）"
	c41RefAcct       = "反映額（特別会計）－会計"
	c41RefSub        = "反映額（特別会計）－勘定"
	c41RefAmount     = "反映額（特別会計）－反映額"
	c41PastKind      = "過去に受けた指摘事項－区分"
	c41PastYear      = "過去に受けた指摘事項－取りまとめ年度"
	c41PastContent   = "過去に受けた指摘事項－取りまとめ内容"
	c41PastResponse  = "過去に受けた指摘事項－対応状況"
	c41OtherName     = "その他の指摘事項－調査等の名称"
	c41OtherYear     = "その他の指摘事項－指摘年度"
	c41OtherContent  = "その他の指摘事項－指摘内容"
	c41OtherResponse = "その他の指摘事項－対応状況"

	// 6-1 その他備考
	c61Remarks = "備考"
)

var specs = []*Spec{
	{ID: "1-1", Title: "基本情報_組織情報", Required: []string{colMinistry},
		Known: []string{c11OtherNo, c11Resp, colMinistry + c11OtherSufx, colBureau + c11OtherSufx,
			colDept + c11OtherSufx, colDivision + c11OtherSufx, colOffice + c11OtherSufx,
			colTeam + c11OtherSufx, colSection + c11OtherSufx}},
	{ID: "1-2", Title: "基本情報_事業概要等", Required: []string{c12Purpose, c12Category, c12Start, c12End},
		Known: []string{c12Purpose, c12Issues, c12Overview, c12URL, c12Category, c12Start, c12StartUnk,
			c12End, c12NoEnd, c12Major, c12Remarks, c12MethodPfx + "直接実施", c12MethodPfx + "補助",
			c12MethodPfx + "負担", c12MethodPfx + "交付", c12MethodPfx + "分担金・拠出金",
			c12MethodPfx + "その他", c12OldNo, c12ListOrder}},
	{ID: "1-3", Title: "基本情報_政策・施策、法令等", Required: []string{c13PolicyNo, c13LawNo, c13PlanNo},
		Known: []string{c13PolicyNo, c13PolOwner, c13Policy, c13Measure, c13PolURL, c13LawNo, c13LawName,
			c13LawNumber, c13LawID, c13Article, c13Paragraph, c13Item, c13PlanNo, c13PlanName, c13PlanURL}},
	{ID: "1-4", Title: "基本情報_補助率等", Required: []string{c14Target, c14Rate},
		Known: []string{c14No, c14Target, c14Rate, c14Cap, c14URL}},
	{ID: "1-5", Title: "基本情報_関連事業", Required: []string{c15ID},
		Known: []string{c15No, c15ID, c15Name, c15Relation}},
	{ID: "2-1", Title: "予算・執行_サマリ", Required: []string{c21Year, c21Initial, c21Total, c21Executed, c21Rate},
		Known: []string{c21Year, c21Initial, c21Supp, c21Carried, c21Reserve, c21Total, c21Executed, c21Rate,
			c21Forward, c21NextRequest, c21Reasons, c21Notes, c21AcctCategory, c21Acct, c21Sub, c21AInitial,
			"第1次補正予算", "第2次補正予算", "第3次補正予算", "第4次補正予算", "第5次補正予算", c21ACarried,
			"予備費等1", "予備費等2", "予備費等3", "予備費等4", c21ATotal, c21AExecuted, c21ANextRequest,
			c21ADemand, c21ANote}},
	{ID: "2-2", Title: "予算・執行_予算種別・歳出予算項目", Required: []string{c22Year, c22Type, c22Amount},
		Known: []string{c22Year, c22Category, c22Acct, c22Sub, c22Type, c22Jurisdict, c22Org, c22Kou, c22Moku,
			c22Detail, c22Amount, c22NextRequest, c22Note}},
	spec31, spec32,
	{ID: "4-1", Title: "点検・評価", Required: []string{c41Result},
		Known: []string{c41Result, c41Direction, c41TargetEval, c41ExtLastYear, c41ExtTarget, c41ExtReason,
			c41ExtFinding, c41Public, c41Team, c41TeamDetail, c41Improve, c41ImproveDetail, c41RefGeneral,
			c41RefAcct, c41RefSub, c41RefAmount, c41PastKind, c41PastYear, c41PastContent, c41PastResponse,
			c41OtherName, c41OtherYear, c41OtherContent, c41OtherResponse}},
	spec51, spec52, spec53, spec54,
	{ID: "6-1", Title: "その他備考", Required: []string{c61Remarks}, Known: []string{c61Remarks}},
}

// Specs returns the 15 RS tables in publication order ("1-1" … "6-1").
// The Specs are shared: callers must not modify them.
func Specs() []*Spec { return append([]*Spec(nil), specs...) }

// SpecByID returns the table numbered id ("2-1"), or nil.
func SpecByID(id string) *Spec {
	for _, s := range specs {
		if s.ID == id {
			return s
		}
	}
	return nil
}
