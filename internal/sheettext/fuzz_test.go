package sheettext

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// naiveLine counts the line ends (LF, CRLF, lone CR) before off, as
// editors and grep -n do: the 1-based line of the byte at off.
func naiveLine(src []byte, off int) int {
	n := 1
	for i := 0; i < off; i++ {
		if src[i] == '\n' || (src[i] == '\r' && (i+1 >= len(src) || src[i+1] != '\n')) {
			n++
		}
	}
	return n
}

// refScan is Scan written as a byte-by-byte loop, the reference the
// fuzz target compares the vectorised scanner with.
func refScan(src []byte) []Line {
	var lines []Line
	i := 0
	if strings.HasPrefix(string(src), "\uFEFF") {
		i = 3
	}
	brk, page := false, false
	for i < len(src) {
		j := i
		for j < len(src) && src[j] != '\n' && src[j] != '\r' && src[j] != '\f' {
			j++
		}
		if t := strings.TrimRight(string(src[i:j]), " \t\v\x00"); t == "" {
			brk = true
		} else {
			lines = append(lines, Line{Pos: Pos(i + 1), Text: t, Break: brk && len(lines) > 0, Page: page && len(lines) > 0})
			brk, page = false, false
		}
		if j >= len(src) {
			break
		}
		switch {
		case src[j] == '\f':
			page, brk = true, true
			j++
			if j < len(src) && src[j] == '\r' {
				j++
			}
			if j < len(src) && src[j] == '\n' {
				j++
			}
		case src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n':
			j += 2
		default:
			j++
		}
		i = j
	}
	return lines
}

// FuzzScan checks the scanner against a naive reading: every line is the
// source text at its position, holds no line end or form feed, and is
// numbered as a byte-by-byte count numbers it; lines, breaks and page
// breaks are those of refScan.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"a\nb\n", "a\r\n\fb\r\rc\f\f\nd \r\n", "\f\r\r\n\n\fx", "\ufeffa\r\n\r\nb\r\n", "a\rb", "a\n\fb\n", "a\f\r\nb", " \t\n", "", "a\f\fb\n\fc", "\fa\n\n\f\nb\fc\f", "a \f \n\fb\n\nc", "\ufeff\fa\nb\f\n\n\fc d\f"} {
		f.Add([]byte(s))
	}
	f.Add([]byte(strings.Repeat("a\f\n\f", 70))) // more form feeds than Scan's buffer holds
	if b, err := os.ReadFile("../../testdata/rs2025-006423.txt"); err == nil {
		f.Add(b[:4096])
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, lines := Scan("x", src)
		total := naiveLine(src, len(src))
		if file.LineCount() != total {
			t.Fatalf("LineCount %d, naive %d", file.LineCount(), total)
		}
		if ref := refScan(src); len(ref) != len(lines) || (len(ref) > 0 && !reflect.DeepEqual(ref, lines)) {
			t.Fatalf("lines %+v, reference %+v", lines, ref)
		}
		for _, l := range lines {
			off := int(l.Pos) - 1
			if off < 0 || off+len(l.Text) > len(src) || string(src[off:off+len(l.Text)]) != l.Text {
				t.Fatalf("line %q is not the source at %d", l.Text, off)
			}
			if l.Text == "" || strings.ContainsAny(l.Text, "\n\r\f") {
				t.Fatalf("bad line %q", l.Text)
			}
			if got, want := file.Line(l.Pos), naiveLine(src, off); got != want {
				t.Fatalf("line %q: numbered %d, naive %d", l.Text, got, want)
			}
		}
	})
}

// FuzzAppendFields compares AppendFields with a byte-at-a-time split on
// ASCII spaces and tabs.
func FuzzAppendFields(f *testing.F) {
	for _, s := range []string{"", "  a b\u3000c\t d ", "予算額 1,234\t千円（ＩＤ）", "abcdefgh ijklmnopq\x01rs", "行政事業レビューシート\x00\x1f 事業名", "\t\t\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		start := -1
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == ' ' || s[i] == '\t' {
				if start >= 0 {
					want = append(want, s[start:i])
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		got := AppendFields(nil, s)
		if len(got) != len(want) {
			t.Fatalf("AppendFields(%q) = %q, want %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("AppendFields(%q) = %q, want %q", s, got, want)
			}
		}
	})
}
