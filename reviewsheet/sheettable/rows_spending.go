package sheettable

import "github.com/rsheet/rsheet/spending"

// SpendingBlockCols are the columns of spending_blocks after the key columns.
var SpendingBlockCols = mustCheck("spending_blocks", []Col[*spending.Block]{
	{Column: Column{Name: "block", Type: String, JA: "支出先ブロック", NotNull: true}, Str: func(r *spending.Block) (string, bool) { return r.Block, true }},
	{Column: Column{Name: "name", Type: String, JA: "支出先ブロック名"}, Str: func(r *spending.Block) (string, bool) { return nz(r.Name) }},
	{Column: Column{Name: "parent", Type: String, JA: "支出元の支出先ブロック"}, Str: func(r *spending.Block) (string, bool) { return nz(r.Parent) }},
	{Column: Column{Name: "total", Type: Int64, JA: "合計支出額", Unit: UnitYen}, Int: func(r *spending.Block) (int64, bool) { return opt(r.Total) }},
	{Column: Column{Name: "recipient_count", Type: Int32, JA: "支出先の数"}, Int: func(r *spending.Block) (int64, bool) { return optInt(r.RecipientCount) }},
	{Column: Column{Name: "role", Type: String, JA: "事業を行う上での役割"}, Str: func(r *spending.Block) (string, bool) { return opt(r.Role) }},
	{Column: Column{Name: "flow_note", Type: String, JA: "資金の流れの補足情報（RS CSV）"}, Str: func(r *spending.Block) (string, bool) { return opt(r.FlowNote) }},
})

// SpendingRecipientCols are the columns of spending_recipients after the key columns.
var SpendingRecipientCols = mustCheck("spending_recipients", []Col[RecipientRow]{
	{Column: Column{Name: "block", Type: String, JA: "支出先ブロック", NotNull: true}, Str: func(r RecipientRow) (string, bool) { return r.Recipient.Block, true }},
	{Column: Column{Name: "rank", Type: Int32, JA: "ブロック内の順位", NotNull: true}, Int: func(r RecipientRow) (int64, bool) { return int64(r.Rank), true }},
	{Column: Column{Name: "name", Type: String, JA: "支出先名"}, Str: func(r RecipientRow) (string, bool) { return nz(r.Recipient.Name) }},
	{Column: Column{Name: "amount", Type: Int64, JA: "支出額", Unit: UnitYen}, Int: func(r RecipientRow) (int64, bool) { return opt(r.Recipient.Amount) }},
	{Column: Column{Name: "corporate_number", Type: String, JA: "法人番号"}, Str: func(r RecipientRow) (string, bool) { return opt(r.Recipient.CorporateNumber) }},
	{Column: Column{Name: "corporate_number_valid", Type: Bool, JA: "法人番号の検査用数字が正しい"}, Bool: func(r RecipientRow) (bool, bool) { return validCorporate(r.Recipient.CorporateNumber) }},
	{Column: Column{Name: "location", Type: String, JA: "所在地（RS CSV）"}, Str: func(r RecipientRow) (string, bool) { return opt(r.Recipient.Location) }},
	{Column: Column{Name: "corporate_type", Type: Dict, JA: "法人種別（RS CSV）"}, Str: func(r RecipientRow) (string, bool) { return nzp(r.Recipient.CorporateType) }},
})

// SpendingContractCols are the columns of spending_contracts after the key columns.
var SpendingContractCols = mustCheck("spending_contracts", []Col[ContractRow]{
	{Column: Column{Name: "block", Type: String, JA: "支出先ブロック", NotNull: true}, Str: func(r ContractRow) (string, bool) { return r.Recipient.Block, true }},
	{Column: Column{Name: "rank", Type: Int32, JA: "ブロック内の順位", NotNull: true}, Int: func(r ContractRow) (int64, bool) { return int64(r.Rank), true }},
	{Column: Column{Name: "recipient", Type: String, JA: "支出先名"}, Str: func(r ContractRow) (string, bool) { return nz(r.Recipient.Name) }},
	{Column: Column{Name: "contract", Type: String, JA: "契約概要（契約名）"}, Str: func(r ContractRow) (string, bool) { return nz(r.Contract.Name) }},
	{Column: Column{Name: "method", Type: Dict, JA: "契約方式等"}, Str: func(r ContractRow) (string, bool) { return nz(string(r.Contract.Method)) }},
	{Column: Column{Name: "amount", Type: Int64, JA: "支出額", Unit: UnitYen}, Int: func(r ContractRow) (int64, bool) { return opt(r.Contract.Amount) }},
	{Column: Column{Name: "bidders", Type: Int32, JA: "入札者数"}, Int: func(r ContractRow) (int64, bool) { return optInt(r.Contract.Bidders) }},
	{Column: Column{Name: "winning_bid_rate", Type: Float64, JA: "落札率", Unit: UnitPercent}, Float: func(r ContractRow) (float64, bool) { return opt(r.Contract.WinningBidRate) }},
	{Column: Column{Name: "reason", Type: String, JA: "一者応札等の理由と改善策∕落札率非公開の理由"}, Str: func(r ContractRow) (string, bool) { return opt(r.Contract.Reason) }},
	{Column: Column{Name: "method_detail", Type: Dict, JA: "具体的な契約方式等（RS CSV）"}, Str: func(r ContractRow) (string, bool) { return nzp(r.Contract.MethodDetail) }},
})

