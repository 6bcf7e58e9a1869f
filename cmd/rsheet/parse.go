package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/rsheet/rsheet/reviewsheet"
)

func init() {
	register(command{name: "parse", summary: "print sheets as JSON (one object; JSON Lines for several files)", run: runParse})
}

func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("parse", "FILE...", stderr)
	lenient := fs.Bool("lenient", false, "print the partial sheet of an input with errors (errors still go to stderr and exit 1)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if fs.NArg() == 1 {
		enc.SetIndent("", "  ")
	}
	code := exitOK
	for _, name := range fs.Args() {
		sheet, err := readSheet(name, *lenient)
		if err != nil {
			reportError(stderr, err)
			code = exitFailed
		}
		if sheet == nil {
			continue
		}
		if err := enc.Encode(sheet); err != nil {
			fmt.Fprintf(stderr, "rsheet: %v\n", err)
			return exitFailed
		}
	}
	return code
}

// readSheet opens and parses one input file.
func readSheet(name string, lenient bool) (*reviewsheet.Sheet, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := reviewsheet.Parser{Name: name, Lenient: lenient}
	return p.Parse(f)
}

// loadOne reads the single sheet of a one-file command. Errors go to
// stderr; the exit code is exitFailed when there were any, and sheet is
// nil when there is nothing to show (a lenient parse keeps the partial
// sheet).
func loadOne(name string, lenient bool, stderr io.Writer) (sheet *reviewsheet.Sheet, code int) {
	sheet, err := readSheet(name, lenient)
	if err != nil {
		reportError(stderr, err)
		return sheet, exitFailed
	}
	return sheet, exitOK
}

// reportError prints each error of a list on its own line
// ("FILE:LINE: ...").
func reportError(stderr io.Writer, err error) {
	if list, ok := err.(reviewsheet.ErrorList); ok {
		for _, e := range list {
			fmt.Fprintln(stderr, e)
		}
		return
	}
	fmt.Fprintf(stderr, "rsheet: %v\n", err)
}
