package reviewsheet

import (
	"errors"
	"testing"
)

// FuzzParse feeds mutated sheets to the parser: it must never panic,
// strict mode returns either a sheet or errors (never both), lenient mode
// always returns a sheet, and every error is a positioned *Error (audit.FuzzCheck
// runs the rules on the lenient sheets).
// Seeds: the sample, its variants and the texts of other extractors
// (plus testdata/fuzz/FuzzParse).
//
//	go test ./reviewsheet -run '^$' -fuzz FuzzParse -fuzztime 60s
func FuzzParse(f *testing.F) {
	f.Add(readFile(f, samplePath))
	for _, p := range variantPaths {
		f.Add(readFile(f, p))
	}
	for _, p := range extractorPaths {
		f.Add(readFile(f, p))
	}
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423.pdftotext.txt"))
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423.chromium.pdftotext-layout.txt"))
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423.libreoffice.pdftotext-layout.txt"))
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423.libreoffice.pdftotext.txt"))
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423.chromium.pdftotext.txt"))
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423.wkhtmltopdf.pdftotext.txt"))
	f.Add(readFile(f, "../testdata/extractors/rs2025-006423-a5.pdftotext.txt"))
	f.Add([]byte(""))
	f.Add([]byte("\ufeff\r\n\f"))
	f.Fuzz(func(t *testing.T, src []byte) {
		strict := Parser{Name: "fuzz.txt"}
		s, err := strict.ParseBytes(src)
		if (s == nil) == (err == nil) {
			t.Fatalf("strict: sheet %v with error %v", s != nil, err)
		}
		lenient := Parser{Name: "fuzz.txt", Lenient: true}
		s2, err2 := lenient.ParseBytes(src)
		if s2 == nil && !errors.Is(err2, ErrEncoding) && !IsPDF(src) {
			t.Fatalf("lenient: no sheet (%v)", err2)
		}
		if (err == nil) != (err2 == nil) {
			t.Fatalf("strict and lenient disagree: %v / %v", err, err2)
		}
		if s2 != nil {
			for _, w := range s2.Warnings {
				if w.File != "fuzz.txt" || w.Line < 0 || w.Code == "" || w.Message == "" {
					t.Fatalf("bad warning %+v", w)
				}
			}
		}
		if err2 != nil {
			var list ErrorList
			if !errors.As(err2, &list) || len(list) == 0 {
				t.Fatalf("error is not an ErrorList: %T %v", err2, err2)
			}
			for _, e := range list {
				if e.File != "fuzz.txt" || e.Line < 0 || e.Err == nil {
					t.Fatalf("bad error %#v", e)
				}
			}
		}
	})
}
