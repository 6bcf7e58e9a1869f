package sheetarrow

import "github.com/rsheet/rsheet/spending"

// spendingBlockCols are the columns of spending_blocks after the key columns.
var spendingBlockCols = []col[*spending.Block]{
	{column{name: "block", typ: tString, ja: "支出先ブロック", notNull: true}, func(w *row, r *spending.Block) { w.str(r.Block) }},
	{column{name: "name", typ: tString, ja: "支出先ブロック名"}, func(w *row, r *spending.Block) { w.strnz(r.Name) }},
	{column{name: "parent", typ: tString, ja: "支出元の支出先ブロック"}, func(w *row, r *spending.Block) { w.strnz(r.Parent) }},
	{column{name: "total", typ: tInt64, ja: "合計支出額", unit: UnitYen}, func(w *row, r *spending.Block) { w.i64p(r.Total) }},
	{column{name: "recipient_count", typ: tInt32, ja: "支出先の数"}, func(w *row, r *spending.Block) { w.intp(r.RecipientCount) }},
	{column{name: "role", typ: tString, ja: "事業を行う上での役割"}, func(w *row, r *spending.Block) { w.strp(r.Role) }},
	{column{name: "flow_note", typ: tString, ja: "資金の流れの補足情報（RS CSV）"}, func(w *row, r *spending.Block) { w.strp(r.FlowNote) }},
}

// spendingRecipientCols are the columns of spending_recipients after the key columns.
var spendingRecipientCols = []col[recipientRow]{
	{column{name: "block", typ: tString, ja: "支出先ブロック", notNull: true}, func(w *row, r recipientRow) { w.str(r.rc.Block) }},
	{column{name: "rank", typ: tInt32, ja: "ブロック内の順位", notNull: true}, func(w *row, r recipientRow) { w.i32(int32(r.rank)) }},
	{column{name: "name", typ: tString, ja: "支出先名"}, func(w *row, r recipientRow) { w.strnz(r.rc.Name) }},
	{column{name: "amount", typ: tInt64, ja: "支出額", unit: UnitYen}, func(w *row, r recipientRow) { w.i64p(r.rc.Amount) }},
	{column{name: "corporate_number", typ: tString, ja: "法人番号"}, func(w *row, r recipientRow) { w.strp(r.rc.CorporateNumber) }},
	{column{name: "corporate_number_valid", typ: tBool, ja: "法人番号の検査用数字が正しい"}, func(w *row, r recipientRow) { w.boolp(validCorporate(r.rc.CorporateNumber)) }},
	{column{name: "location", typ: tString, ja: "所在地（RS CSV）"}, func(w *row, r recipientRow) { w.strp(r.rc.Location) }},
	{column{name: "corporate_type", typ: tDict, ja: "法人種別（RS CSV）"}, func(w *row, r recipientRow) { w.dictp(r.rc.CorporateType) }},
}

// spendingContractCols are the columns of spending_contracts after the key columns.
var spendingContractCols = []col[contractRow]{
	{column{name: "block", typ: tString, ja: "支出先ブロック", notNull: true}, func(w *row, r contractRow) { w.str(r.rc.Block) }},
	{column{name: "rank", typ: tInt32, ja: "ブロック内の順位", notNull: true}, func(w *row, r contractRow) { w.i32(int32(r.rank)) }},
	{column{name: "recipient", typ: tString, ja: "支出先名"}, func(w *row, r contractRow) { w.strnz(r.rc.Name) }},
	{column{name: "contract", typ: tString, ja: "契約概要（契約名）"}, func(w *row, r contractRow) { w.strnz(r.c.Name) }},
	{column{name: "method", typ: tDict, ja: "契約方式等"}, func(w *row, r contractRow) { w.dict(string(r.c.Method)) }},
	{column{name: "amount", typ: tInt64, ja: "支出額", unit: UnitYen}, func(w *row, r contractRow) { w.i64p(r.c.Amount) }},
	{column{name: "bidders", typ: tInt32, ja: "入札者数"}, func(w *row, r contractRow) { w.intp(r.c.Bidders) }},
	{column{name: "winning_bid_rate", typ: tFloat64, ja: "落札率", unit: UnitPercent}, func(w *row, r contractRow) { w.f64p(r.c.WinningBidRate) }},
	{column{name: "reason", typ: tString, ja: "一者応札等の理由と改善策∕落札率非公開の理由"}, func(w *row, r contractRow) { w.strp(r.c.Reason) }},
	{column{name: "method_detail", typ: tDict, ja: "具体的な契約方式等（RS CSV）"}, func(w *row, r contractRow) { w.dictp(r.c.MethodDetail) }},
}

// spendingUseCols are the columns of spending_uses after the key columns.
var spendingUseCols = []col[*spending.Use]{
	{column{name: "block", typ: tString, ja: "支出先ブロック", notNull: true}, func(w *row, r *spending.Use) { w.str(r.Block) }},
	{column{name: "recipient", typ: tString, ja: "支出先名"}, func(w *row, r *spending.Use) { w.strnz(r.Recipient) }},
	{column{name: "contract", typ: tString, ja: "契約概要（契約名）"}, func(w *row, r *spending.Use) { w.strp(r.Contract) }},
	{column{name: "item", typ: tDict, ja: "費目"}, func(w *row, r *spending.Use) { w.dict(r.Item) }},
	{column{name: "use", typ: tString, ja: "使途"}, func(w *row, r *spending.Use) { w.strp(r.Use) }},
	{column{name: "amount", typ: tInt64, ja: "金額", unit: UnitYen}, func(w *row, r *spending.Use) { w.i64p(r.Amount) }},
}

