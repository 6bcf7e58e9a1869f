package audit

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/rsheet/rsheet/spending"
)

// CodeVendorShare: one 法人番号 receives a large share of a ministry's
// listed contracts, across several of its projects (docs/checks.md).
const CodeVendorShare Code = "spending.vendor_share"

// Thresholds of spending.vendor_share.
const (
	vendorShare    = 0.10 // of the ministry's listed contract amounts
	vendorProjects = 2    // projects of the ministry the vendor appears in
)

// VendorTally adds up contract amounts per ministry (府省庁) and 法人番号
// over many sheets: the contract rows of the 支出先上位者リスト (RS CSV
// 5-1) and the 国庫債務負担行為等による契約 (5-4). Every contract with an
// amount counts towards its ministry's total; it counts towards a vendor
// when its 法人番号 passes the check digit and is not a placeholder
// (9999999999999). A single sheet cannot show this signal: feed every
// sheet of a set with Add, then call Findings.
type VendorTally struct {
	ministries map[string]*ministryTally
}

type ministryTally struct {
	total   spending.Sum
	vendors map[string]*vendorTally
}

type vendorTally struct {
	name     string
	amount   spending.Sum
	projects []string
}

// NewVendorTally returns an empty tally.
func NewVendorTally() *VendorTally {
	return &VendorTally{ministries: map[string]*ministryTally{}}
}

// Add counts the contracts of one sheet.
func (v *VendorTally) Add(s *reviewsheet.Sheet) {
	if s.Spending == nil {
		return
	}
	ministry := s.Organization.Ministry
	if ministry == "" {
		ministry = s.Ministry
	}
	m := v.ministries[ministry]
	if m == nil {
		m = &ministryTally{vendors: map[string]*vendorTally{}}
		v.ministries[ministry] = m
	}
	add := func(name string, cn *string, amount *int64) {
		if amount == nil || *amount <= 0 {
			return
		}
		m.total.Add(*amount)
		if cn == nil || !spending.ValidCorporateNumber(*cn) || spending.PlaceholderCorporateNumber(*cn) {
			return
		}
		t := m.vendors[*cn]
		if t == nil {
			t = &vendorTally{name: strings.TrimSpace(name)}
			m.vendors[*cn] = t
		}
		t.amount.Add(*amount)
		if !slices.Contains(t.projects, s.ProjectID) {
			t.projects = append(t.projects, s.ProjectID)
		}
	}
	for i := range s.Spending.Recipients {
		r := &s.Spending.Recipients[i]
		for j := range r.Contracts {
			add(r.Name, r.CorporateNumber, r.Contracts[j].Amount)
		}
	}
	for i := range s.Spending.DebtContracts {
		d := &s.Spending.DebtContracts[i]
		add(d.Name, d.CorporateNumber, d.Amount)
	}
}

// Findings returns one info per ministry and vendor whose contracts sum
// to 10% or more of the ministry's listed contract amounts and who
// appears in 2 or more of its projects, ordered by ministry, then share
// (largest first). File is the ministry, Path "spending", Stated the
// vendor's sum and Recomputed the ministry's.
func (v *VendorTally) Findings() []Finding {
	var out []Finding
	names := make([]string, 0, len(v.ministries))
	for n := range v.ministries {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, mn := range names {
		m := v.ministries[mn]
		if m.total.Overflow {
			out = append(out, Finding{File: mn, Code: CodeSpendingOverflow, Severity: SeverityError, Path: "spending",
				Recomputed: "overflow", Message: fmt.Sprintf("the contract amounts of %s sum beyond int64 yen (about 922京円): the inputs cannot be real", mn)})
			continue
		}
		total := m.total.Yen
		if total <= 0 {
			continue
		}
		type hit struct {
			cn string
			t  *vendorTally
		}
		var hits []hit
		for cn, t := range m.vendors {
			if len(t.projects) >= vendorProjects && float64(t.amount.Yen) >= vendorShare*float64(total) {
				hits = append(hits, hit{cn, t})
			}
		}
		slices.SortFunc(hits, func(a, b hit) int {
			if c := cmp.Compare(b.t.amount.Yen, a.t.amount.Yen); c != 0 {
				return c
			}
			return cmp.Compare(a.cn, b.cn)
		})
		for _, h := range hits {
			ps := slices.Clone(h.t.projects)
			slices.Sort(ps)
			out = append(out, Finding{File: mn, Code: CodeVendorShare, Severity: SeverityInfo, Path: "spending",
				Stated: num.Yen(h.t.amount.Yen), Recomputed: num.Yen(total),
				Message: fmt.Sprintf("%s (法人番号 %s) holds %.1f%% of the listed contract amounts of %s, across %d projects (%s)",
					h.t.name, h.cn, 100*float64(h.t.amount.Yen)/float64(total), mn, len(ps), strings.Join(ps, ", "))})
		}
	}
	return out
}
