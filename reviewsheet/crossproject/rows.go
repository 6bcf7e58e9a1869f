package crossproject

import "github.com/rsheet/rsheet/spending"

// Level says how a spending block is paid, from 資金の流れ (5-2 of the RS
// CSV): the level of a payment is the level of its block.
type Level string

const (
	// Direct blocks are paid by the organisation itself (5-2
	// 担当組織からの支出 = TRUE; Block.Parent == ""). Their amounts are
	// the ministry's spending: summing them never counts a yen twice.
	Direct Level = "direct"
	// Redelegated blocks are paid from another block (Block.Parent set):
	// their money is already inside the parent's amount. Adding them to
	// the direct blocks counts it twice.
	Redelegated Level = "redelegated"
	// Unlinked blocks have no link in 資金の流れ (no 5-2 row, or a block
	// printed only in the 支出先上位者リスト): whether they are paid
	// directly is not known, so they are kept apart too.
	Unlinked Level = "unlinked"
)

// BlockLevel returns the level of block b.
func BlockLevel(b *spending.Block) Level {
	switch {
	case b == nil || !b.InFlow:
		return Unlinked
	case b.Parent != "":
		return Redelegated
	}
	return Direct
}

// Source names the table a payment row comes from. The three are never
// added together: they describe the same money at different grain.
type Source string

const (
	// FromRecipients: 支出先上位者リスト (RS CSV 5-1, 支出先の合計支出額):
	// one row per payee and block, exact yen.
	FromRecipients Source = "recipients"
	// FromUses: 費目・使途 (5-3): one row per payee, contract and 費目,
	// rounded to thousands of yen in the RS CSV.
	FromUses Source = "uses"
	// FromDebtContracts: 国庫債務負担行為等による契約先リスト (5-4): 契約額,
	// the amount committed by the contract, not what was paid that year.
	FromDebtContracts Source = "debt_contracts"
)

// Sources lists the sources in output order.
var Sources = []Source{FromRecipients, FromUses, FromDebtContracts}

// Payment is one row of entity_payments: an amount a sheet states for one
// recipient in one block. Rows of different Source or Level are never
// summed together by this package.
type Payment struct {
	FiscalYear  int    // 事業年度 of the sheet
	ProjectID   string // 予算事業ID
	Ministry    string // 府省庁
	Source      Source
	Block       string // 支出先ブロック
	ParentBlock string // the block it is paid from; "" for direct and unlinked blocks
	Level       Level
	Name        string  // 支出先名 as written
	Number      *string // 法人番号 as written (nil when none)
	EntityKey   string  // see EntityKey
	Contract    *string // 契約概要 (5-3, 5-4); nil for 5-1 rows
	Item        *string // 費目 (5-3); nil otherwise
	Amount      *int64  // yen; nil when not stated
}

// Contract is one row of the contracts table: a 契約 of the 支出先上位者リスト
// (5-1) or of the 国庫債務負担行為等による契約先リスト (5-4).
type Contract struct {
	FiscalYear     int
	ProjectID      string
	Ministry       string
	Source         Source // FromRecipients (5-1) or FromDebtContracts (5-4)
	Block          string
	Level          Level
	Payee          string // 支出先名 / 契約先名
	EntityKey      string
	Name           string          // 契約概要
	Method         spending.Method // 契約方式等 as written
	Bidders        *int            // 入札者数
	WinningBidRate *float64        // 落札率 (%)
	Amount         *int64          // 支出額 (5-1) or 契約額 (5-4), yen
}

// OneBidder reports whether c is 一者応札: a competitive contract
// (一般競争 or 指名競争) with exactly one bidder.
func (c *Contract) OneBidder() bool {
	return c.Method.Competitive() && c.Bidders != nil && *c.Bidders == 1
}

// ProjectYear is one row of project_years: one 予算年度 column of one
// sheet's 予算額執行額表 (RS CSV 2-1 totals row). A project of several
// 事業年度 has one row per sheet and budget year; Latest marks the row
// of the newest sheet that states the budget year (the figures after the
// latest revision, executed amounts included).
type ProjectYear struct {
	ProjectID        string
	FiscalYear       int // 事業年度 of the sheet
	BudgetYear       int // 予算年度
	Ministry         string
	Name             string  // 事業名
	OldProjectNumber *string // 旧事業番号 (RS CSV 1-2), for joins with older sheets
	Input            string  // "csv" (RS CSV) or "sheet" (text or PDF)

	Request       *int64 // 要求額
	Initial       *int64 // 当初予算
	Supplementary *int64 // 補正予算
	CarriedOver   *int64 // 前年度から繰越し
	Reserve       *int64 // 予備費等
	Total         *int64 // 計 (歳出予算現額)
	Executed      *int64 // 執行額
	// CarriedForward is 翌年度への繰越し: the RS CSV's figure, or, when the
	// sheet does not state it (text), the next column's 前年度から繰越し
	// (CarriedForwardDerived is then true).
	CarriedForward        *int64
	CarriedForwardDerived bool
	// Unused is 不用相当額 = 計 − 執行額 − 翌年度への繰越し; nil unless
	// all three are known and the year is executed (BudgetYear <
	// FiscalYear). A project with 計 = 0 and an 執行額 (予算0・支出あり:
	// usually funded by a parent project, see 関連事業) gets a negative
	// figure: it is reported as computed, not patched.
	Unused *int64
	// StatedRate is 執行率 (%) as the sheet or CSV states it; Rate is
	// 執行額 ÷ 計 × 100 recomputed (nil when 計 is absent or 0, or the
	// year is not executed yet: BudgetYear ≥ FiscalYear).
	StatedRate *float64
	Rate       *float64
	Latest     bool
}
