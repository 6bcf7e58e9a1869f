package crossproject

import "github.com/rsheet/rsheet/spending"

// MinistrySummary is one row of summary_ministry: the sheets of one
// 府省庁 in one 事業年度. Every amount is a Sum of rows of project_years
// or of the sheets' blocks, so a figure with no rows behind it is absent,
// never 0.
type MinistrySummary struct {
	FiscalYear int
	Ministry   string
	Order      *int // 府省庁の建制順 (RS CSV), for sorting; nil for text
	Sheets     int

	// ExecutionYear is FiscalYear − 1: the latest year a sheet of
	// 事業年度 S reports execution for.
	ExecutionYear int
	// Budget and Executed are Σ 計 and Σ 執行額 of ExecutionYear over the
	// ministry's sheets (project_years rows with budget_year =
	// execution year of this fiscal year's sheets).
	Budget   Sum
	Executed Sum
	// ProjectsRated counts the sheets whose ExecutionYear has 計 > 0 and an
	// 執行額; ProjectsBelowHalf those of them with 執行額 ÷ 計 < 50 %.
	ProjectsRated     int
	ProjectsBelowHalf int

	// Block totals (合計支出額) by level: Direct is the ministry's own
	// spending; Redelegated is money already inside a direct block.
	DirectBlocks      Sum
	RedelegatedBlocks Sum
	UnlinkedBlocks    Sum

	// Coverage: sheets with at least one row in the 支出先上位者リスト
	// (5-1), 費目・使途 (5-3), 国庫債務負担行為等 (5-4), and with a block
	// total. A 0 here means the table is absent for these sheets: the
	// amounts built from it are absent too, not zero.
	SheetsWithRecipients    int
	SheetsWithUses          int
	SheetsWithDebtContracts int
	SheetsWithBlockTotals   int
}

// ContractStats summarises a group of contracts (one Source only).
//
//	contracts             every contract of the group in a direct or unlinked
//	                      block (contracts of re-delegated blocks are made by
//	                      recipients with money already counted: they are
//	                      only counted, in redelegated)
//	competitive           一般競争契約 and 指名競争契約
//	bidders known         competitive contracts stating 入札者数
//	one bidder            competitive contracts with 入札者数 = 1 (一者応札)
//	one-bidder share      one bidder ÷ bidders known (count; and amount ÷ amount)
//	negotiated            随意契約 (any kind)
//	negotiated share      negotiated ÷ (competitive + negotiated) (count; amount)
//	mean 落札率            mean of the 落札率 stated on competitive contracts
//	                      (a 落札率 of 0 %, written where none is disclosed,
//	                      is not a rate and is left out)
type ContractStats struct {
	FiscalYear int
	By         string // "ministry" or "method"
	Group      string // the ministry, or the 契約方式等 without detail
	Source     Source

	Contracts        int
	Redelegated      int // contracts of re-delegated blocks, left out of every other figure
	Amount           Sum
	Competitive      int
	CompetitiveAmt   Sum
	BiddersKnown     int
	BiddersKnownAmt  Sum
	OneBidder        int
	OneBidderAmt     Sum
	Negotiated       int
	NegotiatedAmt    Sum
	RatedCompetitive int     // competitive contracts with a 落札率 above 0
	RateSum          float64 // Σ 落札率 of those, percent
}

