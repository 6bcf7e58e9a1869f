package audit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"

	"github.com/rsheet/rsheet/spending"
)

// Finding codes of the 支出先 rules (docs/checks.md).
const (
	CodeFlowTotal          Code = "spending.flow_total"        // 資金の流れ amount = Σ blocks paid directly + 間接経費
	CodeFlowExecuted       Code = "spending.flow_executed"     // 資金の流れ amount = 執行額 of the execution year
	CodeIndirectSum        Code = "spending.indirect_sum"      // 間接経費 = Σ its items
	CodeBlockTotal         Code = "spending.block_total"       // block 合計支出額 = Σ its listed rows
	CodeRecipientTotal     Code = "spending.recipient_total"   // 支出額 = Σ its contracts
	CodeUsesTotal          Code = "spending.uses_total"        // Σ 費目・使途 of a recipient = its 支出額
	CodeRecipientCount     Code = "spending.recipient_count"   // listed rows ≤ 支出先の数
	CodeBlockGraph         Code = "spending.block_graph"       // unknown parent, cycle
	CodeBlockNotInFlow     Code = "spending.block_not_in_flow" // payees listed, no flow box
	CodeCorporateNumber    Code = "spending.corporate_number"  // 法人番号 check digit
	CodeCorporatePlacehold Code = "spending.corporate_number.placeholder"
	CodeLocalGovernment    Code = "spending.local_government"       // 地方公共団体コード check digit; a prefecture's own number
	CodeRateRange          Code = "spending.winning_bid_rate.range" // 0 < 落札率 ≤ 100
	CodeOneBidderHighRate  Code = "spending.one_bidder_high_rate"   // warning: 一者応札 at 落札率 ≥ 99%
	CodeOneBidder          Code = "spending.one_bidder"             // info: 一者応札 and no reason
	CodeReasonMissing      Code = "spending.reason_missing"         // warning: mandatory reason (≥ 10億円) absent
	CodeRateUndisclosed    Code = "spending.rate_undisclosed"       // warning
	CodeLowRate            Code = "spending.low_rate"               // warning: 落札率 < 50%
	CodeAllNegotiated      Code = "spending.all_negotiated"         // info: every contract a 随意契約 other than 少額
	CodeUnknownMethod      Code = "spending.method_unknown"
	CodeSpendingOverflow   Code = "spending.overflow" // error: a recomputed sum does not fit in int64 yen
)

// lowRate is the 落札率 below which a competitive contract is flagged;
// highRate the one from which a single bidder's is (2024 5-4: 372 of the
// 857 one-bidder competitive contracts).
const (
	lowRate  = 50.0
	highRate = 99.0
)

func (c *checker) spending() {
	sp := c.s.Spending
	if sp == nil {
		return
	}
	c.spendingFlow(sp)
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		path := fmt.Sprintf("spending.blocks[%d]", i)
		sum := sp.SumRecipients(b.Block)
		if b.Total != nil && sum.N > 0 {
			c.spendingSum(CodeBlockTotal, SeverityError, path+".total", *b.Total, sum, "block "+b.Block+" 合計支出額 vs Σ 支出先上位者リスト")
		}
		if b.RecipientCount != nil {
			listed := 0
			for j := range sp.Recipients {
				if sp.Recipients[j].Block == b.Block {
					listed++
				}
			}
			if listed > *b.RecipientCount {
				c.add(CodeRecipientCount, SeverityError, path+".recipient_count", strconv.Itoa(*b.RecipientCount), strconv.Itoa(listed),
					"block %s lists %d rows but 支出先の数 is %d", b.Block, listed, *b.RecipientCount)
			}
		}
		if !b.InFlow && sum.N > 0 {
			c.add(CodeBlockNotInFlow, SeverityWarning, path, "", "", "block %s has payees listed but no box in 資金の流れ", b.Block)
		}
	}
	for _, b := range sp.UnknownParents() {
		c.add(CodeBlockGraph, SeverityError, c.blockPath(sp, b), "", "", "block %s is paid from a block that does not exist", b)
	}
	for _, b := range sp.Cycles() {
		if blk := sp.BlockByName(b); blk != nil && blk.Parent == b {
			c.add(CodeBlockGraph, SeverityError, c.blockPath(sp, b), "", "", "block %s is paid from itself (a 資金の流れ link from %s to %s)", b, b, b)
			continue
		}
		c.add(CodeBlockGraph, SeverityError, c.blockPath(sp, b), "", "", "block %s is on a cycle of re-delegation", b)
	}
	for i := range sp.DebtContracts {
		c.debtContract(&sp.DebtContracts[i], fmt.Sprintf("spending.debt_contracts[%d]", i))
	}
	for i := range sp.Recipients {
		c.recipient(sp, i)
	}
	c.useCorporateNumbers(sp)
}

