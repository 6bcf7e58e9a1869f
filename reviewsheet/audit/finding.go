package audit

import (
	"fmt"
	"sort"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Severity of a Finding.
type Severity string

const (
	SeverityError   Severity = "error"   // the sheet contradicts itself
	SeverityWarning Severity = "warning" // a signal worth a look (一者応札, …)
	SeverityInfo    Severity = "info"    // context, never a fault
)

// Finding is one result of checking a sheet: a printed figure that
// disagrees with its recomputation, or a signal. Findings are data: the
// Code is stable and documented; Path is the JSON path of the figure
// (e.g. "budget.years[1].execution_rate"); Line is where the stated figure
// is printed (0 when unknown, e.g. for CSV input).
type Finding struct {
	File     string   `json:"file,omitempty"`
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Path     string   `json:"path"`
	Line     int      `json:"line"`
	// Page is the page of Line in a PDF's text (see Pages); 0 for text
	// input. Positions then read "FILE:p2:L34".
	Page       int    `json:"page,omitempty"`
	Stated     string `json:"stated"`     // as printed ("" when not applicable)
	Recomputed string `json:"recomputed"` // recomputed value in the same unit
	Message    string `json:"message"`
}

// SortFindings orders findings by line, then path, then code (stable, so
// equal keys keep the order of discovery). Check and Compare return
// their findings in this order.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Code < b.Code
	})
}

// collector gathers the findings about one sheet: Check and Compare
// share it, so every finding is made, located and ordered the same way.
type collector struct {
	s   *reviewsheet.Sheet
	out []Finding
}

// add records a finding about c.s: File is its source's name, Line where
// path is printed (0 when unknown), and other is the recomputed value
// (Check) or the official one (Compare), formatted as stated is (one
// unit: yen, num.Yen; rates as printed; "--" for absent).
func (c *collector) add(code Code, sev Severity, path, stated, other, format string, args ...any) {
	f := Finding{
		Code:       code,
		Severity:   sev,
		Path:       path,
		Line:       c.s.Source.Line(path),
		Stated:     stated,
		Recomputed: other,
		Message:    fmt.Sprintf(format, args...),
	}
	if c.s.Source != nil {
		f.File = c.s.Source.Name
		f.Page = c.s.Source.Page(f.Line)
	}
	c.out = append(c.out, f)
}

// sourceName is the name of the sheet's input ("" when unknown).
func (c *collector) sourceName() string {
	if c.s.Source == nil {
		return ""
	}
	return c.s.Source.Name
}

// done returns the findings sorted (SortFindings).
func (c *collector) done() []Finding {
	SortFindings(c.out)
	return c.out
}
