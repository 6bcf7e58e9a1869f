package rawpdf

import (
	"errors"
	"testing"
	"time"

	"github.com/rsheet/rsheet/internal/pdferr"
)

// FuzzDecrypt feeds mutated encrypted PDFs — small documents encrypted
// with each standard handler (encryptedDoc) and the encrypted fixtures of
// testdata/pdf/encrypted — to the decryption layer: it must never panic
// or hang, and must return either a file or an error wrapping
// pdferr.ErrMalformed, pdferr.ErrEncrypted or pdferr.ErrLimit. pdftext's
// FuzzExtract runs the same layer behind the whole extractor.
//
//	go test ./internal/pdftext/rawpdf -run '^$' -fuzz FuzzDecrypt -fuzztime 60s -fuzzminimizetime 5s
func FuzzDecrypt(f *testing.F) {
	for _, kind := range kinds {
		f.Add(encryptedDoc(f, kind, "", "owner", helloContent))
		f.Add(encryptedDoc(f, kind, "secret", "", helloContent))
	}
	for _, p := range encryptedFixtures(f) {
		f.Add(readFile(f, p))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var out []byte
		var err error
		done := make(chan struct{})
		go func() { // only the harness uses a goroutine: to report hangs
			defer close(done)
			out, err = Decrypt(src, 1<<16)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Decrypt hangs (over 10 s)")
		}
		if (out == nil) == (err == nil) {
			t.Fatalf("output %v with error %v", out != nil, err)
		}
		if err != nil && !errors.Is(err, pdferr.ErrMalformed) && !errors.Is(err, pdferr.ErrEncrypted) && !errors.Is(err, pdferr.ErrLimit) {
			t.Fatalf("error wraps no sentinel: %v", err)
		}
	})
}
