package pdfsheet

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
)

// FuzzParsePDF feeds mutated PDFs to the PDF boundary: it must never
// panic or hang, and must return either a sheet or an ErrorList of
// *Error (never both, never neither). Seeds: the committed fixtures of
// testdata/pdf and testdata/pdf/encrypted (large: slow to mutate), the sample as a small free-text
// PDF, small hand-built PDFs, and testdata/fuzz/FuzzParsePDF.
//
//	go test ./reviewsheet/pdfsheet -run '^$' -fuzz FuzzParsePDF -fuzztime 60s
func FuzzParsePDF(f *testing.F) {
	for _, p := range append(pdfFixtures(f), encryptedPDFFixtures(f)...) {
		f.Add(readFile(f, p))
	}
	f.Add(minipdf.TextDoc(string(readFile(f, samplePath)))) // the whole sheet in ~40 KB
	f.Add(minipdf.TextPage("BT /F1 10 Tf 20 250 Td (Hello) Tj 0 -20 Td [(W) 120 (orld)] TJ ET", "").Bytes(nil))
	f.Add(minipdf.TextPage("q 1 0 0 1 5 5 cm 0 0 100 20 re S BT /F1 9 Tf 3 3 Td (cell) Tj ET Q", "").Bytes(nil))
	f.Add([]byte("%PDF-1.7\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		var s *reviewsheet.Sheet
		var err error
		done := make(chan struct{})
		go func() { // only the harness uses a goroutine: to report hangs
			defer close(done)
			s, err = Parse(bytes.NewReader(src))
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Parse hangs (over 10 s)")
		}
		if (s == nil) == (err == nil) {
			t.Fatalf("sheet %v with error %v", s != nil, err)
		}
		if err != nil {
			var list reviewsheet.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not an ErrorList: %T %v", err, err)
			}
			for _, e := range list {
				if e.Err == nil {
					t.Fatalf("error without cause: %#v", e)
				}
			}
		}
	})
}
