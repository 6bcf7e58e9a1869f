package label

// ListHeaders are the header lines that structure the 支出先上位者リスト.
var ListHeaders = NewSet([]Spec{{L: SpBlockHeader}, {L: SpRecipientHeader}, {L: SpContractHeader}})

// Labels of the 支出先 section.
const (
	SpFlow     Label = "資金の流れ"
	SpTopList  Label = "支出先上位者リスト"
	SpUses     Label = "費目・使途"
	SpDebtList Label = "国庫債務負担行為等による契約先リスト"

	// inside 資金の流れ
	SpIndirect       Label = "間接経費:"
	SpRecipientCount Label = "支出先の数:"
	SpParent         Label = "支出元:"

	// column headers of the lists, matched as whole lines
	SpBlockHeader     Label = "支出先ブロック名 合計支出額 支出先数 事業を行う上での役割"
	SpRecipientHeader Label = "支出先名 支出額 法人番号"
	SpContractHeader  Label = "契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由"
	SpUsesHeader      Label = "支出先名 契約概要（契約名） 費目 使途 金額"
	SpDebtHeader      Label = "契約先名 契約額 法人番号"

	// unit printed after the amounts of the flow ("684,784 千円")
	UnitSenYen = "千円"
)

// SpendingSpecs are the labels of 支出先, in sheet order.
var SpendingSpecs = NewSet([]Spec{{L: SpFlow}, {L: SpTopList}, {L: SpUses}, {L: SpDebtList}})

// BlockOthers ends the name of a block of several recipients: its first
// recipient's name, then "ほか" (and others).
const BlockOthers = "ほか"
