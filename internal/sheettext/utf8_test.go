package sheettext

import (
	"os"
	"strings"
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
		// long enough for the 16- and 32-byte blocks of amd64
		f.Add([]byte(strings.Repeat("行政事業レビュー", 3) + s + strings.Repeat("予算 1,234 ", 3)))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want := utf8.Valid(src)
		if got := ValidUTF8(src); got != want {
			t.Fatalf("ValidUTF8(%q) = %v, utf8.Valid %v", src, got, want)
		}
		// the 16-byte blocks of SSSE3 on a CPU with AVX2 too
		if got := validUTF8(src, false); got != want {
			t.Fatalf("validUTF8(%q, SSSE3) = %v, utf8.Valid %v", src, got, want)
		}
		// the automaton alone, as CPUs without the vector path run it
		if got := validUTF8Go(src); got != want {
			t.Fatalf("validUTF8Go(%q) = %v, utf8.Valid %v", src, got, want)
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

// TestValidUTF8Blocks puts every sequence of the table of
// TestValidUTF8, and every byte pair, at each offset of an input long
// enough for the 16-byte blocks of SSSE3 and the 32-byte blocks of AVX2
// (in the middle of a block or lane, across their boundaries, at the cut
// before the tail), and compares both with utf8.Valid.
func TestValidUTF8Blocks(t *testing.T) {
	cases := []string{"\u0800", "\xe0\x80\xaf", "\ud7ff", "\xed\xa0\x80", "\U0010FFFF", "\xf4\x90\x80\x80",
		"\xc0\xaf", "\x80", "\xe3\x81", "\xe3\x81\x41", "\xe3\x41\x81", "\xf5\x80\x80\x80", "\xff", "\x8d\x73\x90\xad",
		"𠮷", "\xf0\x90\x80", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xe3\x81\x82\x80", "\xc2\xa0", "\xc2", "\xdf\xbf\xbf"}
	for a := 0x80; a < 0x100; a++ {
		for b := 0; b < 0x100; b += 0x10 {
			cases = append(cases, string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b | 0x0f)}))
		}
	}
	fill := []string{"あいうえおかきくけこさしすせそたちつてと", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"}
	n := 0
	for _, f := range fill {
		for _, c := range cases {
			for _, size := range []int{64, 67, 80, 95} {
				for at := 0; at+len(c) <= size; at++ {
					src := make([]byte, 0, size)
					for len(src) < at {
						src = append(src, f...)
					}
					// cut the filler at a rune start
					for len(src) > at {
						src = src[:len(src)-1]
					}
					for len(src) > 0 && !utf8.Valid(src) {
						src = src[:len(src)-1]
					}
					for len(src) < at {
						src = append(src, ' ')
					}
					src = append(src, c...)
					for len(src) < size {
						src = append(src, 'x')
					}
					want := utf8.Valid(src)
					if got := validUTF8(src, false); got != want {
						t.Fatalf("validUTF8(%q, SSSE3) = %v, utf8.Valid %v", src, got, want)
					}
					if got := validUTF8(src, useBlocks32); got != want {
						t.Fatalf("validUTF8(%q, AVX2 %v) = %v, utf8.Valid %v", src, useBlocks32, got, want)
					}
					n++
				}
			}
		}
	}
	t.Logf("%d inputs", n)
}
