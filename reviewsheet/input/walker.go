package input

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// Hook lets another input kind claim an input before it is read as a
// sheet file or walked as a directory. A hook returns handled=false to
// leave the path alone; otherwise it calls emit once per sheet, in a
// stable order, with the source name of the sheets (sheets from CSV
// have no Source), and returns the error of the input, if any (the run
// goes on with the other inputs and reports the failure). The RS CSVs
// are not a hook: the Walker reads them itself (rs), to share one Set
// per path and print its warnings.
type Hook func(path string, emit func(source string, s *reviewsheet.Sheet) error) (handled bool, err error)

// Walker feeds the sheets of inputs (command-line arguments) to Emit,
// one input at a time (Input). A file named as an input must parse; in a
// directory (walked in lexical order, dot files skipped) files that are
// not review sheets are skipped with a note (see Classify), and sheets
// that fail to parse are errors. Input errors are reported (Report, to
// Stderr) and make Failed true; only an error from Emit (an output that
// failed) stops the walk and is returned. The zero value needs Emit.
type Walker struct {
	// Parser holds the options of sheet files: Lenient makes a sheet
	// with errors go to Emit too (partial), MaxSize, MaxPages. Name is
	// set per input; a nil PDF reads PDFs with pdfsheet.Extract.
	Parser reviewsheet.Parser
	// Emit receives each sheet and the name of its input (the file, "-",
	// or the RS set's path; sheets from CSV have no Source).
	Emit func(source string, s *reviewsheet.Sheet) error
	// Stderr receives notes, set warnings and input errors (nil: none).
	Stderr io.Writer
	// Report prints an input error (nil: Report, to Stderr).
	Report func(w io.Writer, err error)
	// Stdin is what the input "-" reads (nil: os.Stdin).
	Stdin io.Reader
	// Hooks are offered every input path (arguments and the entries of
	// walked directories) after the RS CSVs, in order.
	Hooks []Hook

	failed bool                  // an input failed
	sets   map[string]*rscsv.Set // RS sets opened, by path
	warned map[string]bool       // sets whose warnings were printed
}

// Failed reports whether an input failed (was reported).
func (in *Walker) Failed() bool { return in.failed }

// MarkFailed records a failure the caller reported itself.
func (in *Walker) MarkFailed() { in.failed = true }

func (in *Walker) stderr() io.Writer {
	if in.Stderr == nil {
		return io.Discard
	}
	return in.Stderr
}

// report prints an input error and records the failure.
func (in *Walker) report(err error) {
	in.failed = true
	if in.Report != nil {
		in.Report(in.stderr(), err)
		return
	}
	Report(in.stderr(), err)
}

// parser returns the Parser for one input.
func (in *Walker) parser(name string) reviewsheet.Parser {
	p := in.Parser
	p.Name = name
	if p.PDF == nil {
		p.PDF = pdfsheet.Extract
	}
	return p
}

// Input feeds the sheets of one input. It returns Emit's error only.
func (in *Walker) Input(arg string) error {
	if arg == "-" {
		return in.stdinSheet()
	}
	if path, year, id, ok := SplitProject(arg); ok {
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
func (in *Walker) set(path string) (*rscsv.Set, error) {
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
func (in *Walker) warnSet(path string, s *rscsv.Set) {
	if in.warned[path] {
		return
	}
	in.warned[path] = true
	for _, w := range s.Warnings() {
		fmt.Fprintf(in.stderr(), "rsheet: warning: %s\n", w)
	}
}

// rs feeds every sheet of an RS set, in order of year and project ID,
// with the input path as source. Value problems are reported after the
// set; the sheets still go out.
func (in *Walker) rs(path string) (bool, error) {
	if !rscsv.Detect(path) {
		return false, nil
	}
	s, err := in.set(path)
	if err != nil {
		in.report(err)
		return true, nil
	}
	in.warnSet(path, s)
	var emitErr error
	err = s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		emitErr = in.Emit(path, sh)
		return emitErr
	})
	if emitErr != nil {
		return true, emitErr
	}
	if err != nil {
		in.report(err)
	}
	return true, nil
}

// project feeds one sheet of an RS set (PATH#YEAR-ID). Its source is the
// set's path, so that findings name it PATH#YEAR-ID like check does.
func (in *Walker) project(arg, path string, year int, id string) error {
	if !rscsv.Detect(path) {
		in.fail(fmt.Errorf("%s: %s is not an RS CSV input (a table ZIP or CSV such as 2-1_RS_2024_….zip, or a directory of them)", arg, path))
		return nil
	}
	s, err := in.set(path)
	if err != nil {
		in.report(err)
		return nil
	}
	in.warnSet(path, s)
	sh, err := s.Lookup(year, id)
	if err != nil {
		if sh == nil {
			in.fail(fmt.Errorf("%s: %w", arg, err))
			return nil
		}
		in.report(err) // value problems: reported, the sheet still goes out
	}
	return in.Emit(path, sh)
}

// hooks offers path to the RS CSV reader and then to the Hooks.
func (in *Walker) hooks(path string) (bool, error) {
	if handled, err := in.rs(path); handled {
		return true, err
	}
	for _, h := range in.Hooks {
		var emitErr error
		handled, err := h(path, func(source string, s *reviewsheet.Sheet) error {
			emitErr = in.Emit(source, s)
			return emitErr
		})
		if !handled {
			continue
		}
		if emitErr != nil {
			return true, emitErr
		}
		if err != nil {
			in.report(err)
		}
		return true, nil
	}
	return false, nil
}

// walk feeds the sheets of a directory tree in lexical order.
func (in *Walker) walk(root string) error {
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
		kind, err := Classify(path)
		if err != nil {
			in.fail(err)
			return nil
		}
		if kind != "" {
			fmt.Fprintf(in.stderr(), "rsheet: skipping %s: %s\n", path, kind)
			return nil
		}
		return in.file(path)
	})
}

// file feeds one sheet file.
func (in *Walker) file(path string) error {
	s, err := ReadFile(path, in.parser(path), nil)
	if err != nil {
		in.report(err)
	}
	if s == nil {
		return nil
	}
	return in.Emit(path, s)
}

// stdinSheet feeds the sheet read from standard input ("-"), text or PDF.
func (in *Walker) stdinSheet() error {
	p := in.parser("-")
	s, err := p.Parse(in.stdin())
	if err != nil {
		in.report(err)
	}
	if s == nil {
		return nil
	}
	return in.Emit("-", s)
}

func (in *Walker) fail(err error) {
	fmt.Fprintf(in.stderr(), "rsheet: %v\n", err)
	in.failed = true
}

func (in *Walker) stdin() io.Reader {
	if in.Stdin == nil {
		return os.Stdin
	}
	return in.Stdin
}

// Count estimates the sheets the arguments hold, for the progress total:
// 1 per sheet file or project, Set.Estimate for an RS set (it runs the
// order pass, which reading the set runs anyway), the sheet files of a
// directory (by name and head, as walk decides). It never fails: what
// cannot be counted counts 0.
func (in *Walker) Count(args []string) int {
	n := 0
	for _, arg := range args {
		if _, _, _, ok := SplitProject(arg); ok || arg == "-" {
			n++
			continue
		}
		n += in.countPath(arg, true)
	}
	return n
}

func (in *Walker) countPath(path string, named bool) int {
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
		if kind, err := Classify(path); err == nil && kind == "" {
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
