package sheetfmt

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// sheetView is the part of a CSV sheet that the sheet text prints: the
// 予算内訳表 of the 事業年度 only.
func sheetView(s *reviewsheet.Sheet) *reviewsheet.Sheet {
	c := *s
	c.Budget.Items = SheetItems(s)
	if c.Spending == nil {
		c.Spending = EmptySpending(s)
	}
	var years []budget.Year
	for _, y := range c.Budget.Years {
		if y.Request != nil || y.Initial != nil || y.Supplementary != nil || y.CarriedOver != nil ||
			y.Reserve != nil || y.Total != nil || y.Executed != nil || y.ExecutionRate != nil {
			years = append(years, y)
		}
	}
	c.Budget.Years = years // a column of "--" only is no year (a sheet without 2-1 rows prints four)
	// a 根拠法令 row that says nothing is no row (the CSV has "--" rows)
	var laws []reviewsheet.Law
	for _, l := range c.Laws {
		if canonText(l.Name) != "" || l.Number != nil || l.Article != nil || l.Paragraph != nil || l.Item != nil {
			laws = append(laws, l)
		}
	}
	c.Laws = laws
	// links on no path (a node linked to itself) are not printed
	if g := c.Outcome; g != nil {
		on := map[outcome.Edge]bool{}
		for _, e := range g.Edges() {
			on[e] = true
		}
		var links []outcome.Link
		for _, l := range g.Links {
			if on[l.Edge] {
				links = append(links, l)
			}
		}
		g2 := *g
		g2.Links = links
		c.Outcome = &g2
	}
	if c.EndYear != nil { // the CSV may say both a year and 終了予定なし: the sheet prints the year
		c.NoEndPlanned = false
	}
	return &c
}

// roundTrip formats s, parses the text and returns the first difference
// ("" when equal) or the parse error.
func roundTrip(s *reviewsheet.Sheet) (string, []byte) {
	txt := Format(s)
	got, err := reviewsheet.Parse(strings.NewReader(string(txt)))
	if err != nil {
		return "parse: " + firstErr(err), txt
	}
	return diff(sheetView(s), sheetView(got)), txt
}

func firstErr(err error) string {
	if l, ok := err.(reviewsheet.ErrorList); ok && len(l) > 0 {
		return l[0].Error() + fmt.Sprintf(" (+%d more)", len(l)-1)
	}
	return err.Error()
}

var digits = regexp.MustCompile(`\[\d+\]|\d+`)

// class groups failures by their path and message with numbers removed.
func class(d string) string {
	if i := strings.Index(d, ": want"); i > 0 {
		return digits.ReplaceAllString(d[:i], "#")
	}
	if i := strings.Index(d, "\""); i > 0 {
		d = d[:i]
	}
	d = strings.TrimPrefix(d, "parse: ")
	if i := strings.Index(d, ": "); i > 0 {
		d = d[i+2:]
	}
	return digits.ReplaceAllString(d, "#")
}

func runSet(t *testing.T, dir string, dump string) (n int, fails map[string][]string) {
	set, err := rscsv.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	fails = map[string][]string{}
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		n++
		d, txt := roundTrip(s)
		if d != "" {
			c := class(d)
			fails[c] = append(fails[c], s.ProjectID+": "+d)
			if dump != "" && len(fails[c]) <= 3 {
				os.WriteFile(filepath.Join(dump, fmt.Sprintf("%d-%s.txt", s.FiscalYear, s.ProjectID)), txt, 0o644)
			}
		}
		return nil
	})
	if err != nil {
		t.Log(err)
	}
	return n, fails
}

// knownClass is a failure class not fixed yet, with how many sheets it
// may hit: the test fails on any other failure, or when a known class
// grows. Each is described in the report of issue 13.
type knownClass struct {
	contains string // a part of the class
	why      string
	max      int
}

// known2024 are the failure classes of 2024 not fixed: none left.
var known2024 = []knownClass{}

// knownPDF are the PDF sample's failure classes not fixed: none left.
// The 11 sheets whose one-line rows are wider than the page read since
// the generator keeps the cells' padding (-keep-pad); the five one-line
// 補助率等 rows with their URL wrapped below them since a row never begins
// with a URL (testdata/roundtrip/subsidy-one-line-row.pdf.txt).
var knownPDF = []knownClass{}

// unknownFailures counts the failures outside the known classes, and
// the known ones beyond their bound.
func unknownFailures(t *testing.T, fails map[string][]string, known []knownClass) int {
	bad := 0
	used := map[int]int{}
	for c, v := range fails {
		k := -1
		for i, kc := range known {
			if strings.Contains(c, kc.contains) {
				k = i
				break
			}
		}
		if k < 0 {
			bad += len(v)
			t.Errorf("unknown failure class %q: %d sheets, e.g. %s", c, len(v), v[0])
			continue
		}
		used[k] += len(v)
	}
	for i, n := range used {
		if n > known[i].max {
			bad += n - known[i].max
			t.Errorf("known class %q (%s) grew: %d sheets, at most %d", known[i].contains, known[i].why, n, known[i].max)
		} else {
			t.Logf("known, not fixed: %d sheets: %s (%s)", n, known[i].contains, known[i].why)
		}
	}
	return bad
}

func report(t *testing.T, n int, fails map[string][]string) int {
	var keys []string
	total := 0
	for k, v := range fails {
		keys = append(keys, k)
		total += len(v)
	}
	sort.Slice(keys, func(i, j int) bool { return len(fails[keys[i]]) > len(fails[keys[j]]) })
	for _, k := range keys {
		t.Logf("%5d  %s\n        e.g. %s", len(fails[k]), k, fails[k][0])
	}
	t.Logf("%d of %d sheets round-trip; %d fail", n-total, n, total)
	return total
}

func TestRoundTrip2024(t *testing.T) {
	dir := "../../../shared/rs2024"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/rs2024 is absent: the 2024 round trip needs the RS bulk CSVs")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	n, fails := runSet(t, dir, os.Getenv("SHEETFMT_DUMP"))
	report(t, n, fails)
	unknownFailures(t, fails, known2024)
}

func TestRoundTrip2025(t *testing.T) {
	n, fails := runSet(t, "../../testdata/rscsv/2025", os.Getenv("SHEETFMT_DUMP"))
	if n == 0 {
		t.Fatal("no sheets")
	}
	if total := report(t, n, fails); total > 0 {
		t.Errorf("%d sheets do not round-trip", total)
	}
}
