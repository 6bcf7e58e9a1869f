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
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// Inputs of every command: sheet files (text or PDF), "-" for standard
// input, the RS system's bulk CSVs (a table ZIP or CSV, or a directory
// holding them: one set), PATH#YEAR-ID for one project of such a set
// (../rs2024#2024-006423; the ID with or without leading zeros), and
// directories of any of these, walked.

// inputHook lets another input kind claim an input before it is read as
// a sheet file or walked as a directory. A hook returns handled=false to
// leave the path alone; otherwise it calls emit once per sheet, in a
// stable order, with the source name of the sheets (sheets from CSV
// have no Source), and returns the error of the input, if any (the run
// goes on with the other inputs and reports the failure). The RS CSVs
// are not a hook: sheetInputs reads them itself (rs), to share one Set
// per path and print its warnings.
type inputHook func(path string, emit func(source string, s *reviewsheet.Sheet) error) (handled bool, err error)

// inputHooks are tried in order for every input path (arguments and
// the entries of walked directories), after the RS CSVs.
var inputHooks []inputHook

// stdin is what "-" reads (tests replace it).
var stdin io.Reader = os.Stdin

// sheetInputs feeds the sheets of command-line inputs to emit. A file
// named on the command line must parse; in a directory (walked in
// lexical order) files that are not review sheets are skipped with a
// note (see sheetFile), and sheets that fail to parse are errors. Input
// errors go to stderr and set failed; only an error from emit (an output
// that failed) stops the run.
type sheetInputs struct {
	lenient bool // emit the partial sheet of an input with errors too
	stderr  io.Writer
	emit    func(source string, s *reviewsheet.Sheet) error
	failed  bool // an input failed

	sets   map[string]*rscsv.Set // RS sets opened, by path
	warned map[string]bool       // sets whose warnings were printed
}

// splitProject splits "PATH#YEAR-ID" into the RS input and the project.
// ok is false when arg has no such suffix (or PATH is a file that
// exists as named, '#' included).
func splitProject(arg string) (path string, year int, id string, ok bool) {
	i := strings.LastIndexByte(arg, '#')
	if i < 0 {
		return "", 0, "", false
	}
	if _, err := os.Stat(arg); err == nil {
		return "", 0, "", false
	}
	ys, id, found := strings.Cut(arg[i+1:], "-")
	y, err := strconv.Atoi(ys)
	if !found || err != nil || len(ys) != 4 || id == "" {
		return "", 0, "", false
	}
	for _, c := range id {
		if c < '0' || c > '9' {
			return "", 0, "", false
		}
	}
	return arg[:i], y, id, true
}

// input feeds one command-line argument. It returns emit's error only.
func (in *sheetInputs) input(arg string) error {
	if arg == "-" {
		return in.stdinSheet()
	}
	if path, year, id, ok := splitProject(arg); ok {
		return in.project(arg, path, year, id)
	}
	if handled, err := in.hooks(arg); handled {
		return err
	}
	info, err := os.Stat(arg)
	if err != nil {
		in.fail(err)
		return nil
	}
	if !info.IsDir() {
		return in.file(arg)
	}
	return in.walk(arg)
}

// set opens the RS set at path once, printing its warnings (the tables
// it lacks among them) the first time.
func (in *sheetInputs) set(path string) (*rscsv.Set, error) {
	if s, ok := in.sets[path]; ok {
		return s, nil
	}
	s, err := rscsv.Open(path)
	if err != nil {
		return nil, err
	}
	if in.sets == nil {
		in.sets, in.warned = map[string]*rscsv.Set{}, map[string]bool{}
	}
	in.sets[path] = s
	return s, nil
}

// warnSet prints the warnings of a set once.
func (in *sheetInputs) warnSet(path string, s *rscsv.Set) {
	if in.warned[path] {
		return
	}
	in.warned[path] = true
	for _, w := range s.Warnings() {
		fmt.Fprintf(in.stderr, "rsheet: warning: %s\n", w)
	}
}

// rs feeds every sheet of an RS set, in order of year and project ID,
// with the input path as source. Value problems are reported after the
// set; the sheets still go out.
func (in *sheetInputs) rs(path string) (bool, error) {
	if !rscsv.Detect(path) {
		return false, nil
	}
	s, err := in.set(path)
	if err != nil {
		reportError(in.stderr, err)
		in.failed = true
		return true, nil
	}
	in.warnSet(path, s)
	var emitErr error
	err = s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		emitErr = in.emit(path, sh)
		return emitErr
	})
	if emitErr != nil {
		return true, emitErr
	}
	if err != nil {
		reportError(in.stderr, err)
		in.failed = true
	}
	return true, nil
}