// SpendingUseCols are the columns of spending_uses after the key columns.
var SpendingUseCols = mustCheck("spending_uses", []Col[*spending.Use]{
	{Column: Column{Name: "block", Type: String, JA: "支出先ブロック", NotNull: true}, Str: func(r *spending.Use) (string, bool) { return r.Block, true }},
	{Column: Column{Name: "recipient", Type: String, JA: "支出先名"}, Str: func(r *spending.Use) (string, bool) { return nz(r.Recipient) }},
	{Column: Column{Name: "contract", Type: String, JA: "契約概要（契約名）"}, Str: func(r *spending.Use) (string, bool) { return opt(r.Contract) }},
	{Column: Column{Name: "item", Type: Dict, JA: "費目"}, Str: func(r *spending.Use) (string, bool) { return nz(r.Item) }},
	{Column: Column{Name: "use", Type: String, JA: "使途"}, Str: func(r *spending.Use) (string, bool) { return opt(r.Use) }},
	{Column: Column{Name: "amount", Type: Int64, JA: "金額", Unit: UnitYen}, Int: func(r *spending.Use) (int64, bool) { return opt(r.Amount) }},
})

// SpendingDebtContractCols are the columns of spending_debt_contracts after the key columns.
var SpendingDebtContractCols = mustCheck("spending_debt_contracts", []Col[DebtRow]{
	{Column: Column{Name: "row", Type: Int32, JA: "行番号", NotNull: true}, Int: func(r DebtRow) (int64, bool) { return int64(r.Index + 1), true }},
	{Column: Column{Name: "name", Type: String, JA: "契約先名"}, Str: func(r DebtRow) (string, bool) { return nz(r.Debt.Name) }},
	{Column: Column{Name: "amount", Type: Int64, JA: "契約額", Unit: UnitYen}, Int: func(r DebtRow) (int64, bool) { return opt(r.Debt.Amount) }},
	{Column: Column{Name: "corporate_number", Type: String, JA: "法人番号"}, Str: func(r DebtRow) (string, bool) { return opt(r.Debt.CorporateNumber) }},
	{Column: Column{Name: "corporate_number_valid", Type: Bool, JA: "法人番号の検査用数字が正しい"}, Bool: func(r DebtRow) (bool, bool) { return validCorporate(r.Debt.CorporateNumber) }},
	{Column: Column{Name: "block", Type: String, JA: "支出先ブロック（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return nz(r.Debt.Block) }},
	{Column: Column{Name: "contract", Type: String, JA: "契約概要（契約名）（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return opt(r.Debt.Contract) }},
	{Column: Column{Name: "method", Type: Dict, JA: "契約方式等（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return nz(string(r.Debt.Method)) }},
	{Column: Column{Name: "method_detail", Type: Dict, JA: "具体的な契約方式等（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return nzp(r.Debt.MethodDetail) }},
	{Column: Column{Name: "bidders", Type: Int32, JA: "入札者数（応募者数）（RS CSV）"}, Int: func(r DebtRow) (int64, bool) { return optInt(r.Debt.Bidders) }},
	{Column: Column{Name: "winning_bid_rate", Type: Float64, JA: "落札率（RS CSV）", Unit: UnitPercent}, Float: func(r DebtRow) (float64, bool) { return opt(r.Debt.WinningBidRate) }},
	{Column: Column{Name: "reason", Type: String, JA: "一者応札等の理由及び改善策（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return opt(r.Debt.Reason) }},
	{Column: Column{Name: "location", Type: String, JA: "契約先の所在地（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return opt(r.Debt.Location) }},
	{Column: Column{Name: "corporate_type", Type: Dict, JA: "契約先の法人種別（RS CSV）"}, Str: func(r DebtRow) (string, bool) { return nzp(r.Debt.CorporateType) }},
})

// RecipientRow is a row of the 支出先上位者リスト with its rank in its
// block (Walker.Walk numbers them).
type RecipientRow struct {
	Recipient *spending.Recipient
	Rank      int
}

// ContractRow is a 契約概要 of a recipient.
type ContractRow struct {
	RecipientRow
	Contract *spending.Contract
}

// DebtRow is row Index (from 0) of the 国庫債務負担行為等による契約先リスト.
type DebtRow struct {
	Debt  *spending.DebtContract
	Index int
}

// validCorporate says whether a printed 法人番号 passes its check digit;
// null when the sheet prints "--".
func validCorporate(n *string) (bool, bool) {
	if n == nil {
		return false, false
	}
	return spending.ValidCorporateNumber(*n), true
}
