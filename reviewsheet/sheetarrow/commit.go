package sheetarrow

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Outputs are written atomically, as a set. Each table is written to a
// temporary file in the output directory (".<table>.<format>.*.partial",
// a dot file beside the final name, so the rename stays on one file
// system); Close renames them to their final names only when every table
// was written completely. After an error, or Discard, the temporary files
// are removed and files of the final names from an earlier run are left as
// they were: a failed run never leaves a file that looks whole.

// createFile opens a table's output file. Tests replace it to simulate a
// full disk (a writer that fails part-way).
var createFile = func(path string) (io.WriteCloser, error) { return os.Create(path) }

// partialPattern is the os.CreateTemp pattern of table t's temporary file.
func partialPattern(t Table, f Format) string { return "." + FileName(t, f) + ".*.partial" }

// reserveTemp creates the temporary file of table t in dir and returns its
// name; the sink then writes to that name.
func reserveTemp(dir string, t Table, f Format) (string, error) {
	tmp, err := os.CreateTemp(dir, partialPattern(t, f))
	if err != nil {
		return "", err
	}
	name := tmp.Name()
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// commit renames every temporary file to its final name, in table order.
// A rename that fails stops the commit; the files not yet renamed are
// removed, and the error names the table.
func (w *Writer) commit() error {
	for t := range numTables {
		if w.tmp[t] == "" {
			continue
		}
		final := filepath.Join(w.dir, FileName(t, w.format))
		if err := os.Rename(w.tmp[t], final); err != nil {
			w.removeTemps()
			return fmt.Errorf("sheetarrow: %s: %w", FileName(t, w.format), err)
		}
		w.tmp[t] = ""
	}
	return nil
}

// removeTemps deletes the temporary files not yet committed.
func (w *Writer) removeTemps() {
	for t := range numTables {
		if w.tmp[t] != "" {
			os.Remove(w.tmp[t])
			os.Remove(w.tmp[t] + ".spool")
			w.tmp[t] = ""
		}
	}
}

// Discard abandons the output: the files being written are removed and
// files of the same names from an earlier run are left untouched. Use it
// when the run failed and should not replace earlier output. Discard after
// Close does nothing.
func (w *Writer) Discard() {
	if w.closed {
		return
	}
	w.closed = true
	if w.err == nil {
		w.err = errDiscarded
	}
	w.abort()
	w.removeTemps()
}

var errDiscarded = errors.New("sheetarrow: output discarded")

// ErrForeignFiles is returned by CheckOutputDir for a directory holding
// files other than the tables of the format being written.
var ErrForeignFiles = errors.New("output directory holds other files")

// CheckOutputDir reports whether dir can receive the tables of format f
// without touching anything else: it must not exist, or hold only files
// named like tables of that format (an earlier export, which a complete
// run replaces). Otherwise the error wraps ErrForeignFiles and names up to
// five of the other entries. A dir that is not a directory is an error too.
func CheckOutputDir(dir string, f Format) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	ours := make(map[string]bool, numTables)
	for t := range numTables {
		ours[FileName(t, f)] = true
	}
	var other []string
	for _, e := range ents {
		if !ours[e.Name()] || e.IsDir() {
			other = append(other, e.Name())
		}
	}
	if len(other) == 0 {
		return nil
	}
	sort.Strings(other)
	more := ""
	if len(other) > 5 {
		more = fmt.Sprintf(" and %d more", len(other)-5)
		other = other[:5]
	}
	return fmt.Errorf("%w: %s holds %s%s", ErrForeignFiles, dir, strings.Join(other, ", "), more)
}
