package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rsheet/rsheet/internal/report"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

func init() {
	register(command{name: "report", summary: "write one sheet as a self-contained HTML page with charts", run: runReport})
}

// runReport implements `rsheet report [-o OUT.html] [-top N] [-lang ja|en] [-lenient] INPUT`.
// INPUT is one sheet of any input kind (see loadOne), PATH#YEAR-ID for a
// project of the RS CSVs.
//
// The page (internal/report) holds the header facts, the budget chart,
// the 資金の流れ, the 効果発現経路, the findings of Check and the contracts.
// Without -o (or with -o -) it goes to stdout. Exit 0 on success; 1 when
// the sheet has errors (with -lenient the partial page is still written)
// or the output cannot be written; 2 on usage errors.
func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("report", "INPUT", stderr)
	out := fs.String("o", "-", "output HTML file (- for stdout)")
	top := fs.Int("top", report.DefaultTopRecipients, "recipients per block drawn in the flow diagram")
	lenient := fs.Bool("lenient", false, "render the partial sheet of an input with errors (errors still go to stderr and exit 1)")
	lang := fs.String("lang", report.LangJapanese, "language of the finding messages: ja (Japanese, the original English below each) or en")
	if code, ok := parseArgs(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() != 1 || *top < 1 || (*lang != report.LangJapanese && *lang != report.LangEnglish) {
		fs.Usage()
		return exitUsage
	}
	sheet, name, code := loadOne(fs.Arg(0), *lenient, stderr)
	if sheet == nil {
		return code
	}
	var buf bytes.Buffer
	opt := report.Options{Findings: audit.Check(sheet), TopRecipients: *top, Source: filepath.Base(name), Lang: *lang}
	if err := report.Write(&buf, sheet, opt); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	if *out == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "rsheet: %v\n", err)
			return exitFailed
		}
		return code
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	return code
}