// add counts contract c. A contract of a re-delegated block is made by
// a recipient with money already counted at its payer: it is counted in
// Redelegated only.
func (s *ContractStats) add(c *Contract) error {
	if c.Level == Redelegated {
		s.Redelegated++
		return nil
	}
	s.Contracts++
	if err := s.Amount.AddPtr(c.Amount); err != nil {
		return err
	}
	switch c.Method.Class() {
	case spending.ClassCompetitive:
		s.Competitive++
		if err := s.CompetitiveAmt.AddPtr(c.Amount); err != nil {
			return err
		}
		if c.Bidders != nil {
			s.BiddersKnown++
			if err := s.BiddersKnownAmt.AddPtr(c.Amount); err != nil {
				return err
			}
			if *c.Bidders == 1 {
				s.OneBidder++
				if err := s.OneBidderAmt.AddPtr(c.Amount); err != nil {
					return err
				}
			}
		}
		if c.WinningBidRate != nil && *c.WinningBidRate > 0 {
			s.RatedCompetitive++
			s.RateSum += *c.WinningBidRate
		}
	case spending.ClassNegotiated:
		s.Negotiated++
		if err := s.NegotiatedAmt.AddPtr(c.Amount); err != nil {
			return err
		}
	}
	return nil
}

// ratio returns a ÷ b, or nil when b is 0.
func ratio(a, b float64) *float64 {
	if b == 0 {
		return nil
	}
	r := a / b
	return &r
}

// OneBidderShare is 一者応札 ÷ competitive contracts stating 入札者数, by
// count; nil when there are none.
func (s *ContractStats) OneBidderShare() *float64 {
	return ratio(float64(s.OneBidder), float64(s.BiddersKnown))
}

// OneBidderAmountShare is the same share by amount.
func (s *ContractStats) OneBidderAmountShare() *float64 {
	return ratio(float64(s.OneBidderAmt.Yen), float64(s.BiddersKnownAmt.Yen))
}

// NegotiatedShare is 随意契約 ÷ (competitive + 随意契約), by count.
func (s *ContractStats) NegotiatedShare() *float64 {
	return ratio(float64(s.Negotiated), float64(s.Competitive+s.Negotiated))
}

// NegotiatedAmountShare is the same share by amount.
func (s *ContractStats) NegotiatedAmountShare() *float64 {
	return ratio(float64(s.NegotiatedAmt.Yen), float64(s.CompetitiveAmt.Yen+s.NegotiatedAmt.Yen))
}

// MeanWinningBidRate is the mean 落札率 (%) of the competitive contracts
// that state one.
func (s *ContractStats) MeanWinningBidRate() *float64 {
	return ratio(s.RateSum, float64(s.RatedCompetitive))
}

// Entity is one row of entities: a recipient across every sheet, year and
// source.
type Entity struct {
	Key                 string
	Kind                KeyKind
	CorporateNumber     string // valid 法人番号 of the key; ""
	LocalGovernmentCode string // 地方公共団体コード; ""
	Prefecture          string // 都道府県 of a local government; ""
	// Name is the spelling written most often (ties: the smallest).
	Name string
	// Names are every distinct spelling, sorted: more than one for a
	// KeyName entity means NormalizeName merged them.
	Names []string
	Rows  int // payment rows keyed to the entity
	// PlaceholderRows and InvalidRows count rows whose 法人番号 was a
	// placeholder or invalid and so was not used.
	PlaceholderRows int
	InvalidRows     int
}

// EntityTotal is one row of entity_totals: what one entity received in
// one 事業年度 according to one Source, by level. Direct + Redelegated is
// what the entity received; summing it over entities counts re-delegated
// money twice (once at the payer, once at the payee) — sum Direct only
// for a total.
type EntityTotal struct {
	FiscalYear  int
	Key         string
	Source      Source
	Direct      Sum
	Redelegated Sum
	Unlinked    Sum
	Rows        int
	Projects    int
	lastProject string
}

// Received is Direct + Redelegated + Unlinked: the money the entity got.
func (t *EntityTotal) Received() (int64, error) {
	s, err := addYen(t.Direct.Yen, t.Redelegated.Yen)
	if err != nil {
		return 0, err
	}
	return addYen(s, t.Unlinked.Yen)
}

// YearCoverage says what one 事業年度 of the inputs holds.
type YearCoverage struct {
	FiscalYear              int
	Sheets                  int
	SheetsWithRecipients    int
	SheetsWithUses          int
	SheetsWithDebtContracts int
	SheetsWithBlockTotals   int
}
