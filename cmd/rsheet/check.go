package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/rsheet/rsheet/internal/progress"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

func init() {
	register(command{name: "check", summary: "recompute every derived figure and report findings", run: runCheck})
}

// runCheck implements `rsheet check [-format text|json] [-against DIR_OR_ZIP] [-lenient] INPUT...`.
// INPUT is any input kind (see input.Walker): sheet files, "-",
// directories of them, the RS bulk CSVs or one project of them
// (PATH#YEAR-ID), whose sheets have no lines and are named FILE#YEAR-ID
// in the findings (../rs2024#2024-006423). The tables an RS input or the
// -against set lacks are warned on stderr, and each comparison -against
// cannot make is an xcheck.skipped info.
// Exit 0: no error finding; 1: at least one error finding; 2: usage, or
// an input could not be read or parsed (its errors go to stderr).
// Warnings and infos never change the exit code.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "INPUT...", stderr)
	format := fs.String("format", "text", "output format: text (file:line: severity: code: message) or json (array of findings)")
	quiet := fs.Bool("q", false, "no progress line on stderr (drawn only when stderr is a terminal: done/total sheets, rate, ETA)")
	lenient := fs.Bool("lenient", false, "check the partial sheet of an input with parse errors too (the errors still go to stderr and exit 2)")
	var against pathList
	fs.Var(&against, "against", "cross-check each sheet against the official RS bulk CSVs in `DIR_OR_ZIP` (repeatable)")
	if code, ok := parseArgs(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() == 0 || (*format != "text" && *format != "json") {
		fs.Usage()
		return exitUsage
	}
	var official *rscsv.Set
	if len(against) > 0 {
		set, err := rscsv.Open(against...)
		if err != nil {
			reportError(stderr, err)
			return exitUsage
		}
		official = set
		for _, w := range set.Warnings() {
			fmt.Fprintf(stderr, "rsheet: warning: -against %s\n", w)
		}
	}
	all := []audit.Finding{}
	vendors := audit.NewVendorTally() // spending.vendor_share needs every sheet
	prog := progress.New(stderr, 0, *quiet)
	prog.SetLabel("check")
	in := newInputs(*lenient, stderr, func(source string, sheet *reviewsheet.Sheet) error {
		prog.Done(1)
		name := sheetName(source, sheet) // a sheet of the RS CSVs has no lines: FILE#YEAR-ID
		found := audit.Check(sheet)
		vendors.Add(sheet)
		for i := range found {
			found[i].File = name
		}
		all = append(all, found...)
		if official != nil {
			all = append(all, crossCheck(official, sheet, name, stderr)...)
		}
		return nil
	})
	if prog.Enabled() {
		prog.SetTotal(in.Count(fs.Args()))
	}
	for _, arg := range fs.Args() {
		in.Input(arg) // emit never fails; input errors are reported and recorded
	}
	prog.Finish()
	all = append(all, vendors.Findings()...) // named by ministry, after the sheets
	unreadable := in.Failed()
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "rsheet: %v\n", err)
			return exitUsage
		}
	default:
		for _, f := range all {
			fmt.Fprintln(stdout, formatFinding(f))
		}
	}
	switch {
	case unreadable:
		return exitUsage
	case audit.HasErrors(all):
		return exitFailed
	}
	return exitOK
}

// crossCheck compares a sheet with the official rows of the same project:
// those of its own 事業年度 or, when the set has none, of the year before
// (whose CSV holds the execution year's figures). A project the set does
// not hold at all is an error finding.
func crossCheck(set *rscsv.Set, sheet *reviewsheet.Sheet, name string, stderr io.Writer) []audit.Finding {
	for _, y := range []int{sheet.FiscalYear, sheet.FiscalYear - 1} {
		off, err := set.Lookup(y, sheet.ProjectID)
		if errors.Is(err, reviewsheet.ErrMissing) && off == nil {
			continue
		}
		if err != nil {
			reportError(stderr, err) // value problems of the official rows: reported, the rest compared
		}
		if off == nil {
			break
		}
		fs := audit.Compare(sheet, off)
		for i := range fs {
			fs[i].File = name
		}
		return fs
	}
	return []audit.Finding{{
		File: name, Code: audit.CodeXNotFound, Severity: audit.SeverityError, Path: "project_id",
		Line: sheet.Source.Line("project_id"), Stated: sheet.ProjectID,
		Message: fmt.Sprintf("the official data has no rows for 予算事業ID %s in 事業年度 %d or %d", sheet.ProjectID, sheet.FiscalYear, sheet.FiscalYear-1),
	}}
}

// pathList is a repeatable string flag.
type pathList []string

func (l *pathList) String() string     { return strings.Join(*l, ",") }
func (l *pathList) Set(v string) error { *l = append(*l, v); return nil }

// formatFinding renders a finding like a compiler diagnostic.
func formatFinding(f audit.Finding) string {
	pos := f.File
	switch {
	case f.Line > 0 && f.Page > 0: // PDF input: the page and line of `rsheet text -n`
		pos = fmt.Sprintf("%s:p%d:L%d", f.File, f.Page, f.Line)
	case f.Line > 0:
		pos = fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	s := fmt.Sprintf("%s: %s: %s: %s", pos, f.Severity, f.Code, f.Message)
	if f.Stated != "" || f.Recomputed != "" {
		s += fmt.Sprintf(" [stated %s, recomputed %s]", orDash(f.Stated), orDash(f.Recomputed))
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
