package budget

// Budget is the 予算・執行 section of one sheet.
type Budget struct {
	// Years holds one entry per column of the 予算額執行額表, in sheet
	// order (事業年度−2 … 事業年度+1 on 2025 sheets).
	Years []Year `json:"years"`
	// Accounts are the rows of the 会計区分 table of the 予算内訳表.
	Accounts []Account `json:"accounts"`
	// Items are the 予算種別/歳出予算項目 rows of the 予算内訳表.
	Items []Item `json:"items"`
	// ChangeReasons is 主な増減理由 (nil when "--").
	ChangeReasons *string `json:"change_reasons"`
	// SpecialNotes is その他特記事項 (nil when "--").
	SpecialNotes *string `json:"special_notes"`
	// AccountYears are the per-account rows of the RS CSV 2-1 table (one
	// per 予算年度 and 会計/勘定); empty for sheets read from text.
	AccountYears []AccountYear `json:"account_years,omitempty"`
}

// Year is one column of the 予算額執行額表. Every amount is yen; nil
// means the sheet printed "--".
type Year struct {
	Year          int      `json:"year"`           // 予算年度
	Request       *int64   `json:"request"`        // 要求額
	Initial       *int64   `json:"initial"`        // 当初予算
	Supplementary *int64   `json:"supplementary"`  // 補正予算
	CarriedOver   *int64   `json:"carried_over"`   // 前年度から繰越し
	Reserve       *int64   `json:"reserve"`        // 予備費等
	Total         *int64   `json:"total"`          // 計
	Executed      *int64   `json:"executed"`       // 執行額
	ExecutionRate *float64 `json:"execution_rate"` // 執行率 (%), as printed
	// ExecutionRateRaw is the 執行率 cell as the sheet prints it ("17.3%",
	// "--"): its decimals, trailing zeros included, are the precision
	// the rate is checked at. Empty for the RS CSV (a 5-decimal fraction).
	ExecutionRateRaw string `json:"execution_rate_raw,omitempty"`
	// ExecutedRaw is the 執行額 cell as the source wrote it when that
	// text was not kept as Executed: the RS CSV writes 0 for the
	// 事業年度's own budget year and later ones, meaning "not yet
	// executed", and the importer leaves Executed nil with
	// ExecutedRaw "0". Empty otherwise.
	ExecutedRaw string `json:"executed_raw,omitempty"`
	// The fields below are carried by the RS CSV (2-1 totals row) but not
	// printed in the sheet's 予算額執行額表; nil for sheets read from text.
	CarriedForward *int64  `json:"carried_forward,omitempty"` // 翌年度への繰越し
	NextRequest    *int64  `json:"next_request,omitempty"`    // 翌年度要求額 (the next column's 要求額)
	ChangeReasons  *string `json:"change_reasons,omitempty"`  // 主な増減理由 of this 予算年度's row
	SpecialNotes   *string `json:"special_notes,omitempty"`   // その他特記事項 of this 予算年度's row
}

// Account is one row of the 会計区分 table of the 予算内訳表.
type Account struct {
	Category string  `json:"category"` // 会計区分 (一般会計, 特別会計, …)
	Name     string  `json:"name"`     // 会計
	Sub      *string `json:"sub"`      // 勘定; nil when "--"
	Demand   *int64  `json:"demand"`   // 要望額 (yen); nil when "--"
	Note     *string `json:"note"`     // 備考
}

// IsCategory reports whether s is a value of 会計区分: 一般会計 or
// 特別会計, the only two the sheet prints (and the RS CSV holds). A
// parser reports any other value instead of reading it as an account.
func IsCategory(s string) bool { return s == "一般会計" || s == "特別会計" }

// Item is one 予算種別/歳出予算項目 row of the 予算内訳表.
type Item struct {
	// Account is the index into Budget.Accounts of the account block the
	// row is printed under.
	Account int `json:"account"`
	// BudgetType is the 予算種別 (当初予算, 補正予算, 前年度から繰越し, 予備費等).
	BudgetType string `json:"budget_type"`
	// Item is the 歳出予算項目 as printed, e.g.
	// "一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 庁費"; nil when "--".
	Item *string `json:"item"`
	// Path is Item split on " / ".
	Path        []string `json:"item_path"`
	Note        *string  `json:"note"`         // 備考
	Amount      *int64   `json:"amount"`       // 予算額 (yen)
	NextRequest *int64   `json:"next_request"` // 翌年度要求額 (yen)
	// Year is the 予算年度 of the row: the 事業年度 for a sheet read from
	// text (its 予算内訳表 breaks down that year's budget), the row's own
	// year in the RS CSV (2-2 lists several years). 0 when unknown.
	Year int `json:"budget_year,omitempty"`
	// BudgetTypeRaw is the 予算種別 as the RS CSV writes it when it is
	// more specific than BudgetType ("第1次補正予算", "予備費等1").
	BudgetTypeRaw string `json:"budget_type_raw,omitempty"`
	// Detail is 歳出予算項目の補足情報 of the RS CSV; nil when absent.
	Detail *string `json:"item_detail,omitempty"`
}

// AccountYear is one per-account row of the RS CSV 2-1 table (予算・執行
// サマリ): the budget of one 会計/勘定 in one 予算年度, in yen. Nil means
// the cell was empty.
type AccountYear struct {
	Year          int      `json:"year"`          // 予算年度
	Category      string   `json:"category"`      // 会計区分
	Name          string   `json:"name"`          // 会計
	Sub           *string  `json:"sub"`           // 勘定
	Initial       *int64   `json:"initial"`       // 当初予算
	Supplementary []*int64 `json:"supplementary"` // 第1次…第5次補正予算
	CarriedOver   *int64   `json:"carried_over"`  // 前年度から繰越し
	Reserve       []*int64 `json:"reserve"`       // 予備費等1…4
	Total         *int64   `json:"total"`         // 歳出予算現額
	Executed      *int64   `json:"executed"`      // 執行額
	// ExecutedRaw is the 執行額 cell when it was a placeholder left out
	// of Executed ("0" in a budget year from the 事業年度 on; see Year).
	ExecutedRaw string  `json:"executed_raw,omitempty"`
	NextRequest *int64  `json:"next_request"` // 翌年度要求額
	Demand      *int64  `json:"demand"`       // 要望額
	Note        *string `json:"note"`         // 備考
}

// Known 予算種別 values, as printed.
const (
	TypeInitial       = "当初予算"
	TypeSupplementary = "補正予算"
	TypeCarriedOver   = "前年度から繰越し"
	TypeReserve       = "予備費等"
)

// YearOf returns the column for budget year y, or nil.
func (b *Budget) YearOf(y int) *Year {
	for i := range b.Years {
		if b.Years[i].Year == y {
			return &b.Years[i]
		}
	}
	return nil
}
