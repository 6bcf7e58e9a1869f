package exutil

import (
	"fmt"
	"os"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/input"
)

// EachSheet calls fn once per sheet found in paths, read the way the
// rsheet command reads its inputs (input.Walker): sheet text or PDF files
// (detected by content), RS bulk ZIPs or CSVs, folders of any of these,
// PATH#YEAR-ID. A sheet seen twice (same 事業年度 and 予算事業ID) is used
// once. Inputs that do not parse are reported on stderr and skipped.
func EachSheet(paths []string, fn func(*reviewsheet.Sheet)) error {
	seen := map[string]bool{}
	w := &input.Walker{Stderr: os.Stderr, Emit: func(_ string, s *reviewsheet.Sheet) error {
		k := fmt.Sprint(s.FiscalYear, "/", s.ProjectID)
		if !seen[k] {
			seen[k] = true
			fn(s)
		}
		return nil
	}}
	for _, p := range paths {
		if err := w.Input(p); err != nil {
			return err
		}
	}
	return nil
}

// Sen formats yen as 千円 with thousands separators (684784000 → "684,784").
func Sen(v int64) string { return num.GroupInt(v / 1000) }