// project feeds one sheet of an RS set (PATH#YEAR-ID). Its source is the
// set's path, so that findings name it PATH#YEAR-ID like check does.
func (in *sheetInputs) project(arg, path string, year int, id string) error {
	if !rscsv.Detect(path) {
		in.fail(fmt.Errorf("%s: %s is not an RS CSV input (a table ZIP or CSV such as 2-1_RS_2024_….zip, or a directory of them)", arg, path))
		return nil
	}
	s, err := in.set(path)
	if err != nil {
		reportError(in.stderr, err)
		in.failed = true
		return nil
	}
	in.warnSet(path, s)
	sh, err := s.Lookup(year, id)
	if err != nil {
		if sh == nil {
			in.fail(fmt.Errorf("%s: %w", arg, err))
			return nil
		}
		reportError(in.stderr, err) // value problems: reported, the sheet still goes out
		in.failed = true
	}
	return in.emit(path, sh)
}

// hooks offers path to the RS CSV reader and then to the inputHooks.
func (in *sheetInputs) hooks(path string) (bool, error) {
	if handled, err := in.rs(path); handled {
		return true, err
	}
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
		kind, err := sheetFile(path)
		if err != nil {
			in.fail(err)
			return nil
		}
		if kind != "" {
			fmt.Fprintf(in.stderr, "rsheet: skipping %s: %s\n", path, kind)
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

// stdinSheet feeds the sheet read from standard input ("-"), text or PDF.
func (in *sheetInputs) stdinSheet() error {
	p := reviewsheet.Parser{Name: "-", Lenient: in.lenient}
	s, err := p.Parse(stdin)
	if err != nil {
		reportError(in.stderr, err)
		in.failed = true
	}
	if s == nil {
		return nil
	}
	return in.emit("-", s)
}

func (in *sheetInputs) fail(err error) {
	fmt.Fprintf(in.stderr, "rsheet: %v\n", err)
	in.failed = true
}

// count estimates the sheets the arguments hold, for the progress total:
// 1 per sheet file or project, Set.Estimate for an RS set (it runs the
// order pass, which reading the set runs anyway), the sheet files of a
// directory (by name and head, as walk decides). It never fails: what
// cannot be counted counts 0.
func (in *sheetInputs) count(args []string) int {
	n := 0
	for _, arg := range args {
		if _, _, _, ok := splitProject(arg); ok || arg == "-" {
			n++
			continue
		}
		n += in.countPath(arg, true)
	}
	return n
}

func (in *sheetInputs) countPath(path string, named bool) int {
	if rscsv.Detect(path) {
		s, err := in.set(path)
		if err != nil {
			return 0
		}
		k, _ := s.Estimate()
		return k
	}
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	if !info.IsDir() {
		if named {
			return 1
		}
		if kind, err := sheetFile(path); err == nil && kind == "" {
			return 1
		}
		return 0
	}
	n := 0
	ents, err := os.ReadDir(path)
	if err != nil {
		return 0
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") || (!e.IsDir() && !e.Type().IsRegular()) {
			continue
		}
		n += in.countPath(filepath.Join(path, e.Name()), false)
	}
	return n
}

// sheetTitle is the word every review sheet prints in its title line.
var sheetTitle = []byte("行政事業レビューシート")

// sheetFile tells whether a file found in a directory is worth parsing:
// it returns "" for a PDF or a text that names 行政事業レビューシート in
// its first 8 KiB, and otherwise why it is skipped. Files that hold the
// word but are not sheets are skipped by their first byte: JSON
// (rsheet parse output, goldens), HTML (rsheet report), and CSV outside
// an RS set (by extension; the RS tables were claimed before).
func sheetFile(path string) (skip string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, 8<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return "", err
	}
	head = head[:n]
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return "", nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	lead := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case ext == ".json" || ext == ".jsonl" || bytes.HasPrefix(lead, []byte("{")) || bytes.HasPrefix(lead, []byte("[")):
		return "JSON, not a review sheet", nil
	case ext == ".html" || ext == ".htm" || ext == ".svg" || bytes.HasPrefix(lead, []byte("<")):
		return "HTML or XML, not a review sheet", nil
	case ext == ".csv" || ext == ".tsv":
		return "CSV that is not an RS table (rsheet reads the RS tables by name: 2-1_RS_2024_….csv or .zip)", nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "ZIP that is not an RS table", nil
	case !bytes.Contains(head, sheetTitle):
		return "not a review sheet", nil
	}
	return "", nil
}
