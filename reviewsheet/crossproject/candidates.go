package crossproject

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Candidate is a possible continuation of a project whose 予算事業ID is
// missing from the next 事業年度 of the inputs: a project that is new in
// that year and has the same 事業名 (compared after NFKC and without white
// space). Candidates are offered, never joined: project_years keeps the two
// IDs apart.
type Candidate struct {
	FromYear int    // 事業年度 of the last sheet of the old ID
	FromID   string // the old 予算事業ID
	ToYear   int    // FromYear + 1
	ToID     string // the new 予算事業ID
	Name     string // 事業名 of the new sheet
}

// Candidates lists, for every pair of consecutive 事業年度 in the inputs,
// the IDs of the first year missing from the second that share their
// 事業名 with an ID new in the second year; ordered by year and old ID.
func (r *Result) Candidates() []Candidate {
	byYear := map[int]map[string]string{} // year → ID → 事業名
	for _, s := range r.sheets {
		if byYear[s.year] == nil {
			byYear[s.year] = map[string]string{}
		}
		byYear[s.year][s.id] = s.name
	}
	var out []Candidate
	for y, ids := range byYear {
		next := byYear[y+1]
		if next == nil {
			continue
		}
		newByName := map[string][]string{}
		for id, name := range next {
			if _, ok := ids[id]; !ok {
				k := nameKey(name)
				newByName[k] = append(newByName[k], id)
			}
		}
		for id, name := range ids {
			if _, ok := next[id]; ok {
				continue
			}
			for _, to := range newByName[nameKey(name)] {
				out = append(out, Candidate{FromYear: y, FromID: id, ToYear: y + 1, ToID: to, Name: next[to]})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.FromYear != b.FromYear {
			return a.FromYear < b.FromYear
		}
		if a.FromID != b.FromID {
			return a.FromID < b.FromID
		}
		return a.ToID < b.ToID
	})
	return out
}

// nameKey is a 事業名 compared for Candidates: NFKC, no white space.
func nameKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(name))
}
