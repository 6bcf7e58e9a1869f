package rsmap

import (
	"fmt"
	"strings"

	"github.com/rsheet/rsheet/spending"
)

// Tables 5-1 (支出情報), 5-2 (支出ブロックのつながり), 5-3 (費目・使途) and
// 5-4 (国庫債務負担行為等による契約).

const (
	c51Block         = "支出先ブロック番号"
	c51BlockName     = "支出先ブロック名"
	c51Count         = "支出先の数"
	c51Role          = "事業を行う上での役割"
	c51BlockTotal    = "ブロックの合計支出額"
	c51Payee         = "支出先名"
	c51CorpNo        = "法人番号"
	c51Address       = "所在地"
	c51CorpType      = "法人種別"
	c51Others        = "その他支出先"
	c51PayeeTotal    = "支出先の合計支出額"
	c51Contract      = "契約概要"
	c51Amount        = "金額"
	c51Method        = "契約方式等"
	c51MethodDetail  = "具体的な契約方式等"
	c51Bidders       = "入札者数"
	c51WinRate       = "落札率"
	c51Reason        = "一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（支出額10億円以上）"
	c51OtherContract = "その他の契約"

	c52FromBlock    = "支出元の支出先ブロック"
	c52FromName     = "支出元の支出先ブロック名"
	c52FromOrg      = "担当組織からの支出"
	c52ToBlock      = "支出先の支出先ブロック"
	c52ToName       = "支出先の支出先ブロック名"
	c52Note         = "資金の流れの補足情報"
	c52Indirect     = "国自らが支出する間接経費"
	c52IndirectItem = "国自らが支出する間接経費の項目"
	c52IndirectAmt  = "国自らが支出する間接経費の金額"

	c53Block    = "支出先ブロック番号"
	c53Payee    = "支出先名"
	c53CorpNo   = "法人番号"
	c53Contract = "契約概要"
	c53Expense  = "費目"
	c53Use      = "使途"
	c53Amount   = "金額"

	c54Sfx          = "（国庫債務負担行為等による契約）"
	c54Block        = "支出先ブロック" + c54Sfx
	c54Payee        = "契約先名" + c54Sfx
	c54CorpNo       = "契約先の法人番号" + c54Sfx
	c54Address      = "契約先の所在地" + c54Sfx
	c54CorpType     = "契約先の法人種別" + c54Sfx
	c54Contract     = "契約概要（契約名）" + c54Sfx
	c54OtherFlag    = "その他の契約"
	c54Amount       = "契約額" + c54Sfx
	c54Method       = "契約方式等" + c54Sfx
	c54MethodDetail = "具体的な契約方式等" + c54Sfx
	c54Bidders      = "入札者数（応募者数）" + c54Sfx
	c54WinRate      = "落札率（％）" + c54Sfx
	c54Reason       = "一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（契約額10億円以上）" + c54Sfx
	c54Other        = "その他の契約" + c54Sfx
)

var spec51 = &Spec{ID: "5-1", Title: "支出先_支出情報", Required: []string{c51Block, c51Payee, c51Amount},
	Known: []string{c51Block, c51BlockName, c51Count, c51Role, c51BlockTotal, c51Payee, c51CorpNo, c51Address,
		c51CorpType, c51Others, c51PayeeTotal, c51Contract, c51Amount, c51Method, c51MethodDetail, c51Bidders,
		c51WinRate, c51Reason, c51OtherContract}}

var spec52 = &Spec{ID: "5-2", Title: "支出先_支出ブロックのつながり", Required: []string{c52FromBlock, c52ToBlock},
	Known: []string{c52FromBlock, c52FromName, c52FromOrg, c52ToBlock, c52ToName, c52Note, c52Indirect,
		c52IndirectItem, c52IndirectAmt}}

var spec53 = &Spec{ID: "5-3", Title: "支出先_費目・使途", Required: []string{c53Block, c53Amount},
	Known: []string{c53Block, c53Payee, c53CorpNo, c53Contract, c53Expense, c53Use, c53Amount}}

