package normalize

import "github.com/rsheet/rsheet/internal/sheettext"

// scanLines scans s as sheet text (the root package's test helper of the
// same name).
func scanLines(s string) []sheettext.Line {
	_, lines := sheettext.Scan("x", []byte(s))
	return lines
}
