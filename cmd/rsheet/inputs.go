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

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// Inputs of `rsheet export` and `rsheet check`: sheet files (text or
// PDF), the RS system's bulk CSVs, and directories of either, walked.

// inputHook lets another input kind claim an input before it is read as
// a sheet file or walked as a directory: the RS CSV importer registers
// one for its directories and ZIP files. A hook returns handled=false to
// leave the path alone; otherwise it calls emit once per sheet, in a
// stable order, with the source name of the sheets (sheets from CSV
// have no Source), and returns the error of the input, if any (the run
// goes on with the other inputs and reports the failure).
type inputHook func(path string, emit func(source string, s *reviewsheet.Sheet) error) (handled bool, err error)

// inputHooks are tried in order for every input path (arguments and
// the entries of walked directories).
var inputHooks = []inputHook{rscsvInput}

// rscsvInput reads the RS system's bulk CSVs: a table ZIP or CSV
// ("2-1_RS_2025_….zip") or a directory holding them (rscsv.Detect). All
// sheets of the set go out in order of year and project ID; their source
// is the input path. Value problems are returned after the set; the
// sheets still go out.
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

// sheetInputs feeds the sheets of command-line inputs to emit. A file
// named on the command line must parse; in a directory (walked in
// lexical order) files that are not review sheets (neither a PDF nor
// text with 行政事業レビューシート near the top) and dot files are
// skipped with a note, and sheets that fail to parse are errors. Input
// errors go to stderr and set failed; only an error from emit (an output
// that failed) stops the run.
type sheetInputs struct {
	lenient bool // emit the partial sheet of an input with errors too
	stderr  io.Writer
	emit    func(source string, s *reviewsheet.Sheet) error
	failed  bool // an input failed
}

// input feeds one command-line argument. It returns emit's error only.
func (in *sheetInputs) input(path string) error {
	if handled, err := in.hooks(path); handled {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		in.fail(err)
		return nil
	}
	if !info.IsDir() {
		return in.file(path)
	}
	return in.walk(path)
}

// hooks offers path to the inputHooks.
func (in *sheetInputs) hooks(path string) (bool, error) {
	for _, h := range inputHooks {
		var emitErr error
		handled, err := h(path, func(source string, s *reviewsheet.Sheet) error {
			emitErr = in.emit(source, s)
			return emitErr
		})
		if !handled {
			continue
		}
		if emitErr != nil {
			return true, emitErr
		}
		if err != nil {
			reportError(in.stderr, err)
			in.failed = true
		}
		return true, nil
	}
	return false, nil
}

// walk feeds the sheets of a directory tree in lexical order.
func (in *sheetInputs) walk(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			in.fail(err)
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != root {
			if handled, err := in.hooks(path); handled {
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
			in.fail(err)
			return nil
		}
		if !ok {
			fmt.Fprintf(in.stderr, "rsheet: skipping %s: not a review sheet\n", path)
			return nil
		}
		return in.file(path)
	})
}

// file feeds one sheet file.
func (in *sheetInputs) file(path string) error {
	s, err := readSheet(path, in.lenient)
	if err != nil {
		reportError(in.stderr, err)
		in.failed = true
	}
	if s == nil {
		return nil
	}
	return in.emit(path, s)
}

func (in *sheetInputs) fail(err error) {
	fmt.Fprintf(in.stderr, "rsheet: %v\n", err)
	in.failed = true
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
