package main

import (
	"io"
	"os"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/input"
)

// Inputs of every command are read by input.Walker (package
// reviewsheet/input): sheet files (text or PDF), "-" for standard input,
// the RS bulk CSVs (a table ZIP or CSV, or a directory holding them),
// PATH#YEAR-ID for one project of such a set, and directories of any of
// these, walked. The examples use the same walker.

// stdin is what "-" reads (tests replace it).
var stdin io.Reader = os.Stdin

// inputHooks are offered every input path after the RS CSVs (tests add
// input kinds with them).
var inputHooks []input.Hook

// newInputs returns the walker of a command: errors in the CLI's format
// to stderr, "-" from stdin.
func newInputs(lenient bool, stderr io.Writer, emit func(source string, s *reviewsheet.Sheet) error) *input.Walker {
	return &input.Walker{
		Parser: reviewsheet.Parser{Lenient: lenient},
		Emit:   emit,
		Stderr: stderr,
		Report: reportError,
		Stdin:  stdin,
		Hooks:  inputHooks,
	}
}
