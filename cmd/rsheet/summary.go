package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/rsheet/rsheet/reviewsheet/input"

	"github.com/rsheet/rsheet/internal/progress"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/crossproject"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
	"github.com/rsheet/rsheet/reviewsheet/sheetarrow"
)

func init() {
	register(command{name: "summary", summary: "totals across sheets and years: by ministry, entity (recipient), contract method or project", run: runSummary})
}

// runSummary implements
//
//	rsheet summary [-by ministry|entity|method|project] [-top N] [-source S] [-id ID] [-o DIR -format F] INPUT...
//
// INPUT is as for export (sheet text or PDF, RS CSV sets of any 事業年度,
// directories). The sheets are streamed into a crossproject.Aggregator
// (one sheet at a time; a sheet repeated across inputs counts once) and
// the chosen summary is printed as a tab-aligned table, amounts in yen. A
// figure that has no rows behind it prints as "—", never 0, and the
// coverage lines at the top say which tables each 事業年度 lacks. With -o,
// every set-level table (sheetarrow.CrossTables) is written to DIR in
// -format, atomically.
//
// Exit 0: done; 1: an input failed (the summary of the others is still
// printed) or the output failed; 2: usage.
func runSummary(args []string, stdout, stderr io.Writer) int {
	fset := newFlagSet("summary", "[-by ministry|entity|method|project] INPUT...", stderr)
	by := fset.String("by", "ministry", "ministry, entity, method or project")
	top := fset.Int("top", 10, "entity: rows per 事業年度 and source")
	source := fset.String("source", "", "entity, method: only this source (recipients, uses, debt_contracts)")
	id := fset.String("id", "", "project: only this 予算事業ID (six digits)")
	allSheets := fset.Bool("all", false, "project: every sheet's row of each budget year, not only the newest sheet's")
	out := fset.String("o", "", "also write the set-level tables to this directory")
	formatName := fset.String("format", "parquet", "format of -o: arrow, parquet or csv")
	force := fset.Bool("force", false, "write into an -o directory that holds other files too")
	quiet := fset.Bool("q", false, "no progress line on stderr")
	if code, ok := parseArgs(fset, args, stdout); !ok {
		return code
	}
	format, ferr := sheetarrow.ParseFormat(*formatName)
	switch {
	case ferr != nil, fset.NArg() == 0, *top <= 0,
		*by != "ministry" && *by != "entity" && *by != "method" && *by != "project",
		*source != "" && !validSource(*source):
		if ferr != nil {
			fmt.Fprintf(stderr, "rsheet summary: %v\n", ferr)
		}
		fset.Usage()
		return exitUsage
	}
	if *out != "" && !*force {
		if err := sheetarrow.CheckSetOutputDir(*out, format, sheetarrow.CrossTables()); errors.Is(err, sheetarrow.ErrForeignFiles) {
			fmt.Fprintf(stderr, "rsheet summary: %v (use -force to write there anyway)\n", err)
			return exitUsage
		} else if err != nil {
			fmt.Fprintf(stderr, "rsheet: %v\n", err)
			return exitFailed
		}
	}
	agg := crossproject.New()
	prog := progress.New(stderr, 0, *quiet)
	prog.SetLabel("summary")
	in := newInputs(false, stderr, func(_ string, s *reviewsheet.Sheet) error {
		prog.Done(1)
		return agg.Add(s)
	})
	for _, arg := range fset.Args() {
		var err error
		if files := summaryTableFiles(arg); files != nil {
			err = summaryCSV(arg, files, in)
		} else {
			err = in.Input(arg)
		}
		if err != nil {
			break
		}
	}
	prog.Finish()
	res, err := agg.Result()
	if err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	printCoverage(w, res)
	switch *by {
	case "ministry":
		printMinistries(w, res)
	case "entity":
		if err := printEntities(w, res, *top, crossproject.Source(*source)); err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "rsheet: %v\n", err)
			return exitFailed
		}
	case "method":
		printMethods(w, res, crossproject.Source(*source))
	case "project":
		printProjects(w, res, *id, *allSheets)
	}
	w.Flush()
	if *out != "" {
		if err := writeCross(*out, format, res); err != nil {
			fmt.Fprintf(stderr, "rsheet: %v (nothing written to %s)\n", err, *out)
			return exitFailed
		}
	}
	if in.Failed() {
		return exitFailed
	}
	return exitOK
}

// summaryTables are the RS tables a summary reads: 組織情報 and 事業概要等
// (府省庁, 事業名, 旧事業番号), 予算・執行_サマリ and the four 支出先
// tables. The others (効果発現経路, 点検・評価, …; half of the bytes of a
// year) feed nothing here and are not read.
var summaryTables = []string{"1-1_", "1-2_", "2-1_", "5-1_", "5-2_", "5-3_", "5-4_"}

