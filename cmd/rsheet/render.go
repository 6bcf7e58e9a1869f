package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
	"github.com/rsheet/rsheet/reviewsheet/sheetfmt"
)

func init() {
	register(command{name: "render", summary: "write a sheet in the RS layout (text or PDF), e.g. from the bulk CSVs: DIR#2024-006423", run: runRender})
}

// runRender writes one sheet as sheet text in the RS layout (package
// sheetfmt), or as a PDF whose text layer is that text. The input is a
// sheet file (text or PDF) or the RS bulk CSVs with the sheet named as
// PATH#YEAR-ID (leading zeros of the ID optional).
func runRender(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", "FILE | CSV_DIR_OR_ZIP#YEAR-ID", stderr)
	format := fs.String("format", "text", "output: text (sheet text) or pdf (a PDF of that text: one text line per line, no embedded font; for ruled cells run internal/pdftext/fixturegen on the text)")
	outDir := fs.String("o", "", "write every sheet of the RS CSVs as DIR/YEAR-ID.txt (or .pdf) instead of one sheet to stdout")
	if code, ok := parseArgs(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() != 1 || (*format != "text" && *format != "pdf") {
		fs.Usage()
		return exitUsage
	}
	if *outDir != "" {
		return renderAll(fs.Arg(0), *outDir, *format, stderr)
	}
	sheet, err := renderInput(fs.Arg(0))
	if err != nil {
		reportError(stderr, err)
		return exitFailed
	}
	txt := sheetfmt.Format(sheet)
	out := txt
	if *format == "pdf" {
		out = minipdf.TextDoc(string(txt))
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// renderAll writes every sheet of the RS CSVs at path into dir, one
// file per sheet named YEAR-ID.txt (.pdf), streaming: one sheet in memory
// at a time.
func renderAll(path, dir, format string, stderr io.Writer) int {
	set, err := rscsv.Open(path)
	if err != nil {
		reportError(stderr, err)
		return exitFailed
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		out := sheetfmt.Format(s)
		ext := ".txt"
		if format == "pdf" {
			out, ext = minipdf.TextDoc(string(out)), ".pdf"
		}
		return os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d-%s%s", s.FiscalYear, s.ProjectID, ext)), out, 0o644)
	})
	if err != nil {
		reportError(stderr, err)
		return exitFailed
	}
	return exitOK
}

// renderInput reads the sheet named by arg: PATH#YEAR-ID from the RS
// bulk CSVs, or a sheet file.
func renderInput(arg string) (*reviewsheet.Sheet, error) {
	path, year, id, ok, err := splitSheetRef(arg)
	if err != nil {
		return nil, err
	}
	if !ok {
		if rscsv.Detect(arg) {
			return nil, fmt.Errorf("%s: RS CSVs hold many sheets: name one as %s#YEAR-ID", arg, arg)
		}
		return readSheet(arg, false)
	}
	set, err := rscsv.Open(path)
	if err != nil {
		return nil, err
	}
	return set.Lookup(year, id)
}

// splitSheetRef splits "PATH#YEAR-ID" (ok false when arg has no
// "#YEAR-ID" suffix).
func splitSheetRef(arg string) (path string, year int, id string, ok bool, err error) {
	i := strings.LastIndexByte(arg, '#')
	if i < 0 {
		return arg, 0, "", false, nil
	}
	path, ref := arg[:i], arg[i+1:]
	y, id, found := strings.Cut(ref, "-")
	if !found || id == "" {
		return "", 0, "", false, errors.New(arg + ": want PATH#YEAR-ID, e.g. ../shared/rs2024#2024-006423")
	}
	year, err = strconv.Atoi(y)
	if err != nil {
		return "", 0, "", false, fmt.Errorf("%s: %q is not a year", arg, y)
	}
	return path, year, id, true, nil
}