// useCorporateNumbers applies the 法人番号 rules to the numbers of the
// 費目・使途 rows (RS CSV 5-3), once per block, payee and number (a payee
// has one row per 費目), and not again for a payee whose row in the
// 支出先上位者リスト carries the same number.
func (c *checker) useCorporateNumbers(sp *spending.Spending) {
	seen := map[string]bool{}
	for i := range sp.Recipients {
		if r := &sp.Recipients[i]; r.CorporateNumber != nil {
			seen[r.Block+"\x00"+r.Name+"\x00"+*r.CorporateNumber] = true
		}
	}
	for i := range sp.Uses {
		u := &sp.Uses[i]
		if u.CorporateNumber == nil {
			continue
		}
		k := u.Block + "\x00" + u.Recipient + "\x00" + *u.CorporateNumber
		if seen[k] {
			continue
		}
		seen[k] = true
		c.corporateNumber(u.Recipient, u.CorporateNumber, fmt.Sprintf("spending.uses[%d].corporate_number", i))
	}
}

func (c *checker) blockPath(sp *spending.Spending, b string) string {
	for i := range sp.Blocks {
		if sp.Blocks[i].Block == b {
			return fmt.Sprintf("spending.blocks[%d]", i)
		}
	}
	return "spending.blocks"
}

// spendingFlow checks the top of 資金の流れ against the blocks and the
// budget table.
func (c *checker) spendingFlow(sp *spending.Spending) {
	f := &sp.Flow
	if f.Amount != nil {
		direct := sp.DirectPayment()
		if direct.N > 0 {
			c.spendingSum(CodeFlowTotal, SeverityError, "spending.flow.amount", *f.Amount, direct,
				"資金の流れ amount vs Σ blocks paid directly + 間接経費")
		}
		if y := c.s.Budget.YearOf(c.executionYear()); y != nil && y.Executed != nil && *y.Executed != *f.Amount {
			c.add(CodeFlowExecuted, SeverityError, "spending.flow.amount", num.Yen(*f.Amount), num.Yen(*y.Executed),
				"資金の流れ amount %s ≠ %d年度 執行額 %s", num.Yen(*f.Amount), y.Year, num.Yen(*y.Executed))
		}
	}
	if f.IndirectTotal != nil {
		if sum := f.SumIndirect(); sum.N > 0 {
			c.spendingSum(CodeIndirectSum, SeverityError, "spending.flow.indirect_total", *f.IndirectTotal, sum, "間接経費 vs Σ its items")
		}
	}
}

