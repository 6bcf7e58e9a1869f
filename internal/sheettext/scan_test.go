package sheettext

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScan(t *testing.T) {
	type want struct {
		text      string
		line      int
		brk, page bool
	}
	tests := []struct {
		name string
		src  string
		want []want
	}{
		{"plain", "a\nb\n", []want{{"a", 1, false, false}, {"b", 2, false, false}}},
		{"blank lines", "a\n\n\nb", []want{{"a", 1, false, false}, {"b", 4, true, false}}},
		{"bom crlf", "\ufeffa\r\n\r\nb\r\n", []want{{"a", 1, false, false}, {"b", 3, true, false}}},
		{"lone cr", "a\rb", []want{{"a", 1, false, false}, {"b", 2, false, false}}},
		{"form feed alone", "a\n\fb\n", []want{{"a", 1, false, false}, {"b", 2, true, true}}},
		{"form feed ends a line", "a\fb", []want{{"a", 1, false, false}, {"b", 1, true, true}}},
		{"form feed then newline", "a\f\nb", []want{{"a", 1, false, false}, {"b", 2, true, true}}},
		{"trailing blanks", "a \t\n  \nb", []want{{"a", 1, false, false}, {"b", 3, true, false}}},
		{"ideographic space is content", "\u3000x\u3000", []want{{"\u3000x\u3000", 1, false, false}}},
		{"leading blank lines", "\n\na", []want{{"a", 3, false, false}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, lines := Scan("x", []byte(tt.src))
			var got []want
			for _, l := range lines {
				got = append(got, want{l.Text, f.Line(l.Pos), l.Break, l.Page})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPosition(t *testing.T) {
	f, lines := Scan("x", []byte("ab\ncd\n\nef"))
	assert.Equal(t, Position{Line: 4, Column: 1}, f.Position(lines[2].Pos))
	assert.Equal(t, Position{Line: 2, Column: 2}, f.Position(lines[1].Pos+1))
	assert.Equal(t, Position{}, f.Position(NoPos))
	var nilFile *File
	assert.Equal(t, Position{}, nilFile.Position(1))
	assert.Equal(t, 4, f.LineCount())
}

func TestFields(t *testing.T) {
	assert.Equal(t, []string{"a", "b\u3000c", "d"}, Fields("  a b\u3000c\t d "))
	assert.Empty(t, Fields("  \t "))
	assert.NotNil(t, Fields(""))
	long := strings.Repeat("ab ", 20) // more fields than Fields' stack buffer
	got20 := Fields(long)
	assert.Equal(t, strings.Fields(long), got20)
	assert.Equal(t, len(got20), cap(got20))
	var buf [2]string
	got := AppendFields(buf[:0], "x y z") // grows past the buffer
	assert.Equal(t, []string{"x", "y", "z"}, got)
	assert.Equal(t, []string{"p", "a", "b"}, AppendFields([]string{"p"}, " a  b"))
}
