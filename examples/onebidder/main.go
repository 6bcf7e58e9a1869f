package main

import (
	"cmp"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/rsheet/rsheet/examples/internal/exutil"
	"github.com/rsheet/rsheet/reviewsheet"
)

// row is one single-bidder contract.
type row struct {
	Year            int
	ID              string
	Ministry        string
	Project         string
	Recipient       string
	CorporateNumber string
	Contract        string
	Method          string
	Amount          int64  // yen
	Rate            string // "64%", or "--" when not disclosed
	RateCSV         string // "64", or "" when not disclosed
	Reason          string
}

// stats counts what was looked at.
type stats struct{ sheets, competitive int }

func main() {
	asCSV := flag.Bool("csv", false, "write CSV (UTF-8, header row, amounts in yen) instead of a table")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: onebidder [-csv] SHEET_OR_DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var rows []row
	var st stats
	err := exutil.EachSheet(flag.Args(), func(s *reviewsheet.Sheet) {
		st.sheets++
		rows = append(rows, oneBidder(s, &st)...)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "onebidder:", err)
		os.Exit(1)
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		if c := cmp.Compare(b.Amount, a.Amount); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if *asCSV {
		err = writeCSV(os.Stdout, rows)
	} else {
		fmt.Printf("%d one-bidder contracts of %d competitive contracts in %d sheets\n", len(rows), st.competitive, st.sheets)
		err = writeTable(os.Stdout, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "onebidder:", err)
		os.Exit(1)
	}
}

// oneBidder returns the sheet's competitive contracts with one bidder.
func oneBidder(s *reviewsheet.Sheet, st *stats) []row {
	if s.Spending == nil {
		return nil
	}
	var out []row
	for _, r := range s.Spending.Recipients {
		for _, c := range r.Contracts {
			if !c.Method.Competitive() {
				continue
			}
			st.competitive++
			if c.Bidders == nil || *c.Bidders != 1 {
				continue
			}
			x := row{
				Year: s.FiscalYear, ID: s.ProjectID, Ministry: s.Organization.Ministry, Project: s.Name,
				Recipient: r.Name, Contract: c.Name, Method: string(c.Method), Rate: "--",
			}
			if r.CorporateNumber != nil {
				x.CorporateNumber = *r.CorporateNumber
			}
			if c.Amount != nil {
				x.Amount = *c.Amount
			}
			if c.WinningBidRate != nil {
				x.RateCSV = strconv.FormatFloat(*c.WinningBidRate, 'f', -1, 64)
				x.Rate = x.RateCSV + "%"
			}
			if c.Reason != nil {
				x.Reason = *c.Reason
			}
			out = append(out, x)
		}
	}
	return out
}

func writeTable(w io.Writer, rows []row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "年度\tID\t支出額(千円)\t落札率\t 支出先 / 契約 / 理由")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t %s（%s）/ %s / %s\n", r.Year, r.ID, exutil.Sen(r.Amount), r.Rate,
			r.Recipient, r.CorporateNumber, r.Contract, orDash(r.Reason))
	}
	return tw.Flush()
}

func writeCSV(w io.Writer, rows []row) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"fiscal_year", "project_id", "ministry", "project", "recipient", "corporate_number", "contract", "method", "amount_yen", "winning_bid_rate_pct", "reason"})
	for _, r := range rows {
		cw.Write([]string{strconv.Itoa(r.Year), r.ID, r.Ministry, r.Project, r.Recipient, r.CorporateNumber, r.Contract, r.Method, strconv.FormatInt(r.Amount, 10), r.RateCSV, r.Reason})
	}
	cw.Flush()
	return cw.Error()
}

func orDash(s string) string {
	if s == "" {
		return "--"
	}
	return s
}