// recipient checks one row of the 支出先上位者リスト and its contracts.
func (c *checker) recipient(sp *spending.Spending, i int) {
	r := &sp.Recipients[i]
	path := fmt.Sprintf("spending.recipients[%d]", i)
	if r.Amount != nil {
		if sum := r.SumContracts(); sum.N > 0 {
			c.spendingSum(CodeRecipientTotal, SeverityError, path+".amount", *r.Amount, sum, r.Name+" 支出額 vs Σ 契約")
		}
		if sum := sp.SumUses(r.Block, r.Name); sum.N > 0 {
			c.spendingSum(CodeUsesTotal, SeverityWarning, path+".amount", *r.Amount, sum, r.Name+" 支出額 vs Σ 費目・使途")
		}
	}
	c.corporateNumber(r.Name, r.CorporateNumber, path+".corporate_number")
	negotiated := 0
	for j := range r.Contracts {
		k := &r.Contracts[j]
		c.contract(r, k, fmt.Sprintf("%s.contracts[%d]", path, j))
		if k.Method.Class() == spending.ClassNegotiated && k.Method.Base() != spending.NegotiatedSmall {
			negotiated++
		}
	}
	// 随意契約（少額） is what 予算決算及び会計令 99条 allows below its
	// thresholds: a payee is noted only when every contract is a 随意契約
	// of another kind.
	if !r.IsOther() && len(r.Contracts) > 0 && negotiated == len(r.Contracts) {
		c.add(CodeAllNegotiated, SeverityInfo, path, "", "", "%s: every contract (%d) is a 随意契約 (not 少額)", r.Name, negotiated)
	}
}

// corporateNumber checks a printed 法人番号 (nil: printed --).
func (c *checker) corporateNumber(name string, cn *string, path string) {
	switch {
	case cn == nil:
	case !spending.ValidCorporateNumber(*cn):
		c.add(CodeCorporateNumber, SeverityError, path, *cn, "", "%s: 法人番号 %s fails the check digit (国税庁 rule)", name, *cn)
	case spending.PlaceholderCorporateNumber(*cn):
		c.add(CodeCorporatePlacehold, SeverityInfo, path, *cn, "", "%s: 法人番号 %s is a placeholder, not a company", name, *cn)
	default:
		c.localGovernment(name, *cn, path)
	}
}

// localGovernment checks a valid 法人番号 against the local-government
// rules: inside a number of the form check digit + 000020 + 地方公共団体コード
// the code has its own check digit, and a payee named as a prefecture
// (岐阜県) carries that prefecture's own number.
func (c *checker) localGovernment(name, cn, path string) {
	code, isLocal := spending.LocalGovernmentCode(cn)
	name = strings.TrimSpace(name)
	switch {
	case isLocal && !spending.ValidLocalGovernmentCode(code):
		c.add(CodeLocalGovernment, SeverityError, path, cn, "", "%s: 地方公共団体コード %s inside 法人番号 %s fails its check digit", name, code, cn)
	case !spending.IsPrefectureName(name):
	case !isLocal:
		c.add(CodeLocalGovernment, SeverityError, path, cn, "", "%s: 法人番号 %s is not a local government's (check digit, 000020, 地方公共団体コード)", name, cn)
	case spending.PrefectureOf(code) != name || !spending.IsPrefectureCode(code):
		owner := spending.PrefectureOf(code)
		if !spending.IsPrefectureCode(code) {
			owner += "の市区町村"
		}
		c.add(CodeLocalGovernment, SeverityError, path, cn, "", "%s: 法人番号 %s carries 地方公共団体コード %s, that of %s", name, cn, code, owner)
	}
}

// debtContract checks a row of the 国庫債務負担行為等による契約先リスト: its
// 法人番号, and, when the source gives them (the RS CSV 5-4; the sheet
// prints only name, amount and 法人番号), the contract rules.
func (c *checker) debtContract(d *spending.DebtContract, path string) {
	c.corporateNumber(d.Name, d.CorporateNumber, path+".corporate_number")
	k := spending.Contract{Method: d.Method, Amount: d.Amount, Bidders: d.Bidders, WinningBidRate: d.WinningBidRate, Reason: d.Reason}
	if d.Contract != nil {
		k.Name = *d.Contract
	}
	c.contract(&spending.Recipient{Name: d.Name}, &k, path)
}

