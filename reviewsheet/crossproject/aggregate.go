package crossproject

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

// Aggregator gathers the cross-project tables from a stream of sheets:
// Add one sheet at a time (from text, PDF or RS CSV, of any 事業年度),
// then call Result. It keeps the derived rows, not the sheets.
type Aggregator struct {
	seen      map[sheetKey]bool
	dups      []string
	entities  map[string]*entityAcc
	totals    map[totalKey]*EntityTotal
	ministry  map[ministryKey]*MinistrySummary
	byMin     map[statsKey]*ContractStats
	byMethod  map[statsKey]*ContractStats
	years     map[int]*YearCoverage
	payments  []Payment
	contracts []Contract
	projYears []ProjectYear
	names     []sheetName
	sheets    int
	err       error
}

// sheetName is the 事業名 of one added sheet (for Candidates).
type sheetName struct {
	year     int
	id, name string
}

type sheetKey struct {
	year int
	id   string
}

type totalKey struct {
	year   int
	key    string
	source Source
}

type ministryKey struct {
	year     int
	ministry string
}

type statsKey struct {
	year   int
	group  string
	source Source
}

type entityAcc struct {
	Entity
	names map[string]int
}

// New returns an empty Aggregator.
func New() *Aggregator {
	return &Aggregator{
		seen: map[sheetKey]bool{}, entities: map[string]*entityAcc{}, totals: map[totalKey]*EntityTotal{},
		ministry: map[ministryKey]*MinistrySummary{}, byMin: map[statsKey]*ContractStats{},
		byMethod: map[statsKey]*ContractStats{}, years: map[int]*YearCoverage{},
	}
}

// Add adds one sheet. A sheet whose (事業年度, 予算事業ID) was added
// before (the text and the PDF of one sheet, or the same CSV given twice)
// is skipped and listed in Result.Duplicates, so that nothing is counted
// twice. An error (a sum overflowing int64) stops the aggregation: Add
// and Result return it from then on.
func (a *Aggregator) Add(s *reviewsheet.Sheet) error {
	if a.err != nil {
		return a.err
	}
	k := sheetKey{s.FiscalYear, s.ProjectID}
	if a.seen[k] {
		a.dups = append(a.dups, strconv.Itoa(s.FiscalYear)+"/"+s.ProjectID)
		return nil
	}
	a.seen[k] = true
	a.sheets++
	a.names = append(a.names, sheetName{s.FiscalYear, s.ProjectID, s.Name})
	if err := a.add(s); err != nil {
		a.err = fmt.Errorf("crossproject: sheet %d/%s: %w", s.FiscalYear, s.ProjectID, err)
	}
	return a.err
}

// ministryOf returns the 府省庁 of s: 組織情報's, else the title's.
func ministryOf(s *reviewsheet.Sheet) string {
	if s.Organization.Ministry != "" {
		return s.Organization.Ministry
	}
	return s.Ministry
}

func (a *Aggregator) add(s *reviewsheet.Sheet) error {
	ministry := ministryOf(s)
	ms := a.ministry[ministryKey{s.FiscalYear, ministry}]
	if ms == nil {
		ms = &MinistrySummary{FiscalYear: s.FiscalYear, Ministry: ministry, ExecutionYear: s.FiscalYear - 1}
		a.ministry[ministryKey{s.FiscalYear, ministry}] = ms
	}
	if s.Registry != nil && s.Registry.MinistryOrder != nil && ms.Order == nil {
		o := *s.Registry.MinistryOrder
		ms.Order = &o
	}
	ms.Sheets++
	yc := a.years[s.FiscalYear]
	if yc == nil {
		yc = &YearCoverage{FiscalYear: s.FiscalYear}
		a.years[s.FiscalYear] = yc
	}
	yc.Sheets++
	if err := a.addBudget(s, ms); err != nil {
		return err
	}
	sp := s.Spending
	if sp == nil {
		return nil
	}
	if len(sp.Recipients) > 0 {
		ms.SheetsWithRecipients++
		yc.SheetsWithRecipients++
	}
	if len(sp.Uses) > 0 {
		ms.SheetsWithUses++
		yc.SheetsWithUses++
	}
	if len(sp.DebtContracts) > 0 {
		ms.SheetsWithDebtContracts++
		yc.SheetsWithDebtContracts++
	}
	withTotal := false
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		if b.Total == nil {
			continue
		}
		withTotal = true
		var err error
		switch BlockLevel(b) {
		case Direct:
			err = ms.DirectBlocks.Add(*b.Total)
		case Redelegated:
			err = ms.RedelegatedBlocks.Add(*b.Total)
		default:
			err = ms.UnlinkedBlocks.Add(*b.Total)
		}
		if err != nil {
			return err
		}
	}
	if withTotal {
		ms.SheetsWithBlockTotals++
		yc.SheetsWithBlockTotals++
	}
	return a.addSpending(s, ministry, sp)
}

