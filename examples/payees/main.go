package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/rsheet/rsheet/examples/internal/exutil"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

// payee is one 法人番号 with what it received.
type payee struct {
	Number   string
	Names    []string         // distinct names as printed, first seen first
	Total    int64            // yen
	Projects map[string]int64 // "2025/006423" → yen
}

func main() {
	minProjects := flag.Int("min-projects", 1, "list only payees found in at least this many projects")
	limit := flag.Int("n", 30, "rows to print (0: all)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: payees [flags] SHEET_OR_DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	byNumber := map[string]*payee{}
	var sheets int
	var unidentified int64
	err := exutil.EachSheet(flag.Args(), func(s *reviewsheet.Sheet) {
		sheets++
		unidentified += add(byNumber, s)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "payees:", err)
		os.Exit(1)
	}
	var list []*payee
	for _, p := range byNumber {
		if len(p.Projects) >= *minProjects {
			list = append(list, p)
		}
	}
	slices.SortFunc(list, func(a, b *payee) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		return cmp.Compare(a.Number, b.Number)
	})
	fmt.Printf("%d payees with a 法人番号 in %d sheets (%d in ≥ %d projects); without a valid 法人番号: %s千円\n",
		len(byNumber), sheets, len(list), *minProjects, exutil.Sen(unidentified))
	if *limit > 0 && len(list) > *limit {
		list = list[:*limit]
	}
	if err := write(os.Stdout, list); err != nil {
		fmt.Fprintln(os.Stderr, "payees:", err)
		os.Exit(1)
	}
}

// add adds a sheet's recipient rows and returns the yen of the rows
// without a valid 法人番号 (その他 rows excluded).
func add(by map[string]*payee, s *reviewsheet.Sheet) (unidentified int64) {
	if s.Spending == nil {
		return 0
	}
	project := fmt.Sprintf("%d/%s", s.FiscalYear, s.ProjectID)
	for _, r := range s.Spending.Recipients {
		if r.IsOther() || r.Amount == nil {
			continue
		}
		if r.CorporateNumber == nil || !spending.ValidCorporateNumber(*r.CorporateNumber) || spending.PlaceholderCorporateNumber(*r.CorporateNumber) {
			unidentified += *r.Amount
			continue
		}
		n := *r.CorporateNumber
		p := by[n]
		if p == nil {
			p = &payee{Number: n, Projects: map[string]int64{}}
			by[n] = p
		}
		if !slices.Contains(p.Names, r.Name) {
			p.Names = append(p.Names, r.Name)
		}
		p.Total += *r.Amount
		p.Projects[project] += *r.Amount
	}
	return unidentified
}

func write(w io.Writer, list []*payee) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "法人番号\t合計(千円)\t事業数\t 支出先名 / 事業 (年度/ID 千円)")
	for _, p := range list {
		keys := make([]string, 0, len(p.Projects))
		for k := range p.Projects {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, 0, len(keys))
		for i, k := range keys {
			if i == 5 {
				parts = append(parts, fmt.Sprintf("… +%d", len(keys)-5))
				break
			}
			parts = append(parts, k+" "+exutil.Sen(p.Projects[k]))
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t %s / %s\n", p.Number, exutil.Sen(p.Total), len(p.Projects), strings.Join(p.Names, "・"), strings.Join(parts, ", "))
	}
	return tw.Flush()
}
