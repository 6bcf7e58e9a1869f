package pdftext

import (
	"path/filepath"
	"slices"
	"testing"
)

// BenchmarkExtractEncrypted measures extraction of each encrypted
// fixture (decryption included); pages/s is PDF pages per second on one
// core. Compare with BenchmarkExtractPDF on the plain file, with the
// decryption layer alone (rawpdf's BenchmarkDecrypt) and with poppler:
// time pdftotext testdata/pdf/encrypted/aes-128.pdf /dev/null
//
//	go test ./internal/pdftext/... -run '^$' -bench 'ExtractEncrypted|Decrypt' -benchmem
func BenchmarkExtractEncrypted(b *testing.B) {
	for _, path := range sortedKeys(encryptedFixtures(b)) {
		b.Run(filepath.Base(path), func(b *testing.B) {
			src := readFile(b, path)
			doc, err := ExtractBytes(src, Options{})
			if err != nil {
				b.Fatal(err)
			}
			pages := len(doc.Pages)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ExtractBytes(src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
