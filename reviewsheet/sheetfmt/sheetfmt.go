package sheetfmt

import (
	"bytes"
	"io"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Write writes s as sheet text in the RS layout.
func Write(w io.Writer, s *reviewsheet.Sheet) error {
	fw := newWriter(w)
	writeHeader(fw, s)
	writeBasic(fw, s)
	writeBudget(fw, s)
	writeOutcome(fw, s)
	writeKPI(fw, s)
	writeEvaluation(fw, s)
	writeSpending(fw, s)
	writeOtherRemarks(fw, s)
	return fw.flush()
}

// Format returns s as sheet text in the RS layout.
func Format(s *reviewsheet.Sheet) []byte {
	var b bytes.Buffer
	_ = Write(&b, s)
	return b.Bytes()
}
