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
	if c.EndYear != nil {  // the CSV may say both a year and 終了予定なし: the sheet prints the year
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
	if total := report(t, n, fails); total > 0 {
		t.Errorf("%d sheets do not round-trip", total)
	}
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