// spendingDebtContractCols are the columns of spending_debt_contracts after the key columns.
var spendingDebtContractCols = []col[debtRow]{
	{column{name: "row", typ: tInt32, ja: "行番号", notNull: true}, func(w *row, r debtRow) { w.i32(int32(r.i + 1)) }},
	{column{name: "name", typ: tString, ja: "契約先名"}, func(w *row, r debtRow) { w.strnz(r.d.Name) }},
	{column{name: "amount", typ: tInt64, ja: "契約額", unit: UnitYen}, func(w *row, r debtRow) { w.i64p(r.d.Amount) }},
	{column{name: "corporate_number", typ: tString, ja: "法人番号"}, func(w *row, r debtRow) { w.strp(r.d.CorporateNumber) }},
	{column{name: "corporate_number_valid", typ: tBool, ja: "法人番号の検査用数字が正しい"}, func(w *row, r debtRow) { w.boolp(validCorporate(r.d.CorporateNumber)) }},
	{column{name: "block", typ: tString, ja: "支出先ブロック（RS CSV）"}, func(w *row, r debtRow) { w.strnz(r.d.Block) }},
	{column{name: "contract", typ: tString, ja: "契約概要（契約名）（RS CSV）"}, func(w *row, r debtRow) { w.strp(r.d.Contract) }},
	{column{name: "method", typ: tDict, ja: "契約方式等（RS CSV）"}, func(w *row, r debtRow) { w.dict(string(r.d.Method)) }},
	{column{name: "method_detail", typ: tDict, ja: "具体的な契約方式等（RS CSV）"}, func(w *row, r debtRow) { w.dictp(r.d.MethodDetail) }},
	{column{name: "bidders", typ: tInt32, ja: "入札者数（応募者数）（RS CSV）"}, func(w *row, r debtRow) { w.intp(r.d.Bidders) }},
	{column{name: "winning_bid_rate", typ: tFloat64, ja: "落札率（RS CSV）", unit: UnitPercent}, func(w *row, r debtRow) { w.f64p(r.d.WinningBidRate) }},
	{column{name: "reason", typ: tString, ja: "一者応札等の理由及び改善策（RS CSV）"}, func(w *row, r debtRow) { w.strp(r.d.Reason) }},
	{column{name: "location", typ: tString, ja: "契約先の所在地（RS CSV）"}, func(w *row, r debtRow) { w.strp(r.d.Location) }},
	{column{name: "corporate_type", typ: tDict, ja: "契約先の法人種別（RS CSV）"}, func(w *row, r debtRow) { w.dictp(r.d.CorporateType) }},
}

// recipientRow is a row of the 支出先上位者リスト with its rank in its block.
type recipientRow struct {
	rc   *spending.Recipient
	rank int
}

// contractRow is a 契約概要 of a recipient.
type contractRow struct {
	recipientRow
	c *spending.Contract
}

// debtRow is row i of the 国庫債務負担行為等による契約先リスト.
type debtRow struct {
	d *spending.DebtContract
	i int
}

// validCorporate says whether a printed 法人番号 passes its check digit;
// nil when the sheet prints "--".
func validCorporate(n *string) *bool {
	if n == nil {
		return nil
	}
	ok := spending.ValidCorporateNumber(*n)
	return &ok
}

// addSpending appends the spending_* rows of one sheet, in sheet order.
// rank numbers the recipients of a block from 1 in list order (a block
// listed in two runs goes on counting); contracts
// carry it so that they join their recipient exactly even when a block
// lists one name twice.
func (b *Builder) addSpending(k key, sp *spending.Spending) {
	if sp == nil {
		return
	}
	for i := range sp.Blocks {
		addRow(b, SpendingBlocks, k, spendingBlockCols, &sp.Blocks[i])
	}
	ranks := b.ranks[:0]
	for i := range sp.Recipients {
		rc := &sp.Recipients[i]
		rank := 0
		for j := range ranks {
			if ranks[j].block == rc.Block {
				ranks[j].n++
				rank = ranks[j].n
				break
			}
		}
		if rank == 0 {
			rank = 1
			ranks = append(ranks, blockRank{rc.Block, 1})
		}
		rr := recipientRow{rc: rc, rank: rank}
		addRow(b, SpendingRecipients, k, spendingRecipientCols, rr)
		for j := range rc.Contracts {
			addRow(b, SpendingContracts, k, spendingContractCols, contractRow{recipientRow: rr, c: &rc.Contracts[j]})
		}
	}
	b.ranks = ranks
	for i := range sp.Uses {
		addRow(b, SpendingUses, k, spendingUseCols, &sp.Uses[i])
	}
	for i := range sp.DebtContracts {
		addRow(b, SpendingDebtContracts, k, spendingDebtContractCols, debtRow{d: &sp.DebtContracts[i], i: i})
	}
}

// blockRank counts the recipients of a block seen so far.
type blockRank struct {
	block string
	n     int
}
