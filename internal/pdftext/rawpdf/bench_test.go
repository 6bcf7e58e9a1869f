package rawpdf

import (
	"path/filepath"
	"testing"
)

// BenchmarkDecrypt measures the decryption layer alone (key derivation,
// every object copied and decrypted, new xref) on each encrypted fixture.
// Extraction with decryption is pdftext's BenchmarkExtractEncrypted.
//
//	go test ./internal/pdftext/rawpdf -run '^$' -bench Decrypt -benchmem
func BenchmarkDecrypt(b *testing.B) {
	for _, path := range encryptedFixtures(b) {
		b.Run(filepath.Base(path), func(b *testing.B) {
			src := readFile(b, path)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decrypt(src, maxObjects); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
