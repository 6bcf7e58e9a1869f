package normalize

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/stretchr/testify/assert"
)

// checkCleanLine asserts what cleanLine promises for t: a clean line is
// left alone by NormalizeLine, and is a page number only when it has a
// space before a '/'.
func checkCleanLine(t *testing.T, s string) {
	t.Helper()
	clean, slash, divide := cleanLine(s)
	if !clean {
		return
	}
	assert.Equal(t, strings.Contains(s, "∕"), divide, "∕ in %q", s)
	assert.Equal(t, s, linerules.NormalizeLine(s), "clean line %q", s)
	if !slash {
		assert.False(t, linerules.IsPageNumber(s), "page number %q", s)
	}
}

func TestCleanLine(t *testing.T) {
	for _, tc := range []struct {
		text  string
		clean bool
	}{
		{"", true},
		{"基本情報 予算事業ID 001", true},
		{"12 / 16", true},
		{"2025 年度", false},
		{"６月 11日", false},
		{"予算事業 ID", false},
		{"事業概要 URL", false},
		{"a  b", false},
		{" a", false},
		{"a ", false},
		{"a\tb", false},
		{"a\u00a0b", false},
		{"a\u3000b", false},
		{"ーー", false},
		{"1 -ー 2", false},
		{"ー-", false},
		{"サーバー データ", true},
		{"⽀出先名", false},
		{"－－", false},
		{"退職", true}, // E9 80 80: not U+3000
		{"（単位：千円） ※① → 1", true},
		{"事業 ＩＤ", false},
		{"a ‧ b", false},
		{"1 ‐‐", false},
		{"１ －", false},
		{"⼀般", false},
		{"\uf900", false},
		{"実績∕目標∕見込みの", true},
	} {
		clean, _, _ := cleanLine(tc.text)
		assert.Equal(t, tc.clean, clean, tc.text)
		checkCleanLine(t, tc.text)
	}
	for _, src := range gateSeeds(t) {
		for _, l := range scanLines(string(src)) {
			checkCleanLine(t, l.Text)
		}
	}
}

// FuzzCleanLine checks cleanLine against NormalizeLine and IsPageNumber.
//
//	go test ./reviewsheet/internal/normalize -run '^$' -fuzz FuzzCleanLine -fuzztime 60s
func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{"2025 年度", "６月 11日", "ーー", "1 / 3", "予算事業 ID", "a\u3000 b", "-ー", "退職 URL", "（単位：千円） ※①", "事業 ＵＲＬ", "‐‐", "－ｰ", "\u2e80"} {
		f.Add(s)
	}
	for _, src := range gateSeeds(f) {
		lines := strings.Split(string(src), "\n")
		for _, l := range lines[:min(len(lines), 200)] {
			f.Add(l)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		clean, slash, divide := cleanLine(s)
		if clean && divide != strings.Contains(s, "∕") {
			t.Fatalf("∕ in %q: %v", s, divide)
		}
		if clean && linerules.NormalizeLine(s) != s {
			t.Fatalf("clean line %q normalises to %q", s, linerules.NormalizeLine(s))
		}
		if clean && !slash && linerules.IsPageNumber(s) {
			t.Fatalf("page number %q without a space before '/'", s)
		}
	})
}

// nextMarkedRef is nextMarked byte by byte.
func nextMarkedRef(s string, i int) int {
	for ; i < len(s); i++ {
		if lineByte[s[i]] != 0 {
			return i
		}
	}
	return i
}

// FuzzNextMarked compares nextMarked with the byte loop at every offset.
func FuzzNextMarked(f *testing.F) {
	f.Add("あいう\x00\x01 えお\x80\x80")
	f.Add("（単位：千円） ２０２５　ー")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := nextMarked(s, i), nextMarkedRef(s, i); got != want {
				t.Fatalf("%q from %d: %d, want %d", s, i, got, want)
			}
		}
	})
}

// TestNextMarked compares the word-at-a-time search with lineByte, byte
// by byte, at every offset of every byte value in every position of a
// word.
func TestNextMarked(t *testing.T) {
	ref := nextMarkedRef
	base := []byte("あいうえおかきくけこさしす")
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 16; pos++ {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			s := string(b)
			for i := 0; i <= len(s); i++ {
				if got, want := nextMarked(s, i), ref(s, i); got != want {
					t.Fatalf("byte %#x at %d, from %d: %d, want %d", c, pos, i, got, want)
				}
			}
		}
	}
}

// FuzzCutUnit compares cutUnit with the strings.CutPrefix it stands for.
func FuzzCutUnit(f *testing.F) {
	f.Add(label.UnitThousandYen + " 1,234")
	f.Add(label.UnitThousandYen)
	f.Add("（単位：円） 1")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		rest, ok := cutUnit(s)
		wantRest, wantOK := strings.CutPrefix(s, label.UnitThousandYen+" ")
		if rest != wantRest || ok != wantOK {
			t.Fatalf("%q: %q %v, want %q %v", s, rest, ok, wantRest, wantOK)
		}
	})
}
