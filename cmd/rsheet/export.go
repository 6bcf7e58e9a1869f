package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rsheet/rsheet/internal/progress"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
	"github.com/rsheet/rsheet/reviewsheet/sheetarrow"
)

func init() {
	register(command{name: "export", summary: "write sheets as tables: Arrow IPC, Parquet or CSV (one file per table)", run: runExport})
}

// exportCheck computes the findings table of a sheet. It is a variable so
// that tests (and later checks) can replace it.
var exportCheck = reviewsheet.Check

// exportHook lets another input kind claim an input before it is read as
// a sheet file or walked as a directory: the RS CSV importer registers
// one for its directories and ZIP files. A hook returns handled=false to
// leave the path alone; otherwise it calls emit once per sheet, in a
// stable order, with the source name for the sheets table (sheets from
// CSV have no Source), and returns the error of the input, if any (the
// export goes on with the other inputs and exits 1).
type exportHook func(path string, emit func(source string, s *reviewsheet.Sheet) error) (handled bool, err error)

// exportHooks are tried in order for every input path (arguments and
// the entries of walked directories).
var exportHooks = []exportHook{rscsvInput}

// rscsvInput exports the RS system's bulk CSVs: a table ZIP or CSV
// ("2-1_RS_2025_….zip") or a directory holding them (rscsv.Detect). All
// sheets of the set go out in order of year and project ID; their source
// is the input path. Value problems are reported after the set and make
// the run exit 1; the sheets are still exported.
func rscsvInput(path string, emit func(source string, s *reviewsheet.Sheet) error) (bool, error) {
	if !rscsv.Detect(path) {
		return false, nil
	}
	set, err := rscsv.Open(path)
	if err != nil {
		return true, err
	}
	return true, set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error { return emit(path, s) })
}

// runExport implements
//
//	rsheet export -format arrow|parquet|csv -o DIR [flags] INPUT...
//
// INPUT is a sheet file (text or PDF), an RS CSV input (see rscsvInput)
// or a directory, walked recursively in lexical order; a directory that
// holds RS tables is read as one RS CSV set. A file named on the command line must parse. In a
// directory, files that are not review sheets (neither a PDF nor text
// with 行政事業レビューシート near the top: READMEs, CSVs, …) and dot files
// are skipped with a note on stderr; sheets that fail to parse are
// errors. Rows keep the order of the inputs. A sheet whose 事業年度 and
// 予算事業ID repeat an earlier input's (the text and the PDF of one
// sheet) is exported again, with a note on stderr.
//
// Exit 0: every input exported; 1: an input failed (its errors go to
// stderr, the other inputs are exported) or the output could not be
// written; 2: usage.
func runExport(args []string, stdout, stderr io.Writer) int {
	fset := newFlagSet("export", "-o DIR INPUT...", stderr)
	formatName := fset.String("format", "parquet", "output format: arrow (Arrow IPC file), parquet (zstd) or csv")
	out := fset.String("o", "", "output directory (created if needed; files of the same names are replaced)")
	lenient := fset.Bool("lenient", false, "export the partial sheet of an input with errors (the errors still go to stderr and exit 1)")
	flush := fset.Int("flush", sheetarrow.DefaultFlushSheets, "sheets per record batch (bounds memory)")
	bom := fset.Bool("bom", false, "csv: start files with a UTF-8 byte order mark (for Excel)")
	zstdIPC := fset.Bool("zstd", false, "arrow: compress record batches with zstd")
	verbose := fset.Bool("v", false, "print the row count of every table to stderr")
	quiet := fset.Bool("q", false, "no progress line on stderr (it is drawn only when stderr is a terminal)")
	if err := fset.Parse(args); err != nil {
		return exitUsage
	}
	format, err := sheetarrow.ParseFormat(*formatName)
	if err != nil || *out == "" || fset.NArg() == 0 || *flush <= 0 {
		if err != nil {
			fmt.Fprintf(stderr, "rsheet export: %v\n", err)
		}
		fset.Usage()
		return exitUsage
	}
	w, err := sheetarrow.NewWriter(*out, format, sheetarrow.WriterOptions{
		FlushSheets: *flush,
		IPC:         sheetarrow.IPCOptions{Zstd: *zstdIPC},
		CSV:         sheetarrow.CSVOptions{BOM: *bom},
	})
	if err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	e := &exporter{w: w, lenient: *lenient, stderr: stderr, prog: progress.New(stderr, 0, *quiet), seen: map[sheetKey]string{}}
	e.prog.SetLabel("export")
	for _, in := range fset.Args() {
		if err := e.input(in); err != nil {
			break // the output failed: stop
		}
	}
	e.prog.Finish()
	if err := w.Close(); err != nil && e.writeErr == nil {
		e.writeErr = err
	}
	if e.writeErr != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", e.writeErr)
		return exitFailed
	}
	if *verbose {
		fmt.Fprintf(stderr, "rsheet: %d sheets to %s\n", w.Sheets(), *out)
		for _, t := range sheetarrow.Tables() {
			fmt.Fprintf(stderr, "  %-32s %d rows\n", sheetarrow.FileName(t, format), w.Rows(t))
		}
	}
	if e.failed {
		return exitFailed
	}
	return exitOK
}

