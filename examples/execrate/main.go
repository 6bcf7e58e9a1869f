package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/rsheet/rsheet/examples/internal/exutil"
	"github.com/rsheet/rsheet/internal/progress"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// project is one sheet's figures for the chosen 予算年度.
type project struct {
	Year      int
	ID        string
	Ministry  string
	Name      string
	Total     int64   // 計 (歳出予算現額), yen
	Executed  int64   // 執行額, yen
	Rate      float64 // recomputed, percent
	Stated    *float64
	SheetYear int
}

func main() {
	year := flag.Int("year", 0, "予算年度 to look at (default: the 事業年度 − 1 of each sheet, its last executed year)")
	below := flag.Float64("below", 50, "list projects whose 執行率 is below this percent")
	above := flag.Float64("above", 100, "list projects whose 執行率 is above this percent")
	minTotal := flag.Int64("min", 100_000, "ignore projects whose 計 is below this many 千円")
	limit := flag.Int("n", 20, "rows per list (0: all)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: execrate [flags] RS_ZIP_OR_DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	ps, skipped, err := collect(flag.Args(), *year, *minTotal*1000)
	if err != nil {
		fmt.Fprintln(os.Stderr, "execrate:", err)
		os.Exit(1)
	}
	report(os.Stdout, ps, skipped, *minTotal*1000, *below, *above, *limit)
}

// collect reads every sheet and keeps the projects with a budget and an
// execution in the chosen year.
func collect(paths []string, year int, minTotal int64) (ps []project, skipped int, err error) {
	set, err := rscsv.Open(paths...)
	if err != nil {
		return nil, 0, err
	}
	n, err := set.Len()
	if err != nil {
		return nil, 0, err
	}
	// Progress on stderr only when it is a terminal.
	bar := progress.New(os.Stderr, n, false)
	bar.SetLabel("sheets")
	defer bar.Finish()
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		bar.Done(1)
		y := year
		if y == 0 {
			y = s.FiscalYear - 1
		}
		col := s.Budget.YearOf(y)
		if col == nil || col.Total == nil || col.Executed == nil || *col.Total <= 0 || *col.Total < minTotal {
			skipped++
			return nil
		}
		ps = append(ps, project{
			Year: y, ID: s.ProjectID, Ministry: s.Organization.Ministry, Name: s.Name,
			Total: *col.Total, Executed: *col.Executed,
			// One decimal, as sheets print it: 100.0004% is not above 100.
			Rate:   math.Round(float64(*col.Executed)*1000/float64(*col.Total)) / 10,
			Stated: col.ExecutionRate, SheetYear: s.FiscalYear,
		})
		return nil
	})
	var list reviewsheet.ErrorList
	if errors.As(err, &list) {
		// Single values that did not read are left nil; say how many and go on.
		fmt.Fprintf(os.Stderr, "execrate: %d value(s) could not be read (first: %v)\n", len(list), list[0])
		err = nil
	}
	return ps, skipped, err
}

// report prints the distribution and both outlier lists.
func report(w io.Writer, ps []project, skipped int, minTotal int64, below, above float64, limit int) {
	rates := make([]float64, len(ps))
	for i, p := range ps {
		rates[i] = p.Rate
	}
	slices.Sort(rates)
	fmt.Fprintf(w, "%d projects with 計 ≥ %s千円 and an 執行額 (%d skipped)\n", len(ps), exutil.Sen(minTotal), skipped)
	if len(ps) == 0 {
		return
	}
	fmt.Fprintf(w, "執行率: min %.1f%%, Q1 %.1f%%, median %.1f%%, Q3 %.1f%%, max %.1f%%\n",
		rates[0], quantile(rates, 0.25), quantile(rates, 0.5), quantile(rates, 0.75), rates[len(rates)-1])

	var low, high []project
	for _, p := range ps {
		switch {
		case p.Rate < below:
			low = append(low, p)
		case p.Rate > above:
			high = append(high, p)
		}
	}
	byTotal := func(a, b project) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	}
	slices.SortFunc(low, byTotal)
	slices.SortFunc(high, byTotal)
	fmt.Fprintf(w, "\n執行率 < %g%%: %d projects\n", below, len(low))
	table(w, low, limit)
	fmt.Fprintf(w, "\n執行率 > %g%%: %d projects\n", above, len(high))
	table(w, high, limit)
}

func table(w io.Writer, ps []project, limit int) {
	if limit > 0 && len(ps) > limit {
		ps = ps[:limit]
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "年度\tID\t計(千円)\t執行額(千円)\t執行率\t記載\t 府省庁 事業名")
	for _, p := range ps {
		stated := "--"
		if p.Stated != nil {
			stated = fmt.Sprintf("%.1f%%", *p.Stated)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.1f%%\t%s\t %s %s\n", p.Year, p.ID, exutil.Sen(p.Total), exutil.Sen(p.Executed), p.Rate, stated, p.Ministry, p.Name)
	}
	tw.Flush()
}

// quantile interpolates linearly between the order statistics of a
// sorted slice.
func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	i := int(math.Floor(pos))
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}