func (c *checker) contract(r *spending.Recipient, k *spending.Contract, path string) {
	if k.Method != "" && !k.Method.Known() {
		c.add(CodeUnknownMethod, SeverityInfo, path+".method", string(k.Method), "", "%s: 契約方式 %q is not a known method", r.Name, k.Method)
	}
	name := shorten(k.Name, 30)
	rate := c.winningBidRate(r, k, path)
	if k.Reason == nil && k.ReasonMandatory() {
		c.add(CodeReasonMissing, SeverityWarning, path+".reason", absent, "", "%s「%s」: %s of %s with no stated reason (mandatory from 10億円)",
			r.Name, name, k.ReasonCase(), num.Yen(*k.Amount))
	}
	if !k.Method.Competitive() {
		return
	}
	if k.Bidders != nil && *k.Bidders == 1 && k.Reason == nil {
		c.add(CodeOneBidder, SeverityInfo, path+".reason", absent, "", "%s「%s」: 一者応札 with no stated reason", r.Name, name)
	}
	if rate == nil && k.Reason == nil {
		c.add(CodeRateUndisclosed, SeverityWarning, path+".winning_bid_rate", absent, "", "%s「%s」: 落札率 not disclosed and no reason given", r.Name, name)
	}
	if rate != nil && *rate > 0 && *rate < lowRate {
		c.add(CodeLowRate, SeverityWarning, path+".winning_bid_rate", pct(*rate), "", "%s「%s」: 落札率 %s is below %v%%", r.Name, name, pct(*rate), lowRate)
	}
	if rate != nil && *rate >= highRate && k.Bidders != nil && *k.Bidders == 1 {
		c.add(CodeOneBidderHighRate, SeverityWarning, path+".winning_bid_rate", pct(*rate), "", "%s「%s」: one bidder won at 落札率 %s (≥ %v%%)", r.Name, name, pct(*rate), highRate)
	}
}

// winningBidRate checks a contract's 落札率 against its range and returns
// it, or nil when it is absent or means "not applicable": the RS CSV
// writes 0 where a method has no 落札率 (随意契約（不落・不調）and
// （その他）above all; 2024 5-4 also has 0 on 企画競争, 公募, 補助金等交付
// and その他 rows) and beside a blank 入札者数. On 一般・指名競争 with a
// 入札者数, 0 is a warning (a rate of 0 cannot be; it is still a stated
// figure, not an undisclosed one); a negative rate is an error. Above 100%
// is an error for 一般・指名競争 (会計法 29条の6: the winning bid is within
// the 予定価格), a warning for other methods.
func (c *checker) winningBidRate(r *spending.Recipient, k *spending.Contract, path string) *float64 {
	v := k.WinningBidRate
	if v == nil {
		return nil
	}
	path += ".winning_bid_rate"
	switch {
	case *v == 0 && (!k.Method.Competitive() || k.Bidders == nil):
		return nil
	case *v < 0:
		c.add(CodeRateRange, SeverityError, path, pct(*v), "", "%s: 落札率 %s is below 0", r.Name, pct(*v))
	case *v == 0:
		c.add(CodeRateRange, SeverityWarning, path, pct(*v), "", "%s: 落札率 0%% with 入札者数 %d on a %s", r.Name, *k.Bidders, k.Method)
	case *v > 100 && k.Method.Competitive():
		c.add(CodeRateRange, SeverityError, path, pct(*v), "100%", "%s: 落札率 %s is above 100%% on a %s (会計法 29条の6: the winning bid is within the 予定価格)", r.Name, pct(*v), k.Method)
	case *v > 100:
		c.add(CodeRateRange, SeverityWarning, path, pct(*v), "100%", "%s: 落札率 %s is above 100%%", r.Name, pct(*v))
	}
	return v
}

// shorten cuts s to n runes with an ellipsis, for messages.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}