// exporter feeds inputs to a Writer.
type exporter struct {
	w        *sheetarrow.Writer
	lenient  bool
	stderr   io.Writer
	failed   bool  // an input failed
	writeErr error // the output failed
	prog     *progress.Reporter
	seen     map[sheetKey]string // first source of each sheet
}

// sheetKey identifies a sheet across inputs.
type sheetKey struct {
	year int
	id   string
}

// input exports one command-line argument. It returns an error only when
// writing failed; input errors are reported and recorded.
func (e *exporter) input(path string) error {
	if handled, err := e.hooks(path); handled {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		e.fail(err)
		return nil
	}
	if !info.IsDir() {
		return e.file(path)
	}
	return e.walk(path)
}

// hooks offers path to the exportHooks.
func (e *exporter) hooks(path string) (bool, error) {
	for _, h := range exportHooks {
		handled, err := h(path, func(source string, s *reviewsheet.Sheet) error {
			return e.add(source, s)
		})
		if !handled {
			continue
		}
		if e.writeErr != nil {
			return true, e.writeErr
		}
		if err != nil {
			reportError(e.stderr, err)
			e.failed = true
		}
		return true, nil
	}
	return false, nil
}

// walk exports the sheets of a directory tree in lexical order.
func (e *exporter) walk(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			e.fail(err)
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != root {
			if handled, err := e.hooks(path); handled {
				if err != nil {
					return err
				}
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		ok, err := looksLikeSheet(path)
		if err != nil {
			e.fail(err)
			return nil
		}
		if !ok {
			fmt.Fprintf(e.stderr, "rsheet: skipping %s: not a review sheet\n", path)
			return nil
		}
		return e.file(path)
	})
}

// file exports one sheet file.
func (e *exporter) file(path string) error {
	s, err := readSheet(path, e.lenient)
	if err != nil {
		reportError(e.stderr, err)
		e.failed = true
	}
	if s == nil {
		return nil
	}
	return e.add(path, s)
}

// add writes one sheet with its findings.
func (e *exporter) add(source string, s *reviewsheet.Sheet) error {
	if e.writeErr != nil {
		return e.writeErr
	}
	e.prog.Done(1)
	k := sheetKey{s.FiscalYear, s.ProjectID}
	if first, ok := e.seen[k]; ok && s.ProjectID != "" {
		fmt.Fprintf(e.stderr, "rsheet: note: %s repeats %d/%s of %s (both exported)\n", source, k.year, k.id, first)
	} else {
		e.seen[k] = source
	}
	err := e.w.WriteNamed(s, source, exportCheck(s))
	if errors.Is(err, sheetarrow.ErrNoProjectID) {
		fmt.Fprintf(e.stderr, "%s: %v\n", source, err)
		e.failed = true
		return nil
	}
	if err != nil {
		e.writeErr = err
	}
	return err
}

func (e *exporter) fail(err error) {
	fmt.Fprintf(e.stderr, "rsheet: %v\n", err)
	e.failed = true
}

// sheetTitle is the word every review sheet prints in its title line.
var sheetTitle = []byte("行政事業レビューシート")

// looksLikeSheet reports whether a file found in a directory is worth
// parsing: a PDF, or text that names 行政事業レビューシート in its first
// 8 KiB.
func looksLikeSheet(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 8<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	head = head[:n]
	return bytes.HasPrefix(head, []byte("%PDF-")) || bytes.Contains(head, sheetTitle), nil
}
