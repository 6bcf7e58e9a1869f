package pdfsheet

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// encryptedPDFFixtures are the fixtures of
// scripts/make-encrypted-fixtures.sh: the PDF fixtures encrypted by qpdf
// with an empty user password (RC4 40 and 128 bits, V4 RC4 and AES-128,
// AES-256 R5 and R6) and one with a user password (userpw.pdf).
func encryptedPDFFixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/pdf/encrypted/*.pdf")
	require.NoError(t, err)
	require.Len(t, paths, 7, "encrypted PDF fixtures missing (scripts/make-encrypted-fixtures.sh)")
	return paths
}

// TestEncryptedPDFEqualsPlain: each fixture with an empty user password
// parses to the Sheet of the unencrypted PDF it was made from, Source
// positions included, and its extracted text is that PDF's text; the
// file with a user password is ErrEncrypted saying a password is
// required.
func TestEncryptedPDFEqualsPlain(t *testing.T) {
	for _, path := range encryptedPDFFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src := readFile(t, path)
			got, err := Parse(bytes.NewReader(src))
			if filepath.Base(path) == "userpw.pdf" {
				require.Error(t, err)
				require.Nil(t, got)
				assert.ErrorIs(t, err, reviewsheet.ErrEncrypted)
				assert.Contains(t, err.Error(), "a password is required")
				var list reviewsheet.ErrorList
				require.True(t, errors.As(err, &list))
				require.Len(t, list, 1)
				return
			}
			require.NoError(t, err)
			plainPath := "../../testdata/pdf/rs2025-006423.pdf"
			if strings.HasSuffix(path, "-objstm.pdf") {
				plainPath = "../../testdata/pdf/rs2025-006423-lines-objstm.pdf"
			}
			plain := readFile(t, plainPath)
			want, err := Parse(bytes.NewReader(plain))
			require.NoError(t, err)
			require.Equal(t, want, got)

			wantText, err := Text(plain, 0)
			require.NoError(t, err)
			gotText, err := Text(src, 0)
			require.NoError(t, err)
			require.Equal(t, wantText, gotText)

			// The sample's figures, as the text path reads them.
			require.Equal(t, withoutSource(parseFile(t, samplePath)), withoutSource(got))
		})
	}
}

// BenchmarkParseEncryptedPDF measures a full strict parse of each
// encrypted fixture with an empty user password (decryption, extraction
// and section parsers); pages/s counts PDF pages.
//
//	go test ./reviewsheet -run '^$' -bench ParseEncryptedPDF -benchmem
func BenchmarkParseEncryptedPDF(b *testing.B) {
	for _, path := range encryptedPDFFixtures(b) {
		if filepath.Base(path) == "userpw.pdf" {
			continue
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			src := readFile(b, path)
			text, err := Text(src, 0)
			if err != nil {
				b.Fatal(err)
			}
			pages := strings.Count(text, "\f") + 1
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(src)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
