package pdftext

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
)

// FuzzExtract feeds mutated small PDFs (classic xref table and object
// streams with a compressed xref stream, Type0 and simple fonts, ruled
// cells) to the extractor: it must never panic or hang, and must return
// either a document or an *Error. Small seeds keep the fuzzer fast; the
// plain fixtures are the seeds of reviewsheet's FuzzParsePDF. The
// decryption layer gets small documents encrypted with each standard
// handler and password pair (rawpdf/testdata/small, written by rawpdf's
// encryptor) and the encrypted fixtures of testdata/pdf/encrypted;
// rawpdf's FuzzDecrypt fuzzes that layer alone.
//
//	go test ./internal/pdftext -run '^$' -fuzz FuzzExtract -fuzztime 60s
func FuzzExtract(f *testing.F) {
	f.Add(japaneseDoc().Bytes(nil))
	f.Add(japaneseDoc().BytesCompressed(nil))
	f.Add(twoPages())
	f.Add(minipdf.TextPage("BT /F1 10 Tf 20 250 Td (Hello) Tj 0 -20 Td [(W) 120 (orld)] TJ T* (x) ' 1 2 (y) \" ET", "").Bytes(nil))
	f.Add(minipdf.TextPage("q 1 0 0 1 5 5 cm 0 0 100 20 re S BT /F1 9 Tf 2 Tc 3 Tw 90 Tz 12 TL 1 Ts 3 3 TD (cell) Tj ET Q", "").Bytes(nil))
	small, err := filepath.Glob(filepath.Join(smallEncryptedDir, "*.pdf"))
	if err != nil {
		f.Fatal(err)
	}
	encrypted, err := filepath.Glob(filepath.Join(encryptedDir, "*.pdf"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range append(small, encrypted...) {
		f.Add(readFile(f, p))
	}
	f.Add(type3Doc().Bytes(nil))
	f.Fuzz(func(t *testing.T, src []byte) {
		var doc *Document
		var err error
		done := make(chan struct{})
		go func() { // only the harness uses a goroutine: to report hangs
			defer close(done)
			doc, err = ExtractBytes(src, Options{MaxPages: 20})
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("ExtractBytes hangs (over 10 s)")
		}
		if (doc == nil) == (err == nil) {
			t.Fatalf("document %v with error %v", doc != nil, err)
		}
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("error is not an *Error: %T %v", err, err)
		}
	})
}

// type3Doc is a page in a Type 3 font decoded by its ToUnicode map.
func type3Doc() *minipdf.Doc {
	d := minipdf.TextPage("0 0 300 300 re f 10 90 100 20 re S BT /F1 10 Tf 10 100 Td <01020301> Tj ET", "")
	d.Set(5, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << >> "+
		"/Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> /FirstChar 1 /LastChar 3 /Widths [100 100 50] /ToUnicode 6 0 R >>")
	d.Add(minipdf.Stream("", type3CMap))
	return d
}

// FuzzReadToUnicode: the CMap reader never panics and keeps its bounds.
//
//	go test ./internal/pdftext -run '^$' -fuzz FuzzReadToUnicode -fuzztime 30s
func FuzzReadToUnicode(f *testing.F) {
	f.Add([]byte(type3CMap))
	f.Add([]byte("2 beginbfrange <0010> <0012> <884C> <0020> <0021> [<6C11> (\\000a)] endbfrange"))
	f.Fuzz(func(t *testing.T, src []byte) {
		m := readToUnicode(src)
		if len(m.chars) > 4*maxCodes || len(m.ranges) > maxRanges {
			t.Fatalf("%d chars, %d ranges", len(m.chars), len(m.ranges))
		}
		for _, r := range m.ranges {
			if r.hi-r.lo >= maxRangeSpan {
				t.Fatalf("range %#x-%#x", r.lo, r.hi)
			}
			m.lookup(r.hi)
		}
	})
}
