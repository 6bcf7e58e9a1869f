package sheettext

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestValidUTF8(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"empty", ""},
		{"ascii", "abcdefghijklmnopqrstuvwxyz"},
		{"kana and kanji", "行政事業レビューシート"},
		{"mixed", "予算額 1,234 千円（ＩＤ）"},
		{"two-byte", "é×"},
		{"four-byte", "𠮷野家"},
		{"E0 lowest", "\u0800"},
		{"E0 overlong", "\xe0\x80\xaf"},
		{"ED last before surrogates", "\ud7ff"},
		{"surrogate", "\xed\xa0\x80"},
		{"F4 highest", "\U0010FFFF"},
		{"above U+10FFFF", "\xf4\x90\x80\x80"},
		{"overlong two-byte", "\xc0\xaf"},
		{"lone continuation", "a\x80b"},
		{"truncated at end", "あ\xe3\x81"},
		{"truncated before ASCII", "\xe3\x81aaaa"},
		{"bad second continuation", "\xe3\x81\x41x"},
		{"bad first continuation", "\xe3\x41\x81x"},
		{"F5", "\xf5\x80\x80\x80"},
		{"FF", "\xff"},
		{"shift_jis", "\x8d\x73\x90\xad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, utf8.ValidString(tt.src), ValidUTF8([]byte(tt.src)))
		})
	}
}

// FuzzValidUTF8 compares ValidUTF8 with utf8.Valid.
func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"", "あいう", "\xed\xa0\x80", "\xe0\x80\xaf", "\xf4\x90\x80\x80", "abcdefgh\xe3\x81", "𠮷\xf0"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if got, want := ValidUTF8(src), utf8.Valid(src); got != want {
			t.Fatalf("ValidUTF8(%q) = %v, utf8.Valid %v", src, got, want)
		}
	})
}

// BenchmarkValidUTF8 validates the sample sheet; compare with
// BenchmarkStdValid:
//
//	go test ./internal/sheettext -run '^$' -bench Valid -cpu 1
func BenchmarkValidUTF8(b *testing.B) {
	src := sample(b)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if !ValidUTF8(src) {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkStdValid(b *testing.B) {
	src := sample(b)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if !utf8.Valid(src) {
			b.Fatal("invalid")
		}
	}
}

func sample(b *testing.B) []byte {
	src, err := os.ReadFile("../../testdata/rs2025-006423.txt")
	if err != nil {
		b.Fatal(err)
	}
	return src
}