// summaryTableFiles returns the files of summaryTables in an RS CSV
// directory given on the command line, or nil when arg is not such a
// directory (it is then read as export reads it).
func summaryTableFiles(arg string) []string {
	if !rscsv.Detect(arg) {
		return nil
	}
	ents, err := os.ReadDir(arg)
	if err != nil {
		return nil // a table file, not a directory
	}
	var files []string
	for _, e := range ents {
		if e.IsDir() || !rscsv.IsTableFile(e.Name()) {
			continue
		}
		for _, p := range summaryTables {
			if strings.HasPrefix(e.Name(), p) {
				files = append(files, filepath.Join(arg, e.Name()))
			}
		}
	}
	return files
}

// summaryCSV streams the sheets of the RS table files (of directory arg)
// to in, as rscsvInput does: value problems are reported after the set
// and mark the run failed; only an error of in.Emit stops the run.
func summaryCSV(arg string, files []string, in *input.Walker) error {
	set, err := rscsv.Open(files...)
	if err == nil {
		var emitErr error
		err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
			emitErr = in.Emit(arg, s)
			return emitErr
		})
		if emitErr != nil {
			return emitErr
		}
	}
	if err != nil {
		reportError(in.Stderr, err)
		in.MarkFailed()
	}
	return nil
}

func validSource(s string) bool {
	for _, x := range crossproject.Sources {
		if string(x) == s {
			return true
		}
	}
	return false
}

// writeCross writes the set-level tables of res to dir.
func writeCross(dir string, format sheetarrow.Format, res *crossproject.Result) error {
	recs, err := sheetarrow.CrossRecords(nil, res)
	if err != nil {
		return err
	}
	defer func() {
		for _, r := range recs {
			r.Record.Release()
		}
	}()
	return sheetarrow.WriteSetTables(dir, format, recs, sheetarrow.WriterOptions{})
}

// printCoverage prints one line per 事業年度: sheets and which spending
// tables they have, naming a table no sheet has as absent.
func printCoverage(w io.Writer, res *crossproject.Result) {
	for _, y := range res.Years {
		fmt.Fprintf(w, "# 事業年度 %d: %d sheets; 支出先上位者リスト (5-1) on %d, 費目・使途 (5-3) on %d, 国庫債務負担行為等 (5-4) on %d, block totals on %d\n",
			y.FiscalYear, y.Sheets, y.SheetsWithRecipients, y.SheetsWithUses, y.SheetsWithDebtContracts, y.SheetsWithBlockTotals)
		if y.SheetsWithRecipients == 0 {
			fmt.Fprintf(w, "# 事業年度 %d: no 支出先上位者リスト (5-1): recipients, their contracts and block totals are absent (shown as —, not 0)\n", y.FiscalYear)
		}
	}
	if n := len(res.Duplicates); n > 0 {
		fmt.Fprintf(w, "# %d sheets given twice were counted once: %s\n", n, strings.Join(firstN(res.Duplicates, 5), ", "))
	}
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], "…")
	}
	return s
}

// yen prints an amount, or — when absent.
func yen(v *int64) string {
	if v == nil {
		return "—"
	}
	return strconv.FormatInt(*v, 10)
}

// pct prints a share (0–1) as percent, or —.
func pct(v *float64) string {
	if v == nil {
		return "—"
	}
	return strconv.FormatFloat(*v*100, 'f', 1, 64) + "%"
}

// num prints a percentage value, or —.
func num(v *float64) string {
	if v == nil {
		return "—"
	}
	return strconv.FormatFloat(*v, 'f', 2, 64)
}

func printMinistries(w io.Writer, res *crossproject.Result) {
	fmt.Fprintln(w, "\nyear\tministry\tsheets\texec_year\tbudget_total\texecuted\trate<50%\tdirect_blocks\tredelegated_blocks")
	for _, m := range res.Ministries {
		fmt.Fprintf(w, "%d\t%s\t%d\t%d\t%s\t%s\t%d/%d\t%s\t%s\n", m.FiscalYear, m.Ministry, m.Sheets, m.ExecutionYear,
			yen(m.Budget.Ptr()), yen(m.Executed.Ptr()), m.ProjectsBelowHalf, m.ProjectsRated,
			yen(m.DirectBlocks.Ptr()), yen(m.RedelegatedBlocks.Ptr()))
	}
	printStats(w, "ministry", res.ByMinistry, "")
}

func printMethods(w io.Writer, res *crossproject.Result, source crossproject.Source) {
	printStats(w, "method", res.ByMethod, source)
}

