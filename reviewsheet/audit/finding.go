package audit

import "sort"

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
	Code     string   `json:"code"`
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
