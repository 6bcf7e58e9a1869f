package rscsv

import (
	"fmt"
	"github.com/rsheet/rsheet/reviewsheet"
	"strings"
)

// Coverage: which of the 15 RS tables a set holds, and what is left
// empty without the others.
//
// A set made of some of the tables (the 2024 bulk download lacks 3-1 and
// 5-1) still maps every sheet, but the parts of the model those tables
// feed stay empty for every sheet: that is not the same as a project
// without 支出先. Open adds one Warning per missing table naming what
// stays empty, and every sheet of the set lists the missing tables in
// Registry.MissingTables, so that exports and comparisons can say so.
// Coverage is per set: a set of several 事業年度 counts a table as present
// when any of its files is that table.

// tableFeed is what one RS table contributes: the part of the model and
// the export tables (package sheetarrow) whose rows or columns come from
// it.
type tableFeed struct {
	Model  string   // the part of the sheet, in Japanese and in the model
	Tables []string // export tables left empty (or columns left null) without it
}

// tableFeeds maps each RS table to what it feeds.
var tableFeeds = map[string]tableFeed{
	"1-1": {"組織情報 (Organization)", []string{"sheets (ministry, divisions, responsible, other_orgs)"}},
	"1-2": {"事業概要等 (purpose, overview, category, start/end year)", []string{"sheets (purpose … methods)"}},
	"1-3": {"政策・施策、法令等 (Policies, Laws, Plans)", []string{"sheets (policies, measures, laws)"}},
	"1-4": {"補助率等 (Subsidies)", nil},
	"1-5": {"関連事業 (RelatedList)", []string{"sheets (related_projects)"}},
	"2-1": {"予算・執行_サマリ (Budget.Years)", []string{"budget_years"}},
	"2-2": {"予算種別・歳出予算項目 (Budget.Items)", []string{"budget_items"}},
	"3-1": {"目標・実績 (indicator values)", []string{"outcome_values"}},
	"3-2": {"目標のつながり (Outcome nodes and links)", []string{"outcome_nodes", "outcome_links"}},
	"4-1": {"点検・評価 (Evaluation)", []string{"sheets (evaluation_result, evaluation_direction, team_finding)"}},
	"5-1": {"支出情報 (Spending.Recipients and their contracts)", []string{"spending_recipients", "spending_contracts"}},
	"5-2": {"支出ブロックのつながり (Spending.Blocks)", []string{"spending_blocks"}},
	"5-3": {"費目・使途 (Spending.Uses)", []string{"spending_uses"}},
	"5-4": {"国庫債務負担行為等による契約 (Spending.DebtContracts)", []string{"spending_debt_contracts"}},
	"6-1": {"その他備考 (OtherRemarks)", []string{"sheets (other_remarks)"}},
}

// TableIDs returns the numbers of the 15 RS tables in publication order
// ("1-1" … "6-1").
func TableIDs() []string {
	out := make([]string, len(specs))
	for i, sp := range specs {
		out[i] = sp.ID
	}
	return out
}

// TableTitle returns the title of an RS table ("5-1" → "支出先_支出情報"),
// or "" for an unknown number.
func TableTitle(id string) string {
	if sp := specByID(id); sp != nil {
		return sp.Title
	}
	return ""
}

// EmptiedBy returns the export tables (package sheetarrow's names, with
// the columns in parentheses when only some columns of a table come from
// it) that get no data without the RS table id.
func EmptiedBy(id string) []string { return append([]string(nil), tableFeeds[id].Tables...) }

// Has reports whether the set holds a file of table id ("5-1").
func (s *Set) Has(id string) bool {
	for _, in := range s.inputs {
		if in.spec.ID == id {
			return true
		}
	}
	return false
}

// Missing returns the numbers of the RS tables the set has no file of, in
// publication order; nil when it has all 15.
func (s *Set) Missing() []string {
	var out []string
	for _, sp := range specs {
		if !s.Has(sp.ID) {
			out = append(out, sp.ID)
		}
	}
	return out
}

// missingWarnings returns one Warning per RS table absent from the inputs,
// naming what stays empty. where names the input (the first path).
func missingWarnings(where string, ins []*input) []Warning {
	have := map[string]bool{}
	for _, in := range ins {
		have[in.spec.ID] = true
	}
	var out []Warning
	for _, sp := range specs {
		if have[sp.ID] {
			continue
		}
		f := tableFeeds[sp.ID]
		msg := fmt.Sprintf("RS table %s %s is missing: %s empty for every sheet", sp.ID, sp.Title, f.Model)
		if len(f.Tables) > 0 {
			msg += "; export tables left without its data: " + strings.Join(f.Tables, ", ")
		}
		out = append(out, Warning{File: where, Message: msg})
	}
	return out
}

// markCoverage records the tables the set lacks in the sheet's Registry.
func (s *Set) markCoverage(sh *reviewsheet.Sheet) {
	if sh == nil {
		return
	}
	if sh.Registry == nil {
		sh.Registry = &reviewsheet.Registry{}
	}
	sh.Registry.MissingTables = append([]string(nil), s.missing...)
}

// Estimate returns the number of sheets the set will deliver, for a
// progress total, without loading the rows: the largest number of sheets in the files of
// one table, counted by the pass that checks the files' order (which
// Sheets runs anyway; for files out of order it is Len). It is exact when
// one table covers every sheet (1-1 and 2-1 do in the official sets).
func (s *Set) Estimate() (int, error) {
	if s.loaded.Load() {
		return s.Len()
	}
	ok, err := s.ordered()
	if err != nil {
		return 0, err
	}
	if !ok {
		return s.Len()
	}
	perTable := map[string]int{}
	n := 0
	for i, c := range s.counts {
		id := s.inputs[i].spec.ID
		perTable[id] += c
		n = max(n, perTable[id])
	}
	return n, nil
}
