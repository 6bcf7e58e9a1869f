package label

// Labels of the KPI block and of 点検・評価.
const (
	KPIName    Label = "名前"
	KPIURL     Label = "URL"
	KPIExcerpt Label = "該当箇所"

	SelfGroup        Label = "事業所管部局による点検・改善"
	Result           Label = "点検結果"
	TargetYearEval   Label = "目標年度における効果測定に関する評価"
	Direction        Label = "改善の方向性"
	ExternalGroup    Label = "外部有識者による点検"
	ExtTarget        Label = "点検対象"
	ExtLastYear      Label = "最終実施年度"
	ExtReason        Label = "対象の理由"
	Finding          Label = "所見"
	ExtPublic        Label = "公開プロセス結果概要"
	TeamGroup        Label = "行政事業レビュー推進チームの所見に至る過程及び所見"
	Detail           Label = "詳細"
	ImproveGroup     Label = "所見を踏まえた改善点∕概算要求における反映状況"
	Improvement      Label = "改善点・反映状況"
	Reflection       Label = "反映額"
	PublicReview     Label = "公開プロセス・秋の年次公開検証（秋のレビュー）における取りまとめ"
	OtherPoints      Label = "その他の指摘事項"
	ReflectionHeader       = "会計 勘定 反映額 (千円)"
)

// KPISpecs are the labels of the KPI block, in sheet order.
var KPISpecs = NewSet([]Spec{{L: KPIName}, {L: KPIURL}, {L: KPIExcerpt}})

// EvaluationSpecs are the labels of 点検・評価, in sheet order.
var EvaluationSpecs = NewSet([]Spec{
	{L: SelfGroup}, {L: Result}, {L: TargetYearEval}, {L: Direction},
	{L: ExternalGroup}, {L: ExtTarget}, {L: ExtLastYear, Inline: true}, {L: ExtReason}, {L: Finding}, {L: ExtPublic},
	{L: TeamGroup}, {L: Finding}, {L: Detail, Inline: true},
	{L: ImproveGroup}, {L: Improvement}, {L: Reflection}, {L: Detail},
	{L: PublicReview}, {L: OtherPoints},
})
