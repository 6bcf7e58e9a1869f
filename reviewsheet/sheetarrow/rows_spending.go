package sheetarrow

import "github.com/rsheet/rsheet/spending"

var (
	spendingBlockColumns = []column{
		{name: "block", typ: tString, ja: "支出先ブロック", notNull: true},
		{name: "name", typ: tString, ja: "支出先ブロック名"},
		{name: "parent", typ: tString, ja: "支出元の支出先ブロック"},
		{name: "total", typ: tInt64, ja: "合計支出額", unit: UnitYen},
		{name: "recipient_count", typ: tInt32, ja: "支出先の数"},
		{name: "role", typ: tString, ja: "事業を行う上での役割"},
		{name: "flow_note", typ: tString, ja: "資金の流れの補足情報（RS CSV）"},
	}
	spendingRecipientColumns = []column{
		{name: "block", typ: tString, ja: "支出先ブロック", notNull: true},
		{name: "rank", typ: tInt32, ja: "ブロック内の順位", notNull: true},
		{name: "name", typ: tString, ja: "支出先名"},
		{name: "amount", typ: tInt64, ja: "支出額", unit: UnitYen},
		{name: "corporate_number", typ: tString, ja: "法人番号"},
		{name: "corporate_number_valid", typ: tBool, ja: "法人番号の検査用数字が正しい"},
		{name: "location", typ: tString, ja: "所在地（RS CSV）"},
		{name: "corporate_type", typ: tDict, ja: "法人種別（RS CSV）"},
	}
	spendingContractColumns = []column{
		{name: "block", typ: tString, ja: "支出先ブロック", notNull: true},
		{name: "rank", typ: tInt32, ja: "ブロック内の順位", notNull: true},
		{name: "recipient", typ: tString, ja: "支出先名"},
		{name: "contract", typ: tString, ja: "契約概要（契約名）"},
		{name: "method", typ: tDict, ja: "契約方式等"},
		{name: "amount", typ: tInt64, ja: "支出額", unit: UnitYen},
		{name: "bidders", typ: tInt32, ja: "入札者数"},
		{name: "winning_bid_rate", typ: tFloat64, ja: "落札率", unit: UnitPercent},
		{name: "reason", typ: tString, ja: "一者応札等の理由と改善策∕落札率非公開の理由"},
		{name: "method_detail", typ: tDict, ja: "具体的な契約方式等（RS CSV）"},
	}
	spendingUseColumns = []column{
		{name: "block", typ: tString, ja: "支出先ブロック", notNull: true},
		{name: "recipient", typ: tString, ja: "支出先名"},
		{name: "contract", typ: tString, ja: "契約概要（契約名）"},
		{name: "item", typ: tDict, ja: "費目"},
		{name: "use", typ: tString, ja: "使途"},
		{name: "amount", typ: tInt64, ja: "金額", unit: UnitYen},
	}
	spendingDebtContractColumns = []column{
		{name: "row", typ: tInt32, ja: "行番号", notNull: true},
		{name: "name", typ: tString, ja: "契約先名"},
		{name: "amount", typ: tInt64, ja: "契約額", unit: UnitYen},
		{name: "corporate_number", typ: tString, ja: "法人番号"},
		{name: "corporate_number_valid", typ: tBool, ja: "法人番号の検査用数字が正しい"},
		{name: "block", typ: tString, ja: "支出先ブロック（RS CSV）"},
		{name: "contract", typ: tString, ja: "契約概要（契約名）（RS CSV）"},
		{name: "method", typ: tDict, ja: "契約方式等（RS CSV）"},
		{name: "method_detail", typ: tDict, ja: "具体的な契約方式等（RS CSV）"},
		{name: "bidders", typ: tInt32, ja: "入札者数（応募者数）（RS CSV）"},
		{name: "winning_bid_rate", typ: tFloat64, ja: "落札率（RS CSV）", unit: UnitPercent},
		{name: "reason", typ: tString, ja: "一者応札等の理由及び改善策（RS CSV）"},
		{name: "location", typ: tString, ja: "契約先の所在地（RS CSV）"},
		{name: "corporate_type", typ: tDict, ja: "契約先の法人種別（RS CSV）"},
	}
)

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
		bl := &sp.Blocks[i]
		r := b.start(SpendingBlocks, k)
		r.str(bl.Block)
		r.strnz(bl.Name)
		r.strnz(bl.Parent)
		r.i64p(bl.Total)
		r.intp(bl.RecipientCount)
		r.strp(bl.Role)
		r.strp(bl.FlowNote)
		r.end()
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
		r := b.start(SpendingRecipients, k)
		r.str(rc.Block)
		r.i32(int32(rank))
		r.strnz(rc.Name)
		r.i64p(rc.Amount)
		corporate(&r, rc.CorporateNumber)
		r.strp(rc.Location)
		r.dictp(rc.CorporateType)
		r.end()
		for j := range rc.Contracts {
			c := &rc.Contracts[j]
			r := b.start(SpendingContracts, k)
			r.str(rc.Block)
			r.i32(int32(rank))
			r.strnz(rc.Name)
			r.strnz(c.Name)
			r.dict(string(c.Method))
			r.i64p(c.Amount)
			r.intp(c.Bidders)
			r.f64p(c.WinningBidRate)
			r.strp(c.Reason)
			r.dictp(c.MethodDetail)
			r.end()
		}
	}
	b.ranks = ranks
	for i := range sp.Uses {
		u := &sp.Uses[i]
		r := b.start(SpendingUses, k)
		r.str(u.Block)
		r.strnz(u.Recipient)
		r.strp(u.Contract)
		r.dict(u.Item)
		r.strp(u.Use)
		r.i64p(u.Amount)
		r.end()
	}
	for i := range sp.DebtContracts {
		d := &sp.DebtContracts[i]
		r := b.start(SpendingDebtContracts, k)
		r.i32(int32(i + 1))
		r.strnz(d.Name)
		r.i64p(d.Amount)
		corporate(&r, d.CorporateNumber)
		r.strnz(d.Block)
		r.strp(d.Contract)
		r.dict(string(d.Method))
		r.dictp(d.MethodDetail)
		r.intp(d.Bidders)
		r.f64p(d.WinningBidRate)
		r.strp(d.Reason)
		r.strp(d.Location)
		r.dictp(d.CorporateType)
		r.end()
	}
}

// blockRank counts the recipients of a block seen so far.
type blockRank struct {
	block string
	n     int
}

// corporate appends corporate_number and corporate_number_valid (both
// null when the sheet prints "--").
func corporate(r *row, n *string) {
	if n == nil {
		r.null()
		r.null()
		return
	}
	r.str(*n)
	r.boolean(spending.ValidCorporateNumber(*n))
}
