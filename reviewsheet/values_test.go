package reviewsheet

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
)

func TestParseThousandYen(t *testing.T) {
	ptr := func(v int64) *int64 { return &v }
	for _, tc := range []struct {
		tok  string
		want *int64
		err  string // substring of the error; "" for none
	}{
		{"684,784", ptr(684_784_000), ""},
		{"0", ptr(0), ""},
		{"--", nil, ""},
		{"1,234.5", ptr(1_234_500), ""},
		{"0.001", ptr(1), ""},
		{"△1,234", ptr(-1_234_000), ""},
		{"▲5", ptr(-5_000), ""},
		{"-12", ptr(-12_000), ""},
		{"１，２３４", ptr(1_234_000), ""}, // full-width digits and comma
		{"１２．５", ptr(12_500), ""},     // full-width point
		{"－７", ptr(-7_000), ""},       // full-width minus
		{"1,23", nil, "misplaced thousands separator"},
		{",123", nil, "misplaced thousands separator"},
		{"1234,567", nil, "misplaced thousands separator"},
		{"0001,234", nil, "misplaced thousands separator"},
		{"1.2345", nil, "not a number"}, // finer than one yen
		{"1.", nil, "not a number"},
		{"", nil, "not a number"},
		{"-", nil, "not a number"},
		{"17.3%", nil, "not a number"},
		{"千円", nil, "not a number"},
		{"12a", nil, "not a number"},
		{"9,223,372,036,854,775", nil, "out of range"},
		{strings.Repeat("9", 50), nil, "out of range"}, // longer than the stack buffer
		{strings.Repeat("x", 50), nil, "not a number"}, // long, and not a number
		{strings.Repeat("１", 30), nil, "out of range"}, // long in full-width digits
		{"https://www.example.go.jp/" + strings.Repeat("a", 40), nil, "not a number"},
	} {
		t.Run(tc.tok, func(t *testing.T) {
			got, err := parseThousandYen(tc.tok)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				assert.True(t, errors.Is(err, errNotNumber))
				assert.False(t, isAmount(tc.tok))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want != nil, isAmount(tc.tok), "isAmount agrees with parseThousandYen")
		})
	}
}

func TestIsPercent(t *testing.T) {
	for tok, want := range map[string]bool{
		"97.6": true, "100": true, "17.3%": true, "９７．６": true, "1,000.5": true,
		"--": false, "-": false, "abc": false, "97.6x": false, "1e3": false, "": false,
	} {
		assert.Equal(t, want, isPercent(tok), tok)
	}
}

func TestTrimSpace(t *testing.T) {
	cases := []string{"", " ", "\u3000", "abc", " abc ", "\u3000孤独\u3000", "孤独・孤立", "孤独 ", "\t孤独",
		"\xff", " \xff ", "a\u3000", "\u00a0x\u00a0"}
	cases = append(cases, sheettext.Fields(string(readFile(t, samplePath)))...)
	for _, s := range cases {
		assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
	}
}

func TestAppendIndex(t *testing.T) {
	for i, want := range map[int]string{0: "[0]", 9: "[9]", 10: "[10]", 99: "[99]", 100: "[100]", 12345: "[12345]"} {
		assert.Equal(t, "x"+want, string(appendIndex([]byte("x"), i)))
	}
}

// FuzzAtoi compares atoi with strconv.Atoi.
func FuzzAtoi(f *testing.F) {
	for _, s := range []string{"", "--", "-", "+", "12", "-0", "+7", "0012", "1,234", "１２", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "3a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := atoi(s)
		want, err := strconv.Atoi(s)
		if ok != (err == nil) || ok && n != want {
			t.Fatalf("atoi(%q) = %d, %v; strconv.Atoi %d, %v", s, n, ok, want, err)
		}
	})
}

func TestKeepString(t *testing.T) {
	p := &parser{}
	var ps []*string
	for i := 0; i < 3*stringChunk+1; i++ {
		ps = append(ps, p.keepString(strconv.Itoa(i)))
	}
	for i, v := range ps {
		require.Equal(t, strconv.Itoa(i), *v, "each value keeps its own slot")
	}
	*ps[0] = "changed"
	assert.Equal(t, "1", *ps[1])
}
