package linerules

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// hasDehyphenatedRef is HasDehyphenated before its '-' were tested for
// the byte after them first.
func hasDehyphenatedRef(src []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '-')
		if j < 0 {
			return false
		}
		i += j
		if glued(src, i) {
			start := bytes.LastIndexByte(src[:i], '\n') + 1
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			if dehyphenAt(string(src[start:i+end]), i-start) {
				return true
			}
		}
		for i < len(src) && src[i] == '-' {
			i++
		}
	}
}

// FuzzHasDehyphenated compares HasDehyphenated with the loop it replaces.
//
//	go test ./reviewsheet/internal/linerules -run '^$' -fuzz FuzzHasDehyphenated -fuzztime 30s
func FuzzHasDehyphenated(f *testing.F) {
	for _, dir := range []string{"../../../testdata/extractors", "../../../testdata/variants"} {
		m, _ := filepath.Glob(dir + "/*.txt")
		for _, p := range m {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte("その他担当組織 -基本情報 予算事業ID 001\n170,042 3 91.1 -支出先名\n-⽀出先名\n-- -- --\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if got, want := HasDehyphenated(src), hasDehyphenatedRef(src); got != want {
			t.Fatalf("HasDehyphenated %v, reference %v", got, want)
		}
	})
}