// addSpending adds the payment and contract rows of one sheet.
func (a *Aggregator) addSpending(s *reviewsheet.Sheet, ministry string, sp *spending.Spending) error {
	level := func(block string) (Level, string) {
		b := sp.BlockByName(block)
		if b == nil {
			return Unlinked, ""
		}
		return BlockLevel(b), b.Parent
	}
	// numbers are the 法人番号 the sheet's 支出先上位者リスト gives each
	// payee, by block and name and by name alone: 費目・使途 of a sheet
	// read from text prints no number, and the same payee must get the
	// same key.
	numbers := map[string]*string{}
	for i := range sp.Recipients {
		if r := &sp.Recipients[i]; r.CorporateNumber != nil {
			numbers[r.Block+"\x00"+r.Name] = r.CorporateNumber
			if _, ok := numbers[r.Name]; !ok {
				numbers[r.Name] = r.CorporateNumber
			}
		}
	}
	pay := func(p Payment) error {
		p.FiscalYear, p.ProjectID, p.Ministry = s.FiscalYear, s.ProjectID, ministry
		p.Level, p.ParentBlock = level(p.Block)
		num := p.Number
		if num == nil || strings.TrimSpace(*num) == "" {
			if n, ok := numbers[p.Block+"\x00"+p.Name]; ok {
				num = n
			} else if n, ok := numbers[p.Name]; ok {
				num = n
			}
		}
		key := EntityKey(p.Name, num, s.FiscalYear, s.ProjectID, p.Block)
		p.EntityKey = key.Key
		a.entity(key, p.Name)
		a.payments = append(a.payments, p)
		return a.total(&p)
	}
	for i := range sp.Recipients {
		r := &sp.Recipients[i]
		if err := pay(Payment{Source: FromRecipients, Block: r.Block, Name: r.Name, Number: r.CorporateNumber, Amount: r.Amount}); err != nil {
			return err
		}
		lv, _ := level(r.Block)
		for j := range r.Contracts {
			c := &r.Contracts[j]
			if err := a.contract(Contract{FiscalYear: s.FiscalYear, ProjectID: s.ProjectID, Ministry: ministry,
				Source: FromRecipients, Block: r.Block, Level: lv, Payee: r.Name,
				EntityKey: a.payments[len(a.payments)-1].EntityKey, Name: c.Name, Method: c.Method,
				Bidders: c.Bidders, WinningBidRate: c.WinningBidRate, Amount: c.Amount}); err != nil {
				return err
			}
		}
	}
	for i := range sp.Uses {
		u := &sp.Uses[i]
		item := u.Item
		if err := pay(Payment{Source: FromUses, Block: u.Block, Name: u.Recipient, Number: u.CorporateNumber,
			Contract: u.Contract, Item: &item, Amount: u.Amount}); err != nil {
			return err
		}
	}
	for i := range sp.DebtContracts {
		d := &sp.DebtContracts[i]
		if err := pay(Payment{Source: FromDebtContracts, Block: d.Block, Name: d.Name, Number: d.CorporateNumber,
			Contract: d.Contract, Amount: d.Amount}); err != nil {
			return err
		}
		p := &a.payments[len(a.payments)-1]
		name := ""
		if d.Contract != nil {
			name = *d.Contract
		}
		if err := a.contract(Contract{FiscalYear: s.FiscalYear, ProjectID: s.ProjectID, Ministry: ministry,
			Source: FromDebtContracts, Block: d.Block, Level: p.Level, Payee: d.Name, EntityKey: p.EntityKey,
			Name: name, Method: d.Method, Bidders: d.Bidders, WinningBidRate: d.WinningBidRate, Amount: d.Amount}); err != nil {
			return err
		}
	}
	return nil
}

// entity records one row keyed to k, written as name.
func (a *Aggregator) entity(k Key, name string) {
	e := a.entities[k.Key]
	if e == nil {
		e = &entityAcc{Entity: Entity{Key: k.Key, Kind: k.Kind, CorporateNumber: k.CorporateNumber,
			LocalGovernmentCode: k.LocalGovernmentCode, Prefecture: spending.PrefectureOf(k.LocalGovernmentCode)},
			names: map[string]int{}}
		a.entities[k.Key] = e
	}
	e.Rows++
	e.names[name]++
	switch k.NumberProblem {
	case NumberPlaceholder:
		e.PlaceholderRows++
	case NumberInvalid:
		e.InvalidRows++
	}
}

// total adds payment p to its entity's total.
func (a *Aggregator) total(p *Payment) error {
	tk := totalKey{p.FiscalYear, p.EntityKey, p.Source}
	t := a.totals[tk]
	if t == nil {
		t = &EntityTotal{FiscalYear: p.FiscalYear, Key: p.EntityKey, Source: p.Source}
		a.totals[tk] = t
	}
	t.Rows++
	if t.lastProject != p.ProjectID {
		t.lastProject = p.ProjectID
		t.Projects++
	}
	switch p.Level {
	case Direct:
		return t.Direct.AddPtr(p.Amount)
	case Redelegated:
		return t.Redelegated.AddPtr(p.Amount)
	}
	return t.Unlinked.AddPtr(p.Amount)
}

// contract records c and adds it to the ministry and method statistics.
func (a *Aggregator) contract(c Contract) error {
	a.contracts = append(a.contracts, c)
	p := &a.contracts[len(a.contracts)-1]
	if err := addStats(a.byMin, "ministry", p.Ministry, p); err != nil {
		return err
	}
	return addStats(a.byMethod, "method", string(p.Method.Base()), p)
}

