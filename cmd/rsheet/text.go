package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet/input"
	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

func init() {
	register(command{name: "text", summary: "print the text the parser reads (a PDF's rebuilt text; -n: page and line numbers)", run: runText})
}

// runText prints, for each FILE, the text the sheet parser reads: for a
// PDF (detected by content) the text rebuilt from its text layer
// (pdfsheet.Text: table rows on one line, a form feed
// between pages), for a text file the file as it is. With -n every line
// is prefixed with its page and line number, "p3 L120 │ ": line numbers
// are those of parser messages (FILE:LINE:…) — they count LF, CRLF and
// lone CR line ends, and a form feed starts a new page but not a new
// line (it is shown as ␌). Several files are each preceded by a
// "==> FILE <==" line. Exit 1 when a file cannot be read or extracted
// (the others are still printed), 2 on a usage error; -h prints the
// usage and exits 0.
func runText(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("text", "FILE...", stderr)
	number := fs.Bool("n", false, "prefix each line with its page and line number (p3 L120 │ …), as parser messages count them")
	if code, ok := parseArgs(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	code := exitOK
	for i, name := range fs.Args() {
		if fs.NArg() > 1 {
			if i > 0 {
				w.WriteByte('\n')
			}
			fmt.Fprintf(w, "==> %s <==\n", name)
		}
		text, err := readText(name)
		if err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			code = exitFailed
			continue
		}
		if *number {
			writeNumbered(w, text)
		} else {
			w.Write(text)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	return code
}

// readText returns what the parser reads from the file name. The RS
// CSVs (a set, or PATH#YEAR-ID) are tables, not text: they are refused
// with a pointer to parse.
func readText(name string) ([]byte, error) {
	if _, _, _, ok := input.SplitProject(name); ok || (name != "-" && rscsv.Detect(name)) {
		return nil, fmt.Errorf("the RS CSVs are tables, not sheet text: rsheet parse %s shows the sheet read from them", name)
	}
	var src []byte
	var err error
	if name == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	if !reviewsheet.IsPDF(src) {
		return src, nil
	}
	text, err := pdfsheet.Text(src, 0)
	if err != nil {
		return nil, err
	}
	return []byte(text), nil
}

// writeNumbered writes text with a "pP LN │ " prefix on every line. The
// page numbers are reviewsheet.Pages', which findings and errors on PDF
// input cite ("FILE:p2:L34"); a form feed is shown as ␌.
func writeNumbered(w *bufio.Writer, text []byte) {
	pages := reviewsheet.NewPages(text)
	line := 1
	for len(text) > 0 {
		end := bytes.IndexAny(text, "\r\n")
		next := end + 1
		switch {
		case end < 0:
			end, next = len(text), len(text)
		case text[end] == '\r' && next < len(text) && text[next] == '\n':
			next++
		}
		ln := strings.ReplaceAll(string(text[:end]), "\f", "␌")
		fmt.Fprintf(w, "p%d L%d │ %s\n", pages.Page(line), line, ln)
		text = text[next:]
		line++
	}
}
