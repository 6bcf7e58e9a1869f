package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
)

// SplitProject splits "PATH#YEAR-ID" (../rs2024#2024-006423) into the RS
// input and the project.
// ok is false when arg has no such suffix (or PATH is a file that
// exists as named, '#' included).
func SplitProject(arg string) (path string, year int, id string, ok bool) {
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

// sheetTitle is the word every review sheet prints in its title line.
var sheetTitle = []byte("行政事業レビューシート")

// Classify tells whether a file found in a directory is worth parsing:
// it returns "" for a PDF or a text that names 行政事業レビューシート in
// its first 8 KiB, and otherwise why it is skipped. Files that hold the
// word but are not sheets are skipped by their first byte: JSON
// (rsheet parse output, goldens), HTML (rsheet report), and CSV outside
// an RS set (by extension; the RS tables were claimed before).
func Classify(path string) (skip string, err error) {
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
	if reviewsheet.IsPDF(head) {
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
	case bytes.HasPrefix(head, []byte(zipMagic)):
		return "ZIP that is not an RS table", nil
	case !bytes.Contains(head, sheetTitle):
		return "not a review sheet", nil
	}
	return "", nil
}

// zipMagic starts every ZIP file (a local file header).
const zipMagic = "PK\x03\x04"

// ReadFile opens and parses one sheet file with p ("-" reads stdin, or
// os.Stdin when stdin is nil); p.Name should be the file's name. A ZIP
// that is not an RS table is refused with a message saying how RS ZIPs
// are read.
func ReadFile(name string, p reviewsheet.Parser, stdin io.Reader) (*reviewsheet.Sheet, error) {
	if name == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		return p.Parse(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var head [4]byte
	n, _ := io.ReadFull(f, head[:])
	if string(head[:n]) == zipMagic {
		return nil, fmt.Errorf("%s: a ZIP file that is not an RS table: rsheet reads the RS bulk ZIPs by their names (2-1_RS_2024_….zip), a directory of them, or one project as PATH#YEAR-ID", name)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return p.Parse(f)
}

// Report prints an input error: each positioned error of an ErrorList on
// its own line (FILE:LINE:COL or FILE:pPAGE:LLINE), anything else as
// "rsheet: ERR".
func Report(w io.Writer, err error) {
	var list reviewsheet.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e)
		}
		return
	}
	fmt.Fprintf(w, "rsheet: %v\n", err)
}
