package sheetarrow

import (
	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// List columns of the sheets table join their items with these separators.
const (
	// ListSep joins divisions, policies, measures, laws and methods (and
	// the more_texts of outcome_nodes).
	ListSep = " | "
	// OverviewSep joins the bullets of 事業の概要.
	OverviewSep = "\n"
)

// addSheet appends the one sheets row of s.
func (b *Builder) addSheet(k key, s *reviewsheet.Sheet, source string) {
	r := b.start(Sheets, k)
	r.str(source)
	ministry := s.Organization.Ministry
	if ministry == "" {
		ministry = s.Ministry
	}
	r.dict(ministry)
	r.strnz(s.Name)
	r.joined(s.Organization.Divisions, ListSep)
	r.strp(s.Organization.Responsible)
	r.strp(s.Organization.OtherOrgs)
	r.intp(s.StartYear)
	r.intp(s.EndYear)
	r.boolean(s.NoEndPlanned)
	r.dict(s.Category)
	var pol, mea []string
	for _, p := range s.Policies {
		if p.Policy != nil {
			pol = append(pol, *p.Policy)
		}
		if p.Measure != nil {
			mea = append(mea, *p.Measure)
		}
	}
	r.joined(pol, ListSep)
	r.joined(mea, ListSep)
	r.strp(s.Related)
	r.dictp(s.MajorExpense)
	r.strp(s.Purpose)
	r.strp(s.Issues)
	r.joined(s.Overview, OverviewSep)
	r.strp(s.OverviewURL)
	var laws []string
	for _, l := range s.Laws {
		laws = append(laws, l.Name)
	}
	r.joined(laws, ListSep)
	r.joined(s.Methods, ListSep)
	r.strp(s.Remarks)
	r.strp(s.Budget.ChangeReasons)
	if s.Spending != nil {
		r.i64p(s.Spending.Flow.Amount)
		r.i64p(s.Spending.Flow.IndirectTotal)
	} else {
		r.null()
		r.null()
	}
	r.strp(s.Budget.SpecialNotes)
	r.strp(s.KPI.Name)
	r.strp(s.Evaluation.Result)
	r.strp(s.Evaluation.Direction)
	r.strp(s.Evaluation.TeamFinding)
	r.strp(s.OtherRemarks)
	if reg := s.Registry; reg != nil {
		r.intp(reg.MinistryOrder)
		r.strp(reg.OldProjectNumber)
		r.strp(reg.ListOrder)
	} else {
		r.null()
		r.null()
		r.null()
	}
	var plans []string
	for _, p := range s.Plans {
		plans = append(plans, p.Name)
	}
	r.joined(plans, ListSep)
	r.strp(s.KPI.URL)
	r.strp(s.KPI.Excerpt)
	e := &s.Evaluation
	r.strp(e.TargetYearEval)
	r.strp(e.External.Finding)
	r.strp(e.TeamDetail)
	r.strp(e.Improvement)
	r.strp(e.ImprovementDetail)
	r.strp(e.PublicReview)
	r.strp(e.OtherPoints)
	var missing []string
	if s.Registry != nil {
		missing = s.Registry.MissingTables
	}
	r.joined(missing, ListSep)
	r.boolean(covers(s.Registry, "2-1", "2-2"))
	r.boolean(covers(s.Registry, "3-1", "3-2"))
	r.boolean(covers(s.Registry, "5-1", "5-2", "5-3", "5-4"))
	r.end()
}

// covers reports whether the source of a sheet had every RS table of ids
// (a sheet read from text has everything it prints): the covers_* flags
// of the sheets table. False means the rows of that part are missing
// because they were not read, not because the project has none.
func covers(reg *reviewsheet.Registry, ids ...string) bool {
	for _, id := range ids {
		if reg.Lacks(id) {
			return false
		}
	}
	return true
}

// addFindings appends one findings row per finding, in the given order.
func (b *Builder) addFindings(k key, fs []audit.Finding) {
	for i := range fs {
		f := &fs[i]
		r := b.start(Findings, k)
		r.dict(string(f.Code))
		r.dict(string(f.Severity))
		r.strnz(f.Path)
		r.i32nz(f.Line)
		r.strnz(f.Stated)
		r.strnz(f.Recomputed)
		r.strnz(f.Message)
		r.end()
	}
}

// addBudget appends the budget_years and budget_items rows of one sheet.
func (b *Builder) addBudget(k key, bu *budget.Budget) {
	for i := range bu.Years {
		y := &bu.Years[i]
		r := b.start(BudgetYears, k)
		r.i32(int32(y.Year))
		r.i64p(y.Request)
		r.i64p(y.Initial)
		r.i64p(y.Supplementary)
		r.i64p(y.CarriedOver)
		r.i64p(y.Reserve)
		r.i64p(y.Total)
		r.i64p(y.Executed)
		r.f64p(y.ExecutionRate)
		r.f64ok(y.RecomputeExecutionRate())
		r.i64p(y.CarriedForward)
		r.i64p(y.NextRequest)
		r.strnz(y.ExecutedRaw)
		r.end()
	}
	for i := range bu.Items {
		it := &bu.Items[i]
		r := b.start(BudgetItems, k)
		r.i32(int32(i + 1))
		if it.Account >= 0 && it.Account < len(bu.Accounts) {
			a := &bu.Accounts[it.Account]
			r.dict(a.Category)
			r.dict(a.Name)
			r.dictp(a.Sub)
		} else {
			r.null()
			r.null()
			r.null()
		}
		r.dict(it.BudgetType)
		r.strp(it.Item)
		r.i64p(it.Amount)
		r.i64p(it.NextRequest)
		r.strp(it.Note)
		r.i32nz(it.Year)
		r.dict(it.BudgetTypeRaw)
		r.strp(it.Detail)
		r.end()
	}
}
