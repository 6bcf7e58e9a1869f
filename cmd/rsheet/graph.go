package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/rsheet/rsheet/outcome"
)

func init() {
	register(command{name: "graph", summary: "draw the 効果発現経路 of a sheet as Graphviz DOT or Mermaid", run: runGraph})
}

// graphFormats maps -format values to writers.
var graphFormats = map[string]func(*outcome.Graph, io.Writer) error{
	"dot":     (*outcome.Graph).WriteDOT,
	"mermaid": (*outcome.Graph).WriteMermaid,
}

// runGraph prints the outcome graph of one sheet:
//
//	rsheet graph -format dot FILE | dot -Tsvg > graph.svg
//	rsheet graph -format mermaid FILE
//	rsheet graph ../rs2024#2024-006423
//
// INPUT is one sheet of any input kind (see input.Walker): a text or PDF
// file, "-", or one project of the RS CSVs as PATH#YEAR-ID; an input that
// holds several sheets is a usage error (exit 2) naming that form.
// A sheet with errors fails (exit 1) unless -lenient, which draws the
// partial graph and still reports the errors and exits 1. A sheet
// without a 効果発現経路 section draws an empty graph.
func runGraph(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("graph", "INPUT", stderr)
	format := fs.String("format", "dot", "output format: dot or mermaid")
	lenient := fs.Bool("lenient", false, "draw the partial graph of a sheet with errors (errors still go to stderr and exit 1)")
	if code, ok := parseArgs(fs, args, stdout); !ok {
		return code
	}
	write, ok := graphFormats[*format]
	if !ok {
		fmt.Fprintf(stderr, "rsheet graph: unknown format %q (want dot or mermaid)\n", *format)
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	sheet, _, code := loadOne(fs.Arg(0), *lenient, stderr)
	if sheet == nil {
		return code
	}
	g := sheet.Outcome
	if g == nil {
		g = &outcome.Graph{}
	}
	bw := bufio.NewWriter(stdout)
	if err := write(g, bw); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	return code
}
