package label

// Labels of the 基本情報 section, in sheet order.
const (
	OrgGroup         Label = "組織情報"
	Ministry         Label = "府省庁"
	Division         Label = "事業所管課室"
	Responsible      Label = "作成責任者"
	OtherOrgs        Label = "その他担当組織"
	BasicRow         Label = "基本情報"
	ProjectID        Label = "予算事業ID"
	StartYear        Label = "事業開始年度"
	EndYear          Label = "事業終了（予定）年度"
	ProjectYear      Label = "事業年度"
	Category         Label = "事業区分"
	Policies         Label = "政策・施策"
	Related          Label = "関連事業"
	MajorExpense     Label = "主要経費"
	PurposeGroup     Label = "概要・目的"
	Purpose          Label = "事業の目的"
	Issues           Label = "現状・課題"
	Overview         Label = "事業の概要"
	OverviewURL      Label = "事業概要URL"
	Laws             Label = "根拠法令"
	Plans            Label = "関係する計画・通知等"
	Methods          Label = "実施方法"
	Subsidies        Label = "補助率等"
	Remarks          Label = "備考"
	NoEndPlanned           = "終了予定なし"
	SheetTitleSuffix       = "行政事業レビューシート"
)

// BasicSpecs are the labels of 基本情報, in sheet order.
var BasicSpecs = NewSet([]Spec{
	{L: OrgGroup}, {L: Ministry, Inline: true}, {L: Division}, {L: Responsible}, {L: OtherOrgs},
	{L: BasicRow}, {L: ProjectID, Inline: true}, {L: StartYear, Inline: true}, {L: EndYear, Inline: true},
	{L: ProjectYear}, {L: Category, Inline: true},
	{L: Policies}, {L: Related}, {L: MajorExpense, Inline: true},
	{L: PurposeGroup}, {L: Purpose, Inline: true}, {L: Issues}, {L: Overview}, {L: OverviewURL},
	{L: Laws}, {L: Plans}, {L: Methods}, {L: Subsidies}, {L: Remarks},
})

// Column headers of the tables of 基本情報.
var (
	PolicyHeader  = []string{"政策所管", "政策", "施策", "政策体系・評価書URL"}
	LawHeader     = []string{"法令名", "法令番号", "条", "項", "号・号の細分"}
	PlanHeader    = []string{"計画・通知名", "計画・通知等URL"}
	SubsidyHeader = []string{"補助対象", "補助率", "補助上限等", "補助率URL"}
)
