package num

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
			got, err := ParseThousandYen(tc.tok)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				assert.True(t, errors.Is(err, ErrNotNumber))
				assert.False(t, IsAmount(tc.tok))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want != nil, IsAmount(tc.tok), "IsAmount agrees with ParseThousandYen")
		})
	}
}

func TestIsPercent(t *testing.T) {
	for tok, want := range map[string]bool{
		"97.6": true, "100": true, "17.3%": true, "９７．６": true, "1,000.5": true,
		"--": false, "-": false, "abc": false, "97.6x": false, "1e3": false, "": false,
	} {
		assert.Equal(t, want, IsPercent(tok), tok)
	}
}

func TestParseYearAndDecimal(t *testing.T) {
	for tok, want := range map[string]int{"2024": 2024, "2024年度": 2024, "２０２５年": 2025} {
		y, err := ParseYear(tok)
		require.NoError(t, err, tok)
		assert.Equal(t, want, y)
	}
	for _, tok := range []string{"24", "1899", "2201", "令和6年度", "20x4"} {
		_, err := ParseYear(tok)
		assert.Error(t, err, tok)
	}
	for _, tok := range []string{"1e3", "Inf", "0x10", "1_000", "+5", ""} {
		_, err := ParseDecimal(tok)
		assert.ErrorIs(t, err, ErrNotNumber, tok)
	}
	v, err := ParsePercent("１７．３％")
	require.NoError(t, err)
	assert.Equal(t, 17.3, *v)
	v, err = ParsePercent(Absent)
	assert.NoError(t, err)
	assert.Nil(t, v)
	assert.True(t, IsYearStart("２０２４"))
	assert.False(t, IsYearStart("令和"))
}

func BenchmarkIsAmount(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_ = IsAmount("3,953,908")
		_ = IsAmount("孤独・孤立対策")
	}
}

// FuzzAtoi compares Atoi with strconv.Atoi.
func FuzzAtoi(f *testing.F) {
	for _, s := range []string{"", "--", "-", "+", "12", "-0", "+7", "0012", "1,234", "１２", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "3a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := Atoi(s)
		want, err := strconv.Atoi(s)
		if ok != (err == nil) || ok && n != want {
			t.Fatalf("Atoi(%q) = %d, %v; strconv.Atoi %d, %v", s, n, ok, want, err)
		}
	})
}

// yearByAtoi is ParseYear as it was written before Year: fold, trim,
// strconv.Atoi; Year must agree with it.
func yearByAtoi(tok string) (int, bool) {
	s := strings.TrimSuffix(strings.TrimSuffix(FoldDigits(tok), "年度"), "年")
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1900 && y <= 2200
}

func TestYearAgreesWithAtoi(t *testing.T) {
	for _, tok := range []string{"2024", "2024年度", "2024年", "２０２５年", "２0２4", "２０２４年度", "1900", "2200", "1899", "2201",
		"+202", "-202", "20 4", "２０２", "２０２４５", "令和6年度", "20x4", "", "年度", "2024年度年", "１，２３", "△２０２", "２０２４．", "０１２３"} {
		wy, wok := yearByAtoi(tok)
		y, ok := Year(tok)
		assert.Equal(t, wok, ok, tok)
		if wok {
			assert.Equal(t, wy, y, tok)
		}
		_, err := ParseYear(tok)
		assert.Equal(t, !ok, err != nil, tok)
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = Year("当該事業の年") }))
}