// addStats adds c to the statistics of its group in m.
func addStats(m map[statsKey]*ContractStats, by, group string, c *Contract) error {
	k := statsKey{c.FiscalYear, group, c.Source}
	st := m[k]
	if st == nil {
		st = &ContractStats{FiscalYear: c.FiscalYear, By: by, Group: group, Source: c.Source}
		m[k] = st
	}
	return st.add(c)
}

// Result is what an Aggregator gathered, every slice in a deterministic
// order.
type Result struct {
	Sheets int // sheets added (duplicates not included)
	// Duplicates are the "YEAR/ID" of sheets skipped because they were
	// added before.
	Duplicates []string
	Years      []YearCoverage    // by 事業年度
	Entities   []Entity          // by key
	Totals     []EntityTotal     // by 事業年度, source, key
	Payments   []Payment         // in input order
	Contracts  []Contract        // in input order
	Projects   []ProjectYear     // by 予算事業ID, 事業年度, 予算年度
	Ministries []MinistrySummary // by 事業年度, 建制順, name
	ByMinistry []ContractStats   // by 事業年度, source, 建制順, name
	ByMethod   []ContractStats   // by 事業年度, source, method (KnownMethods order)

	sheets []sheetName
}

// Result returns the tables. It can be called once, after the last Add.
func (a *Aggregator) Result() (*Result, error) {
	if a.err != nil {
		return nil, a.err
	}
	r := &Result{Sheets: a.sheets, Duplicates: a.dups, Payments: a.payments, Contracts: a.contracts, sheets: a.names}
	for _, y := range a.years {
		r.Years = append(r.Years, *y)
	}
	sort.Slice(r.Years, func(i, j int) bool { return r.Years[i].FiscalYear < r.Years[j].FiscalYear })
	for _, e := range a.entities {
		e.Name, e.Names = pickNames(e.names)
		r.Entities = append(r.Entities, e.Entity)
	}
	sort.Slice(r.Entities, func(i, j int) bool { return r.Entities[i].Key < r.Entities[j].Key })
	for _, t := range a.totals {
		r.Totals = append(r.Totals, *t)
	}
	sort.Slice(r.Totals, func(i, j int) bool {
		x, y := &r.Totals[i], &r.Totals[j]
		if x.FiscalYear != y.FiscalYear {
			return x.FiscalYear < y.FiscalYear
		}
		if x.Source != y.Source {
			return sourceRank(x.Source) < sourceRank(y.Source)
		}
		return x.Key < y.Key
	})
	r.Projects = a.projectYears()
	order := map[ministryKey]*int{}
	for k, m := range a.ministry {
		r.Ministries = append(r.Ministries, *m)
		order[k] = m.Order
	}
	sort.Slice(r.Ministries, func(i, j int) bool {
		x, y := &r.Ministries[i], &r.Ministries[j]
		if x.FiscalYear != y.FiscalYear {
			return x.FiscalYear < y.FiscalYear
		}
		return ministryLess(x.Ministry, x.Order, y.Ministry, y.Order)
	})
	r.ByMinistry = sortedStats(a.byMin, func(x, y *ContractStats) bool {
		return ministryLess(x.Group, order[ministryKey{x.FiscalYear, x.Group}], y.Group, order[ministryKey{y.FiscalYear, y.Group}])
	})
	r.ByMethod = sortedStats(a.byMethod, func(x, y *ContractStats) bool {
		rx, ry := methodRank(x.Group), methodRank(y.Group)
		if rx != ry {
			return rx < ry
		}
		return x.Group < y.Group
	})
	return r, nil
}

// pickNames returns the most written spelling and all spellings sorted.
func pickNames(counts map[string]int) (string, []string) {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	best := ""
	for _, n := range names {
		if best == "" || counts[n] > counts[best] {
			best = n
		}
	}
	return best, names
}

func sourceRank(s Source) int {
	for i, x := range Sources {
		if x == s {
			return i
		}
	}
	return len(Sources)
}

func methodRank(m string) int {
	for i, k := range spending.KnownMethods {
		if string(k) == m {
			return i
		}
	}
	return len(spending.KnownMethods)
}

// ministryLess orders ministries by 建制順 (known first), then name.
func ministryLess(a string, ao *int, b string, bo *int) bool {
	switch {
	case ao != nil && bo != nil && *ao != *bo:
		return *ao < *bo
	case ao != nil && bo == nil:
		return true
	case ao == nil && bo != nil:
		return false
	}
	return a < b
}

func sortedStats(m map[statsKey]*ContractStats, less func(x, y *ContractStats) bool) []ContractStats {
	out := make([]ContractStats, 0, len(m))
	for _, s := range m {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := &out[i], &out[j]
		if x.FiscalYear != y.FiscalYear {
			return x.FiscalYear < y.FiscalYear
		}
		if x.Source != y.Source {
			return sourceRank(x.Source) < sourceRank(y.Source)
		}
		return less(x, y)
	})
	return out
}
