package spending

// Spending is the 支出先 section of one sheet.
type Spending struct {
	// Flow is 資金の流れ: the organisation at the top of the diagram, the
	// money it spent and the 国自らが支出する間接経費.
	Flow Flow `json:"flow"`
	// Blocks are the 支出先ブロック, in the order of the 支出先上位者リスト
	// (then any block printed only in the flow, in flow order).
	Blocks []Block `json:"blocks"`
	// Recipients are the rows of the 支出先上位者リスト, in sheet order;
	// Recipient.Block says which block each belongs to.
	Recipients []Recipient `json:"recipients"`
	// Uses are the rows of 費目・使途, in sheet order.
	Uses []Use `json:"uses"`
	// DebtContracts are the rows of 国庫債務負担行為等による契約先リスト;
	// empty (never nil once parsed) when the sheet prints "--".
	DebtContracts []DebtContract `json:"debt_contracts"`
}

// Flow is 資金の流れ.
type Flow struct {
	// Ministry is the paying organisation as printed at the top of the
	// flow (内閣府).
	Ministry string `json:"ministry"`
	// Amount is the money printed under it (yen); it equals 執行額 of the
	// execution year on a consistent sheet.
	Amount *int64 `json:"amount"`
	// IndirectTotal is 間接経費 (国自らが支出する間接経費), yen; nil when the
	// flow prints none.
	IndirectTotal *int64 `json:"indirect_total"`
	// Indirect are the numbered 間接経費 items ("1. 職員旅費: 1,079 千円").
	Indirect []IndirectCost `json:"indirect"`
}

// IndirectCost is one item of 国自らが支出する間接経費.
type IndirectCost struct {
	Item   string `json:"item"`   // 国自らが支出する間接経費の項目 (職員旅費)
	Amount *int64 `json:"amount"` // yen
}

// Block is one 支出先ブロック.
type Block struct {
	// Block is the block's letter(s) as printed: "A", "B", … (real sheets
	// go past Z with two letters).
	Block string `json:"block"`
	// Name is 支出先ブロック名, e.g. "岐阜県　ほか" (U+3000 kept).
	Name string `json:"name"`
	// Total is 合計支出額 in yen.
	Total *int64 `json:"total"`
	// RecipientCount is 支出先の数 (支出先数); nil when not printed.
	RecipientCount *int `json:"recipient_count"`
	// Role is 事業を行う上での役割 (the text of the flow box); nil when "--".
	Role *string `json:"role"`
	// Parent is the block this block is paid from (支出元の支出先ブロック);
	// "" when the organisation itself pays it (担当組織からの支出).
	Parent string `json:"parent"`
	// InFlow reports whether the block has a box in 資金の流れ. A block
	// printed only in the 支出先上位者リスト has no flow link.
	InFlow bool `json:"in_flow"`
	// FlowNote is 資金の流れの補足情報 of the RS CSV (5-2) on the link into
	// the block; the sheet text does not set it.
	FlowNote *string `json:"flow_note,omitempty"`
}

// Recipient is one row of the 支出先上位者リスト with its contracts.
type Recipient struct {
	Block string `json:"block"` // the block the row is listed under
	// Name is 支出先名; "その他" for the row that sums the payees beyond
	// the top ten.
	Name string `json:"name"`
	// Amount is 支出額 in yen.
	Amount *int64 `json:"amount"`
	// CorporateNumber is 法人番号 as printed (13 digits, leading zeros
	// kept); nil when "--". It is not validated here: see
	// ValidCorporateNumber.
	CorporateNumber *string    `json:"corporate_number"`
	Contracts       []Contract `json:"contracts"`
	// Location (所在地) and CorporateType (法人種別, the 国税庁 code such as
	// "301" for 株式会社) come from the RS CSV (5-1); the sheet does not
	// print them, and they are omitted from JSON when unknown.
	Location      *string `json:"location,omitempty"`
	CorporateType *string `json:"corporate_type,omitempty"`
}

// IsOther reports whether r is the その他 row of its block.
func (r *Recipient) IsOther() bool { return r.Name == OtherName }

// OtherName is the name of the row summing the payees not listed.
const OtherName = "その他"

// Contract is one 契約概要 row under a recipient.
type Contract struct {
	Name   string `json:"name"`   // 契約概要（契約名）, rejoined when wrapped
	Method Method `json:"method"` // 契約方式等 as printed, e.g. 随意契約（少額）
	Amount *int64 `json:"amount"` // 支出額 in yen
	// Bidders is 入札者数 (the number of applicants for grants); nil when "--".
	Bidders *int `json:"bidders"`
	// WinningBidRate is 落札率 in percent as printed; nil when "--" or
	// not disclosed (see Reason).
	WinningBidRate *float64 `json:"winning_bid_rate"`
	// Reason is 一者応札等の理由と改善策∕落札率非公開の理由; nil when "--".
	Reason *string `json:"reason"`
	// MethodDetail is 具体的な契約方式等 of the RS CSV (再委託, 謝金支払, …);
	// the sheet does not print it.
	MethodDetail *string `json:"method_detail,omitempty"`
}

// Use is one row of 費目・使途. Rows the sheet prints with "--" in the
// recipient columns continue the row above: they carry its block,
// recipient and contract.
type Use struct {
	Block     string  `json:"block"`
	Recipient string  `json:"recipient"` // 支出先名
	Contract  *string `json:"contract"`  // 契約概要（契約名）
	Item      string  `json:"item"`      // 費目
	Use       *string `json:"use"`       // 使途
	Amount    *int64  `json:"amount"`    // 金額 in yen
	// CorporateNumber is the 法人番号 the RS CSV (5-3) gives the payee;
	// nil for sheet text (which does not print it there) or a blank cell.
	CorporateNumber *string `json:"corporate_number,omitempty"`
}

// DebtContract is one row of 国庫債務負担行為等による契約先リスト.
type DebtContract struct {
	Name            string  `json:"name"`             // 契約先名
	Amount          *int64  `json:"amount"`           // 契約額 in yen
	CorporateNumber *string `json:"corporate_number"` // 法人番号; nil when "--"

	// The RS CSV (5-4) says more than the sheet prints; these are
	// omitted from JSON when unknown.
	Block          string   `json:"block,omitempty"`            // 支出先ブロック
	Contract       *string  `json:"contract,omitempty"`         // 契約概要（契約名）
	Method         Method   `json:"method,omitempty"`           // 契約方式等
	MethodDetail   *string  `json:"method_detail,omitempty"`    // 具体的な契約方式等
	Bidders        *int     `json:"bidders,omitempty"`          // 入札者数（応募者数）
	WinningBidRate *float64 `json:"winning_bid_rate,omitempty"` // 落札率（％）
	Reason         *string  `json:"reason,omitempty"`           // 一者応札・一者応募又は競争性のない随意契約となった理由及び改善策
	Location       *string  `json:"location,omitempty"`         // 契約先の所在地
	CorporateType  *string  `json:"corporate_type,omitempty"`   // 契約先の法人種別
}

// BlockByName returns the block with letter b, or nil.
func (s *Spending) BlockByName(b string) *Block {
	for i := range s.Blocks {
		if s.Blocks[i].Block == b {
			return &s.Blocks[i]
		}
	}
	return nil
}
