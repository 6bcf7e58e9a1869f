package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Links between findings and the rows they concern.
//
// Every row a finding can point at has an id: budget-year-2024 (a column
// of the 予算額執行額表), block-0 (the first 支出先ブロック), contract-3-1
// (the second contract of the fourth recipient), indicator-201 (the first
// indicator row of node 201). A finding's path names its row
// (budget.years[1].executed → budget-year-<its year>); a path without a
// drawn row points at its section (#budget, #flow, #outcome, #facts). The
// finding links to the row ("→") and the row carries the finding's
// severity class (shaded like the finding) and a link back ("※3").

// ref is a link from a row back to a finding.
type ref struct {
	ID    string // the finding's anchor, "finding-3"
	N     int    // its number on the page, from 1
	Class string // sev-error, sev-warning, sev-info
}

// rowMark is what a row shows of the findings that concern it.
type rowMark struct {
	ID    string
	Class string // the most severe finding's class, or ""
	Refs  []ref
}

// pathIndex reads "prefix[N]" at the start of path and returns N and the
// rest after "]"; ok is false when path does not start so.
func pathIndex(path, prefix string) (n int, rest string, ok bool) {
	if !strings.HasPrefix(path, prefix+"[") {
		return 0, "", false
	}
	s := path[len(prefix)+1:]
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return 0, "", false
	}
	n, err := strconv.Atoi(s[:end])
	if err != nil {
		return 0, "", false
	}
	return n, s[end+1:], true
}

// anchorOf returns the id of the row (or section) a finding path names.
func anchorOf(s *reviewsheet.Sheet, path string) string {
	if i, _, ok := pathIndex(path, "budget.years"); ok && i < len(s.Budget.Years) {
		return fmt.Sprintf("budget-year-%d", s.Budget.Years[i].Year)
	}
	if sp := s.Spending; sp != nil {
		if i, _, ok := pathIndex(path, "spending.blocks"); ok && i < len(sp.Blocks) {
			return fmt.Sprintf("block-%d", i)
		}
		if i, rest, ok := pathIndex(path, "spending.recipients"); ok && i < len(sp.Recipients) {
			if j, _, ok := pathIndex(strings.TrimPrefix(rest, "."), "contracts"); ok && j < len(sp.Recipients[i].Contracts) {
				return fmt.Sprintf("contract-%d-%d", i, j)
			}
			if len(sp.Recipients[i].Contracts) > 0 {
				return fmt.Sprintf("contract-%d-0", i)
			}
		}
	}
	if g := s.Outcome; g != nil {
		if i, _, ok := pathIndex(path, "outcome.nodes"); ok && i < len(g.Nodes) && g.Nodes[i].Indicator != nil && len(g.Nodes[i].Indicator.Values) > 0 {
			return fmt.Sprintf("indicator-%d", g.Nodes[i].ID)
		}
	}
	switch {
	case strings.HasPrefix(path, "budget"):
		return "budget"
	case strings.HasPrefix(path, "spending.recipients"), strings.HasPrefix(path, "spending.contracts"):
		return "contracts"
	case strings.HasPrefix(path, "spending"):
		return "flow"
	case strings.HasPrefix(path, "outcome"):
		return "outcome"
	}
	return "facts"
}

// severityRank orders classes: a row shows its most severe finding.
var severityRank = map[string]int{"sev-info": 1, "sev-warning": 2, "sev-error": 3}

// marks maps row ids to the findings that point at them.
type marks map[string]*rowMark

func (m marks) add(id string, r ref) {
	rm := m[id]
	if rm == nil {
		rm = &rowMark{ID: id}
		m[id] = rm
	}
	rm.Refs = append(rm.Refs, r)
	if severityRank[r.Class] > severityRank[rm.Class] {
		rm.Class = r.Class
	}
}

// mark returns the mark of row id (with the id set even when no finding
// points at it).
func (m marks) mark(id string) rowMark {
	if rm := m[id]; rm != nil {
		return *rm
	}
	return rowMark{ID: id}
}

// joinClass joins CSS classes, skipping empty ones.
func joinClass(cs ...string) string {
	var out []string
	for _, c := range cs {
		if c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, " ")
}