var spec54 = &Spec{ID: "5-4", Title: "支出先_国庫債務負担行為等による契約", Required: []string{c54Block, c54Amount},
	Known: []string{c54Block, c54Payee, c54CorpNo, c54Address, c54CorpType, c54Contract, c54OtherFlag, c54Amount,
		c54Method, c54MethodDetail, c54Bidders, c54WinRate, c54Reason, c54Other}}

// spending maps 5-1 … 5-4 to the spending model; nil when the project has
// no row in any of them.
//
// 5-1 mixes three levels: a block row (ブロック名, 支出先の数, 役割,
// ブロックの合計支出額), a payee row (支出先名 with 支出先の合計支出額) and a
// contract row (支出先名 repeated, with 契約概要 and 金額). Contract rows
// attach to the latest payee of the same block and name. 法人番号 and
// amounts lose their trailing space. 入札者数 and 落札率 written as 0 and 0
// (2024: "not applicable") read as absent.
func (b *builder) spending() {
	r51, r52, r53, r54 := b.rows("5-1"), b.rows("5-2"), b.rows("5-3"), b.rows("5-4")
	if len(r51)+len(r52)+len(r53)+len(r54) == 0 {
		return
	}
	sp := &spending.Spending{Blocks: []spending.Block{}, Recipients: []spending.Recipient{},
		Uses: []spending.Use{}, DebtContracts: []spending.DebtContract{}}
	blockIdx := map[string]int{}
	block := func(name string) *spending.Block {
		if i, ok := blockIdx[name]; ok {
			return &sp.Blocks[i]
		}
		blockIdx[name] = len(sp.Blocks)
		sp.Blocks = append(sp.Blocks, spending.Block{Block: name})
		return &sp.Blocks[len(sp.Blocks)-1]
	}
	last := map[string]int{} // block + name → index of the latest payee
	for _, r := range r51 {
		bl := strings.TrimSpace(r.Get(c51Block))
		name := r.Get(c51Payee)
		if bl == "" {
			b.fail(r, c51Block, fmt.Errorf("empty 支出先ブロック番号"))
			continue
		}
		if strings.TrimSpace(name) == "" {
			blk := block(bl)
			blk.Name = r.Get(c51BlockName)
			blk.Total = b.yen(r, c51BlockTotal)
			blk.RecipientCount = b.int(r, c51Count)
			blk.Role = b.text(r, c51Role)
			continue
		}
		block(bl)
		k := bl + "\x00" + name
		isContract := strings.TrimSpace(r.Get(c51Contract)) != "" || strings.TrimSpace(r.Get(c51Amount)) != ""
		b.otherFlag(r, c51Others, name)
		if isContract {
			b.otherFlag(r, c51OtherContract, r.Get(c51Contract))
		}
		if !isContract || last[k] == 0 {
			sp.Recipients = append(sp.Recipients, spending.Recipient{Block: bl, Name: name,
				CorporateNumber: text(strings.TrimSpace(r.Get(c51CorpNo))), Contracts: []spending.Contract{},
				Location: b.text(r, c51Address), CorporateType: text(strings.TrimSpace(r.Get(c51CorpType)))})
			last[k] = len(sp.Recipients)
			if !isContract {
				sp.Recipients[len(sp.Recipients)-1].Amount = b.yen(r, c51PayeeTotal)
				continue
			}
		}
		rc := &sp.Recipients[last[k]-1]
		c := spending.Contract{Name: r.Get(c51Contract), Method: spending.Method(strings.TrimSpace(r.Get(c51Method))),
			Amount: b.yen(r, c51Amount), Reason: b.text(r, c51Reason), MethodDetail: b.text(r, c51MethodDetail)}
		c.Bidders, c.WinningBidRate = b.bids(r, c51Bidders, c51WinRate)
		rc.Contracts = append(rc.Contracts, c)
	}
	var indirect spending.Sum // the 間接経費 items, whose sum the sheet prints
	var lastIndirect Row
	for _, r := range r52 {
		to := strings.TrimSpace(r.Get(c52ToBlock))
		if from := strings.TrimSpace(r.Get(c52FromBlock)); to != "" && from == to {
			// a block split into parts inside itself (A 日本司法支援センター →
			// A 事業費, A 一般管理費): not a payment from the block to itself
			block(to).InFlow = true
		} else if to != "" {
			blk := block(to)
			blk.InFlow = true
			blk.Parent = from
			blk.FlowNote = b.text(r, c52Note)
			if blk.Name == "" {
				blk.Name = r.Get(c52ToName)
			}
			if b.bool(r, c52FromOrg) && sp.Flow.Ministry == "" {
				sp.Flow.Ministry = r.Get(c52FromName)
			}
		}
		if item, amt := r.Get(c52IndirectItem), b.yen(r, c52IndirectAmt); strings.TrimSpace(item) != "" || amt != nil {
			sp.Flow.Indirect = append(sp.Flow.Indirect, spending.IndirectCost{Item: item, Amount: amt})
			if amt != nil {
				indirect.Add(*amt)
				lastIndirect = r
			}
		}
	}
	switch {
	case indirect.Overflow:
		b.fail(lastIndirect, c52IndirectAmt, fmt.Errorf("the 間接経費 items sum beyond int64 yen"))
	case indirect.N > 0:
		sum := indirect.Yen
		sp.Flow.IndirectTotal = &sum
	}
	// a 支出元 letter that names no block is the paying organisation
	// written as a block (A 復興庁 → B 内閣府): the block is paid by the
	// organisation
	for i := range sp.Blocks {
		if p := sp.Blocks[i].Parent; p != "" && sp.BlockByName(p) == nil {
			sp.Blocks[i].Parent = ""
		}
	}
	for _, r := range r53 {
		sp.Uses = append(sp.Uses, spending.Use{Block: strings.TrimSpace(r.Get(c53Block)), Recipient: r.Get(c53Payee),
			Contract: b.text(r, c53Contract), Item: r.Get(c53Expense), Use: b.text(r, c53Use), Amount: b.yen(r, c53Amount),
			CorporateNumber: text(strings.TrimSpace(r.Get(c53CorpNo)))})
	}
	for _, r := range r54 {
		name, amt := r.Get(c54Payee), b.yen(r, c54Amount)
		if strings.TrimSpace(name) == "" && amt == nil {
			continue // the empty row every project has
		}
		d := spending.DebtContract{Name: name, Amount: amt, CorporateNumber: text(strings.TrimSpace(r.Get(c54CorpNo))),
			Block: strings.TrimSpace(r.Get(c54Block)), Contract: b.text(r, c54Contract),
			Method: spending.Method(strings.TrimSpace(r.Get(c54Method))), MethodDetail: b.text(r, c54MethodDetail),
			Reason: b.text(r, c54Reason), Location: b.text(r, c54Address), CorporateType: text(strings.TrimSpace(r.Get(c54CorpType)))}
		d.Bidders, d.WinningBidRate = b.bids(r, c54Bidders, c54WinRate)
		sp.DebtContracts = append(sp.DebtContracts, d)
	}
	b.sh.Spending = sp
}

// otherFlag checks a flag column (その他支出先, その他の契約) against the
// name it flags: TRUE exactly when the row is the one named その他. The
// model keeps the name, not the flag, so a disagreement is reported
// rather than lost. An empty cell says nothing.
func (b *builder) otherFlag(r Row, col, name string) {
	if strings.TrimSpace(r.Get(col)) == "" {
		return
	}
	if flag, isOther := b.bool(r, col), strings.TrimSpace(name) == spending.OtherName; flag != isOther {
		b.fail(r, col, fmt.Errorf("%s is %v but the name is %q", col, flag, name))
	}
}

// bids reads 入札者数 and 落札率 (percent); 0 and 0 together mean "not
// applicable" in the 2024 files and read as absent.
func (b *builder) bids(r Row, bidCol, rateCol string) (*int, *float64) {
	n, rate := b.int(r, bidCol), b.percent(r, rateCol)
	if n != nil && rate != nil && *n == 0 && *rate == 0 {
		return nil, nil
	}
	return n, rate
}
