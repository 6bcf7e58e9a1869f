package spending

import "strings"

// Method is 契約方式等 as printed on the sheet: one of the RS system's
// methods, optionally followed by the 具体的な契約方式等 in ASCII
// parentheses, e.g. "一般競争契約（総合評価）", "その他(-)" or
// "その他(再委託)". The full-width parentheses belong to the method name.
type Method string

// The 契約方式等 of the RS system (2025 format), as printed.
const (
	OpenLowestPrice        Method = "一般競争契約（最低価格）"
	OpenComprehensive      Method = "一般競争契約（総合評価）"
	SelectiveLowestPrice   Method = "指名競争契約（最低価格）"
	SelectiveComprehensive Method = "指名競争契約（総合評価）"
	NegotiatedPlanning     Method = "随意契約（企画競争）"
	NegotiatedPublic       Method = "随意契約（公募）"
	NegotiatedSmall        Method = "随意契約（少額）"
	NegotiatedUnsuccessful Method = "随意契約（不落・不調）"
	NegotiatedOther        Method = "随意契約（その他）"
	Subsidy                Method = "補助金等交付"
	OperatingGrant         Method = "運営費交付金交付"
	TreasuryDebt           Method = "国庫債務負担行為等"
	OtherMethod            Method = "その他"
)

// KnownMethods lists the base methods in the RS system's order.
var KnownMethods = []Method{
	OpenLowestPrice, OpenComprehensive, SelectiveLowestPrice, SelectiveComprehensive,
	NegotiatedPlanning, NegotiatedPublic, NegotiatedSmall, NegotiatedUnsuccessful, NegotiatedOther,
	Subsidy, OperatingGrant, TreasuryDebt, OtherMethod,
}

// MethodClass groups methods for the contract checks.
type MethodClass int

const (
	ClassUnknown     MethodClass = iota // not a known method
	ClassCompetitive                    // 一般競争契約, 指名競争契約: 入札者数 counts bidders
	ClassNegotiated                     // 随意契約
	ClassGrant                          // 補助金等交付, 運営費交付金交付: 入札者数 counts applicants
	ClassOther                          // 国庫債務負担行為等, その他
)

var classNames = [...]string{"unknown", "competitive", "negotiated", "grant", "other"}

// String returns a lower-case English name ("competitive", …).
func (c MethodClass) String() string {
	if c < 0 || int(c) >= len(classNames) {
		return "unknown"
	}
	return classNames[c]
}

// Base returns the method without its 具体的な契約方式等: "その他(-)" gives
// "その他". A method that is not known is returned as it is.
func (m Method) Base() Method {
	b, _, _ := m.split()
	return b
}

// Detail returns the 具体的な契約方式等 printed in ASCII parentheses after
// the method ("再委託" for "その他(再委託)"; "-" for "その他(-)"), or "".
func (m Method) Detail() string {
	_, d, _ := m.split()
	return d
}

// Known reports whether m is a known method, with or without a detail.
func (m Method) Known() bool {
	_, _, ok := m.split()
	return ok
}

// split finds the known base of m and the detail after it.
func (m Method) split() (base Method, detail string, ok bool) {
	s := string(m)
	for _, k := range KnownMethods {
		if s == string(k) {
			return k, "", true
		}
		// k + "(" + detail + ")", matched without building k + "("
		rest, found := strings.CutPrefix(s, string(k))
		if found && len(rest) > 2 && rest[0] == '(' && rest[len(rest)-1] == ')' {
			return k, rest[1 : len(rest)-1], true
		}
	}
	return m, "", false
}

// Class classifies the method by its base:
//
//	一般競争契約（…）, 指名競争契約（…）      → ClassCompetitive
//	随意契約（…）                          → ClassNegotiated
//	補助金等交付, 運営費交付金交付            → ClassGrant
//	国庫債務負担行為等, その他               → ClassOther
//	anything else                         → ClassUnknown
func (m Method) Class() MethodClass {
	switch m.Base() {
	case OpenLowestPrice, OpenComprehensive, SelectiveLowestPrice, SelectiveComprehensive:
		return ClassCompetitive
	case NegotiatedPlanning, NegotiatedPublic, NegotiatedSmall, NegotiatedUnsuccessful, NegotiatedOther:
		return ClassNegotiated
	case Subsidy, OperatingGrant:
		return ClassGrant
	case TreasuryDebt, OtherMethod:
		return ClassOther
	}
	return ClassUnknown
}

// Competitive reports whether the method is competitive bidding
// (一般競争 or 指名競争): only then does 入札者数 count bidders and a single
// bidder mean 一者応札.
func (m Method) Competitive() bool { return m.Class() == ClassCompetitive }

// ReasonThreshold is the amount (yen) from which a contract that falls
// under a ReasonCase must state 一者応札・一者応募又は競争性のない随意契約となった
// 理由及び改善策: 10億円, as the column header says (支出額10億円以上).
const ReasonThreshold = 1_000_000_000

// The cases of ReasonCase.
const (
	CaseOneBidder      = "一者応札"       // 一般・指名競争契約 with one bidder
	CaseOneApplicant   = "一者応募"       // 随意契約（公募・企画競争） with one applicant
	CaseNonCompetitive = "競争性のない随意契約" // 随意契約（その他・不落・不調）
)

// ReasonCase says which case of the reason rule the contract falls
// under: CaseOneBidder, CaseOneApplicant, CaseNonCompetitive, or "" (a
// 少額 or competitive contract with several bidders or an unknown count,
// grants, その他, unknown methods).
func (c *Contract) ReasonCase() string {
	one := c.Bidders != nil && *c.Bidders == 1
	switch c.Method.Base() {
	case OpenLowestPrice, OpenComprehensive, SelectiveLowestPrice, SelectiveComprehensive:
		if one {
			return CaseOneBidder
		}
	case NegotiatedPublic, NegotiatedPlanning:
		if one {
			return CaseOneApplicant
		}
	case NegotiatedOther, NegotiatedUnsuccessful:
		return CaseNonCompetitive
	}
	return ""
}

// ReasonMandatory reports whether the sheet must state a reason for c:
// it falls under a ReasonCase and its 支出額 is ReasonThreshold or more.
func (c *Contract) ReasonMandatory() bool {
	return c.ReasonCase() != "" && c.Amount != nil && *c.Amount >= ReasonThreshold
}
