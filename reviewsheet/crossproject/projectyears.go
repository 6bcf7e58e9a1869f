package crossproject

import (
	"sort"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Multi-year joins. Sheets of several 事業年度 (a 2024 sheet and a 2025
// sheet of one project, from text, PDF or RS CSV alike) are joined by
// 予算事業ID, which the RS system keeps from year to year; 旧事業番号 (RS
// CSV 1-2) is kept beside it for joins with sheets before the RS system.
// A project whose ID changed is not joined: the two IDs stay two
// projects, and Result.Candidates offers the new IDs with the same 事業名
// (nothing is joined automatically).
//
// Every sheet states five budget years (事業年度 − 2 … 事業年度 + 1 on the
// RS layout), so one budget year is stated by up to four sheets; later
// sheets state the revised figures (執行額 of S − 1 appears first on the
// sheet of S). project_years keeps one row per sheet and budget year and
// marks Latest the row of the newest sheet stating that budget year: the
// budget path of a project is its Latest rows in budget-year order.

// addBudget adds the project_years rows of s and its ministry's
// execution figures.
func (a *Aggregator) addBudget(s *reviewsheet.Sheet, ms *MinistrySummary) error {
	input := "sheet"
	if s.Source == nil {
		input = "csv"
	}
	var old *string
	if s.Registry != nil {
		old = s.Registry.OldProjectNumber
	}
	ys := s.Budget.Years
	for i := range ys {
		y := &ys[i]
		py := ProjectYear{ProjectID: s.ProjectID, FiscalYear: s.FiscalYear, BudgetYear: y.Year,
			Ministry: ms.Ministry, Name: s.Name, OldProjectNumber: old, Input: input,
			Request: y.Request, Initial: y.Initial, Supplementary: y.Supplementary, CarriedOver: y.CarriedOver,
			Reserve: y.Reserve, Total: y.Total, Executed: y.Executed, CarriedForward: y.CarriedForward,
			StatedRate: y.ExecutionRate}
		if py.CarriedForward == nil {
			if n := s.Budget.YearOf(y.Year + 1); n != nil && n.CarriedOver != nil {
				py.CarriedForward, py.CarriedForwardDerived = n.CarriedOver, true
			}
		}
		// A sheet of 事業年度 S reports execution up to S − 1: the 執行額
		// of S and S + 1 (0 or empty) is not known yet, so no rate or
		// 不用相当額 is computed for them.
		executed := y.Year < s.FiscalYear
		if executed && py.Total != nil && py.Executed != nil && *py.Total != 0 {
			r := float64(*py.Executed) / float64(*py.Total) * 100
			py.Rate = &r
		}
		if executed && py.Total != nil && py.Executed != nil && py.CarriedForward != nil {
			u, err := subYen(*py.Total, *py.Executed)
			if err == nil {
				u, err = subYen(u, *py.CarriedForward)
			}
			if err != nil {
				return err
			}
			py.Unused = &u
		}
		a.projYears = append(a.projYears, py)
		if y.Year != ms.ExecutionYear {
			continue
		}
		if err := ms.Budget.AddPtr(y.Total); err != nil {
			return err
		}
		if err := ms.Executed.AddPtr(y.Executed); err != nil {
			return err
		}
		if py.Rate != nil && *py.Total > 0 {
			ms.ProjectsRated++
			if *py.Rate < 50 {
				ms.ProjectsBelowHalf++
			}
		}
	}
	return nil
}

// projectYears sorts the rows and marks the Latest of each (project,
// budget year).
func (a *Aggregator) projectYears() []ProjectYear {
	out := a.projYears
	sort.SliceStable(out, func(i, j int) bool {
		x, y := &out[i], &out[j]
		if x.ProjectID != y.ProjectID {
			return x.ProjectID < y.ProjectID
		}
		if x.FiscalYear != y.FiscalYear {
			return x.FiscalYear < y.FiscalYear
		}
		return x.BudgetYear < y.BudgetYear
	})
	latest := map[[2]int]int{} // (index of project start, budget year) → newest fiscal year
	start := 0
	for i := range out {
		if out[i].ProjectID != out[start].ProjectID {
			start = i
		}
		k := [2]int{start, out[i].BudgetYear}
		if out[i].FiscalYear > latest[k] {
			latest[k] = out[i].FiscalYear
		}
	}
	start = 0
	for i := range out {
		if out[i].ProjectID != out[start].ProjectID {
			start = i
		}
		out[i].Latest = out[i].FiscalYear == latest[[2]int{start, out[i].BudgetYear}]
	}
	return out
}

// BudgetPath returns the Latest rows of project id in budget-year order:
// request → initial → supplementary → executed → carried forward over the
// years, each year as revised by the newest sheet that states it.
func (r *Result) BudgetPath(id string) []ProjectYear {
	var out []ProjectYear
	for _, p := range r.Projects {
		if p.ProjectID == id && p.Latest {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].BudgetYear < out[j].BudgetYear })
	return out
}
