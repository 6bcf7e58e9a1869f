// Package exutil holds what the example programs share: finding the
// sheets they read (sheet text files, folders of them, or the official RS
// bulk CSVs) and printing amounts.
package exutil

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// EachSheet calls fn once per sheet found in paths. A *.txt file, or a
// folder holding *.txt files, is read as sheet text; anything else (RS
// bulk ZIPs or CSVs, or a folder of them) as an RS CSV set. A sheet seen
// twice (same 事業年度 and 予算事業ID) is used once. Inputs that do not
// parse are reported on stderr and skipped.
func EachSheet(paths []string, fn func(*reviewsheet.Sheet)) error {
	var texts, bulk []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		switch {
		case !st.IsDir() && strings.HasSuffix(p, ".txt"):
			texts = append(texts, p)
		case st.IsDir():
			var found []string
			err := filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(q, ".txt") {
					found = append(found, q)
				}
				return err
			})
			if err != nil {
				return err
			}
			if len(found) == 0 {
				bulk = append(bulk, p)
			}
			texts = append(texts, found...)
		default:
			bulk = append(bulk, p)
		}
	}
	slices.Sort(texts)
	seen := map[string]bool{}
	once := func(s *reviewsheet.Sheet) {
		k := fmt.Sprint(s.FiscalYear, "/", s.ProjectID)
		if !seen[k] {
			seen[k] = true
			fn(s)
		}
	}
	for _, name := range texts {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		s, err := (&reviewsheet.Parser{Name: name}).Parse(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(os.Stderr, "skipped %s: %v\n", name, firstError(err))
			continue
		}
		once(s)
	}
	if len(bulk) == 0 {
		return nil
	}
	set, err := rscsv.Open(bulk...)
	if err != nil {
		return err
	}
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error { once(s); return nil })
	var list reviewsheet.ErrorList
	if errors.As(err, &list) { // single values that did not read are nil
		fmt.Fprintf(os.Stderr, "%d RS value(s) could not be read (first: %v)\n", len(list), list[0])
		return nil
	}
	return err
}

func firstError(err error) error {
	var list reviewsheet.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		return list[0]
	}
	return err
}

// Sen formats yen as 千円 with thousands separators (684784000 → "684,784").
func Sen(v int64) string {
	s := strconv.FormatInt(v/1000, 10)
	var b []byte
	for i := range len(s) {
		if i > 0 && s[i-1] != '-' && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}
