package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rsheet/rsheet/reviewsheet/input"
	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

func init() {
	register(command{name: "parse", summary: "print sheets as JSON (one object; JSON Lines for several sheets)", run: runParse})
}

// runParse implements `rsheet parse [-lenient] INPUT...`. INPUT is any
// input kind (see input.Walker): a text or PDF sheet, "-", an RS CSV set
// (every sheet of it) or one project of it (PATH#YEAR-ID), a directory.
// One sheet file or project prints one indented object; anything that
// can hold several sheets prints JSON Lines. Exit 1 when an input fails
// (the others are still printed), 2 on usage errors.
func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("parse", "INPUT...", stderr)
	lenient := fs.Bool("lenient", false, "print the partial sheet of an input with errors (errors still go to stderr and exit 1)")
	if code, ok := parseArgs(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if fs.NArg() == 1 && singleSheet(fs.Arg(0)) {
		enc.SetIndent("", "  ")
	}
	var outErr error
	in := newInputs(*lenient, stderr, func(_ string, s *reviewsheet.Sheet) error {
		outErr = enc.Encode(s)
		return outErr
	})
	for _, arg := range fs.Args() {
		if err := in.Input(arg); err != nil {
			break
		}
	}
	if outErr != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", outErr)
		return exitFailed
	}
	if in.Failed() {
		return exitFailed
	}
	return exitOK
}

// singleSheet reports whether an input names one sheet: a file that is
// not an RS table, "-", or PATH#YEAR-ID.
func singleSheet(arg string) bool {
	if arg == "-" {
		return true
	}
	if _, _, _, ok := input.SplitProject(arg); ok {
		return true
	}
	st, err := os.Stat(arg)
	return err == nil && !st.IsDir() && !rscsv.Detect(arg)
}

// readSheet opens and parses one input file ("-": standard input).
func readSheet(name string, lenient bool) (*reviewsheet.Sheet, error) {
	return input.ReadFile(name, reviewsheet.Parser{Name: name, Lenient: lenient, PDF: pdfsheet.Extract}, stdin)
}

// errSecondSheet stops reading an input of a one-sheet command.
var errSecondSheet = errors.New("more than one sheet")

// loadOne reads the single sheet of a one-sheet command (graph, report)
// from any input kind. An input that holds several sheets (an RS set, a
// directory) is a usage error naming the PATH#YEAR-ID form. name is how
// findings name the sheet: the input, or PATH#YEAR-ID for a sheet of the
// RS CSVs. Errors go to stderr; code is exitFailed when there were any,
// and sheet is nil when there is nothing to show (a lenient parse keeps
// the partial sheet).
func loadOne(arg string, lenient bool, stderr io.Writer) (sheet *reviewsheet.Sheet, name string, code int) {
	var first string
	in := newInputs(lenient, stderr, func(source string, s *reviewsheet.Sheet) error {
		if sheet != nil {
			return errSecondSheet
		}
		sheet, first = s, source
		return nil
	})
	if err := in.Input(arg); errors.Is(err, errSecondSheet) {
		fmt.Fprintf(stderr, "rsheet: %s holds more than one sheet: name one, as %s#%d-%s for example\n", arg, first, sheet.FiscalYear, sheet.ProjectID)
		return nil, "", exitUsage
	}
	if sheet == nil {
		if !in.Failed() {
			fmt.Fprintf(stderr, "rsheet: %s: no review sheet found\n", arg)
		}
		return nil, "", exitFailed
	}
	name = sheetName(first, sheet)
	if in.Failed() {
		return sheet, name, exitFailed
	}
	return sheet, name, exitOK
}

// sheetName is how findings name a sheet: its source, or SOURCE#YEAR-ID
// for a sheet of the RS CSVs (which have no lines).
func sheetName(source string, s *reviewsheet.Sheet) string {
	if s.Source == nil {
		return fmt.Sprintf("%s#%d-%s", source, s.FiscalYear, s.ProjectID)
	}
	return source
}

// reportError prints each error of a list on its own line
// ("FILE:LINE: ...").
func reportError(stderr io.Writer, err error) { input.Report(stderr, err) }
