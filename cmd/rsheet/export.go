package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/rsheet/rsheet/internal/progress"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/sheetarrow"
)

func init() {
	register(command{name: "export", summary: "write sheets as tables: Arrow IPC, Parquet or CSV (one file per table)", run: runExport})
}

// exportCheck computes the findings table of a sheet. It is a variable so
// that tests (and later checks) can replace it.
var exportCheck = audit.Check

// runExport implements
//
//	rsheet export -format arrow|parquet|csv -o DIR [flags] INPUT...
//
// INPUT is any input kind (see input.Walker): a sheet file (text or PDF),
// "-", an RS CSV set or one project of it (PATH#YEAR-ID), or a directory, walked recursively in lexical order; a directory that
// holds RS tables is read as one RS CSV set. A file named on the command line must parse. In a
// directory, files that are not review sheets (neither a PDF nor text
// with 行政事業レビューシート near the top: READMEs, CSVs, …) and dot files
// are skipped with a note on stderr; sheets that fail to parse are
// errors. The RS tables a set lacks are warned on stderr, naming the
// tables left without their data, and the sheets table says so per sheet
// (rs_missing_tables, covers_*). Rows keep the order of the inputs. A sheet whose 事業年度 and
// 予算事業ID repeat an earlier input's (the text and the PDF of one
// sheet) is exported again, with a note on stderr.
//
// Output is written as a set (see sheetarrow.Writer): every table goes to
// a temporary file and is renamed to its final name only when the run
// succeeded, so a failed run never leaves a file that looks complete and
// never replaces an earlier export. With -partial, a run in which some
// inputs failed still writes the others. An output directory holding
// anything but the tables of this format is refused unless -force.
//
// Exit 0: every input exported; 1: an input failed (its errors go to
// stderr; nothing is written unless -partial) or the output could not be
// written (nothing is written); 2: usage, or an output directory with
// other files and no -force.
func runExport(args []string, stdout, stderr io.Writer) int {
	fset := newFlagSet("export", "-o DIR INPUT...", stderr)
	formatName := fset.String("format", "parquet", "output format: arrow (Arrow IPC file), parquet (zstd) or csv")
	out := fset.String("o", "", "output directory (created if needed; tables of the same names are replaced when the run succeeds)")
	force := fset.Bool("force", false, "write into an output directory that holds other files too")
	partial := fset.Bool("partial", false, "when some inputs fail, still write the tables of the others (exit 1)")
	lenient := fset.Bool("lenient", false, "export the partial sheet of an input with errors (the errors still go to stderr and exit 1)")
	flush := fset.Int("flush", sheetarrow.DefaultFlushSheets, "sheets per record batch (bounds memory)")
	bom := fset.Bool("bom", false, "csv: start files with a UTF-8 byte order mark (for Excel)")
	raw := fset.Bool("raw", false, "csv: write text cells as they are (by default a text cell beginning with = + - @ tab or CR gets a leading ' so spreadsheets do not run it as a formula)")
	zstdIPC := fset.Bool("zstd", false, "arrow: compress record batches with zstd (readers need the zstd codec: pyarrow and DuckDB have it, Arrow JS does not without one registered)")
	verbose := fset.Bool("v", false, "print the row count of every table to stderr")
	quiet := fset.Bool("q", false, "no progress line on stderr (drawn only when stderr is a terminal: done/total sheets, rate, ETA)")
	if code, ok := parseArgs(fset, args, stdout); !ok {
		return code
	}
	format, err := sheetarrow.ParseFormat(*formatName)
	if err != nil || *out == "" || fset.NArg() == 0 || *flush <= 0 {
		if err != nil {
			fmt.Fprintf(stderr, "rsheet export: %v\n", err)
		}
		fset.Usage()
		return exitUsage
	}
	if !*force {
		if err := sheetarrow.CheckOutputDir(*out, format); errors.Is(err, sheetarrow.ErrForeignFiles) {
			fmt.Fprintf(stderr, "rsheet export: %v (use -force to write there anyway)\n", err)
			return exitUsage
		} else if err != nil {
			fmt.Fprintf(stderr, "rsheet: %v\n", err)
			return exitFailed
		}
	}
	w, err := sheetarrow.NewWriter(*out, format, sheetarrow.WriterOptions{
		FlushSheets: *flush,
		IPC:         sheetarrow.IPCOptions{Zstd: *zstdIPC},
		CSV:         sheetarrow.CSVOptions{BOM: *bom, Raw: *raw},
	})
	if err != nil {
		fmt.Fprintf(stderr, "rsheet: %v\n", err)
		return exitFailed
	}
	e := &exporter{w: w, stderr: stderr, prog: progress.New(stderr, 0, *quiet), seen: map[sheetKey]string{}}
	e.pipe = startCheckPipe(e.write)
	in := newInputs(*lenient, stderr, e.add)
	e.prog.SetLabel("export")
	if e.prog.Enabled() {
		e.prog.SetTotal(in.Count(fset.Args()))
	}
	for _, arg := range fset.Args() {
		if err := in.Input(arg); err != nil {
			break // the output failed: stop
		}
	}
	if err := e.pipe.wait(); err != nil && e.writeErr == nil {
		e.writeErr = err
	}
	e.prog.Finish()
	if (e.failed || in.Failed()) && !*partial && e.writeErr == nil {
		w.Discard()
		fmt.Fprintf(stderr, "rsheet: nothing written to %s: an input failed (-partial writes the inputs that were read)\n", *out)
		return exitFailed
	}
	if err := w.Close(); err != nil && e.writeErr == nil {
		e.writeErr = err
	}
	if e.writeErr != nil {
		fmt.Fprintf(stderr, "rsheet: %v (nothing written to %s)\n", e.writeErr, *out)
		return exitFailed
	}
	if *verbose {
		fmt.Fprintf(stderr, "rsheet: %d sheets to %s\n", w.Sheets(), *out)
		for _, t := range sheetarrow.Tables() {
			fmt.Fprintf(stderr, "  %-32s %d rows\n", sheetarrow.FileName(t, format), w.Rows(t))
		}
	}
	if e.failed || in.Failed() {
		return exitFailed
	}
	return exitOK
}

// exporter writes the sheets of the inputs to a Writer.
type exporter struct {
	w        *sheetarrow.Writer
	stderr   io.Writer
	failed   bool  // a sheet could not be written (no 予算事業ID)
	writeErr error // the output failed
	prog     *progress.Reporter
	seen     map[sheetKey]string // first source of each sheet
	pipe     *checkPipe          // checks and writes the sheets (export_pipe.go)
}

// sheetKey identifies a sheet across inputs.
type sheetKey struct {
	year int
	id   string
}

// add queues one sheet to be checked and written (see checkPipe). A sheet
// without a 予算事業ID is reported here and not written.
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
	if s.ProjectID == "" { // what WriteNamed refuses with ErrNoProjectID
		fmt.Fprintf(e.stderr, "%s: %v\n", source, sheetarrow.ErrNoProjectID)
		e.failed = true
		return nil
	}
	if err := e.pipe.add(source, s); err != nil {
		e.writeErr = err
		return err
	}
	return nil
}

// write writes one sheet with its findings (on the pipe's goroutine).
func (e *exporter) write(source string, s *reviewsheet.Sheet, findings []audit.Finding) error {
	return e.w.WriteNamed(s, source, findings)
}
