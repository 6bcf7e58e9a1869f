package reviewsheet

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mutate replaces the first occurrence of old in the sample.
func mutate(t *testing.T, old, new string) []byte {
	t.Helper()
	src := readFile(t, samplePath)
	require.True(t, bytes.Contains(src, []byte(old)), "sample lacks %q", old)
	return bytes.Replace(src, []byte(old), []byte(new), 1)
}

// TestErrors: garbled input gives a typed error naming file, line and
// label, never a silent zero.
func TestErrors(t *testing.T) {
	tests := []struct {
		name     string
		src      []byte
		sentinel error
		line     int
		label    string
	}{
		{"garbled amount", mutate(t, "執行額 -- 684,784", "執行額 -- 684,7X4"), ErrSyntax, 144, "執行額"},
		{"misplaced comma", mutate(t, "計 0 3,953,908", "計 0 39,53,908"), ErrSyntax, 142, "計"},
		{"missing column", mutate(t, "当初予算 0 203,368 210,338 --", "当初予算 0 203,368 210,338"), ErrLayout, 134, "当初予算"},
		{"garbled rate", mutate(t, "17.3%", "17.3x%"), ErrSyntax, 146, "執行率"},
		{"bad year", mutate(t, "事業開始年度 2024", "事業開始年度 二〇二四"), ErrSyntax, 16, "事業開始年度"},
		{"bad project id", mutate(t, "予算事業ID 006423", "予算事業ID 6423"), ErrSyntax, 16, "予算事業ID"},
		{"year conflict", mutate(t, "事業年度 2025 事業区分", "事業年度 2024 事業区分"), ErrConflict, 18, "事業年度"},
		{"missing row", mutate(t, "予備費等 -- -- -- --\n", ""), ErrMissing, 127, "予備費等"},
		{"unknown row", mutate(t, "予備費等 -- -- -- --", "予備費 -- -- -- --"), ErrLayout, 140, "予算額執行額表"},
		{"missing section", mutate(t, "\n予算・執行\n", "\n予算と執行\n"), ErrMissing, 2017, "予算・執行"},
		{"bad budget type", mutate(t, "前年度から繰越し\n\n--\n", "前年度繰越\n\n--\n"), ErrSyntax, 179, "予算種別"},
		{"invalid utf-8", append([]byte("2025年度\xff"), readFile(t, samplePath)...), ErrEncoding, 1, ""},
		{"empty", []byte{}, ErrMissing, 0, ""},
		// Shift_JIS (CP932) text is converted ("あい"), then read as a sheet
		{"shift_jis bytes", []byte("\x82\xa0\x82\xa2\n"), ErrSyntax, 1, "行政事業レビューシート"},
		{"neither utf-8 nor shift_jis", []byte("\xff\xfe\xfd\n"), ErrEncoding, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{Name: "in.txt"}
			s, err := p.ParseBytes(tt.src)
			require.Error(t, err)
			assert.Nil(t, s, "strict mode returns no sheet")
			require.ErrorIs(t, err, tt.sentinel)
			var list ErrorList
			require.True(t, errors.As(err, &list))
			var hit *Error
			for _, e := range list {
				if errors.Is(e, tt.sentinel) && e.Line == tt.line && e.Label == tt.label {
					hit = e
				}
			}
			require.NotNil(t, hit, "want %v at line %d label %q; got %v", tt.sentinel, tt.line, tt.label, list)
			assert.Equal(t, "in.txt", hit.File)
			assert.True(t, strings.HasPrefix(hit.Error(), "in.txt:"), hit.Error())
		})
	}
}

// TestLenient: the partial sheet comes back with all errors.
func TestLenient(t *testing.T) {
	src := mutate(t, "執行額 -- 684,784", "執行額 -- 684,7X4")
	src = bytes.Replace(src, []byte("計 0 3,953,908"), []byte("計 0 3,95x,908"), 1)
	p := Parser{Name: "in.txt", Lenient: true}
	s, err := p.ParseBytes(src)
	require.Error(t, err)
	require.NotNil(t, s)
	list := err.(ErrorList)
	assert.Len(t, list, 2)
	assert.Less(t, list[0].Line, list[1].Line, "sorted by line")
	assert.Equal(t, "006423", s.ProjectID, "the rest of the sheet is there")
	assert.Nil(t, s.Budget.Years[1].Executed, "the unreadable figure is nil, not zero")
	assert.Equal(t, int64(203368000), *s.Budget.Years[1].Initial)
}

// TestTruncated cuts the sample after every line: every cut gives an
// error, never a panic and never a clean parse.
func TestTruncated(t *testing.T) {
	src := readFile(t, samplePath)
	last := bytes.LastIndex(bytes.TrimRight(src, "\n"), []byte("\n"))
	for i := 0; i < last; i++ {
		if src[i] != '\n' {
			continue
		}
		p := Parser{Name: "cut.txt"}
		s, err := p.ParseBytes(src[:i])
		if err == nil {
			t.Fatalf("cut at byte %d (line %d) parsed without error", i, bytes.Count(src[:i], []byte("\n"))+1)
		}
		assert.Nil(t, s)
		var list ErrorList
		require.True(t, errors.As(err, &list))
		for _, e := range list {
			require.NotEmpty(t, e.File)
		}
	}
}

func TestErrorListZero(t *testing.T) {
	var l ErrorList
	assert.NoError(t, l.Err())
	assert.Equal(t, "no errors", l.Error())
	l.Add(&Error{File: "b", Line: 2, Err: ErrSyntax})
	l.Add(&Error{File: "a", Line: 9, Err: ErrMissing})
	l.Add(&Error{File: "a", Line: 3, Label: "計", Err: ErrSyntax})
	l.Sort()
	assert.Equal(t, "a:3: 計: syntax error", l[0].Error())
	assert.Equal(t, "a:3: 計: syntax error (and 2 more errors)", l.Err().Error())
	assert.ErrorIs(t, l.Err(), ErrMissing)
	assert.Equal(t, "<input>: missing", (&Error{Err: ErrMissing}).Error())
}
