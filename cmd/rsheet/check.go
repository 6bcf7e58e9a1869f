package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/rsheet/rsheet/reviewsheet"
)

func init() {
	register(command{name: "check", summary: "recompute every derived figure and report findings", run: runCheck})
}

// runCheck implements `rsheet check [-format text|json] FILE...`.
// Exit 0: no error finding; 1: at least one error finding; 2: usage, or
// an input could not be read or parsed (its errors go to stderr).
// Warnings and infos never change the exit code.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "FILE...", stderr)
	format := fs.String("format", "text", "output format: text (file:line: severity: code: message) or json (array of findings)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 || (*format != "text" && *format != "json") {
		fs.Usage()
		return exitUsage
	}
	all := []reviewsheet.Finding{}
	unreadable := false
	for _, name := range fs.Args() {
		sheet, err := readSheet(name, false)
		if err != nil {
			reportError(stderr, err)
			unreadable = true
			continue
		}
		all = append(all, reviewsheet.Check(sheet)...)
	}
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
	case reviewsheet.HasErrors(all):
		return exitFailed
	}
	return exitOK
}

// formatFinding renders a finding like a compiler diagnostic.
func formatFinding(f reviewsheet.Finding) string {
	pos := f.File
	if f.Line > 0 {
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