// printStats prints contract statistics.
func printStats(w io.Writer, by string, stats []crossproject.ContractStats, source crossproject.Source) {
	fmt.Fprintf(w, "\nyear\tsource\t%s\tcontracts\tredelegated_excluded\tamount\tcompetitive\tone_bidder\tone_bidder_share\tone_bidder_amount_share\tnegotiated_share\tnegotiated_amount_share\tmean_winning_rate\n", by)
	for i := range stats {
		s := &stats[i]
		if source != "" && s.Source != source {
			continue
		}
		group := s.Group
		if group == "" {
			group = "—" // no 契約方式等 written
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%d\t%d\t%s\t%d\t%d/%d\t%s\t%s\t%s\t%s\t%s\n", s.FiscalYear, s.Source, group, s.Contracts,
			s.Redelegated, yen(s.Amount.Ptr()), s.Competitive, s.OneBidder, s.BiddersKnown, pct(s.OneBidderShare()), pct(s.OneBidderAmountShare()),
			pct(s.NegotiatedShare()), pct(s.NegotiatedAmountShare()), num(s.MeanWinningBidRate()))
	}
}

// printEntities prints the top entities of each 事業年度 and source by
// amount received (direct + redelegated + unlinked).
func printEntities(w io.Writer, res *crossproject.Result, top int, source crossproject.Source) error {
	names := make(map[string]*crossproject.Entity, len(res.Entities))
	for i := range res.Entities {
		names[res.Entities[i].Key] = &res.Entities[i]
	}
	type group struct {
		year int
		src  crossproject.Source
	}
	groups := map[group][]*crossproject.EntityTotal{}
	var order []group
	for i := range res.Totals {
		t := &res.Totals[i]
		if source != "" && t.Source != source {
			continue
		}
		g := group{t.FiscalYear, t.Source}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], t)
	}
	merged := 0
	for i := range res.Entities {
		if e := &res.Entities[i]; e.Kind == crossproject.KeyName && len(e.Names) > 1 {
			merged++
		}
	}
	fmt.Fprintf(w, "# %d entities; %d keyed by name merge several spellings (entities.names)\n", len(res.Entities), merged)
	shown := 0
	for i := range res.Entities {
		if e := &res.Entities[i]; e.Kind == crossproject.KeyName && len(e.Names) > 1 && shown < top {
			fmt.Fprintf(w, "#   merged %s: %s\n", e.Key, strings.Join(e.Names, " | "))
			shown++
		}
	}
	for _, g := range order {
		list := groups[g]
		recv := make([]int64, len(list))
		for i, t := range list {
			var err error
			if recv[i], err = t.Received(); err != nil {
				return fmt.Errorf("%s: %w", t.Key, err)
			}
		}
		idx := make([]int, len(list))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool {
			if recv[idx[a]] != recv[idx[b]] {
				return recv[idx[a]] > recv[idx[b]]
			}
			return list[idx[a]].Key < list[idx[b]].Key
		})
		fmt.Fprintf(w, "\n%d %s\trank\tentity_key\tname\treceived\tdirect\tredelegated\tunlinked\trows\tprojects\n", g.year, g.src)
		for r, i := range idx {
			if r >= top {
				break
			}
			t := list[i]
			name := ""
			if e := names[t.Key]; e != nil {
				name = e.Name
			}
			fmt.Fprintf(w, "\t%d\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%d\n", r+1, t.Key, name, recv[i],
				yen(t.Direct.Ptr()), yen(t.Redelegated.Ptr()), yen(t.Unlinked.Ptr()), t.Rows, t.Projects)
		}
	}
	return nil
}

// printProjects prints the budget path (the Latest project_years rows)
// of every project, or of one; with all, every sheet's rows.
func printProjects(w io.Writer, res *crossproject.Result, id string, all bool) {
	fmt.Fprintln(w, "\nproject_id\tbudget_year\tfrom_sheet\trequest\tinitial\tsupplementary\tcarried_over\ttotal\texecuted\tcarried_forward\tunused\trate")
	for _, p := range res.Projects {
		if (!p.Latest && !all) || (id != "" && p.ProjectID != id) {
			continue
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ProjectID, p.BudgetYear, p.FiscalYear,
			yen(p.Request), yen(p.Initial), yen(p.Supplementary), yen(p.CarriedOver), yen(p.Total), yen(p.Executed),
			yen(p.CarriedForward), yen(p.Unused), num(p.Rate))
	}
	for _, c := range res.Candidates() {
		if id == "" || c.FromID == id || c.ToID == id {
			fmt.Fprintf(w, "# %d/%s is not in %d; same 事業名 in %d/%s (a candidate, not joined): %s\n",
				c.FromYear, c.FromID, c.ToYear, c.ToYear, c.ToID, c.Name)
		}
	}
}
