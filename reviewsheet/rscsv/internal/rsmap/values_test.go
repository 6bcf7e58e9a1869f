package rsmap

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseYen(t *testing.T) {
	tests := []struct {
		in   string
		want *int64
		err  bool
	}{
		{"", nil, false},
		{"  ", nil, false},
		{"3953908000", int64p(3953908000), false},
		{"10715267000 ", int64p(10715267000), false},
		{"34482000.0", int64p(34482000), false},
		{"288000000.00", int64p(288000000), false},
		{"-1200", int64p(-1200), false},
		{"1,234", int64p(1234), false},
		{"0", int64p(0), false},
		{"1.5", nil, true},
		{"--", nil, true},
		{"abc", nil, true},
		{"99999999999999999999", nil, true},
	}
	for _, tt := range tests {
		got, err := parseYen(tt.in)
		if tt.err {
			assert.Error(t, err, tt.in)
			continue
		}
		assert.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseFractionPercent(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		nil_ bool
		err  bool
	}{
		{"0.17319", 17.319, false, false},
		{"0.37148", 37.148, false, false},
		{"0.97162", 97.162, false, false},
		{"1", 100, false, false},
		{"1.5", 150, false, false},
		{"0.5", 50, false, false},
		{"0", 0, false, false},
		{"-0.01234", -1.234, false, false},
		{"", 0, true, false},
		{"17%", 0, false, true},
		{"0.1.2", 0, false, true},
	}
	for _, tt := range tests {
		got, err := parseFractionPercent(tt.in)
		switch {
		case tt.err:
			assert.Error(t, err, tt.in)
		case tt.nil_:
			assert.NoError(t, err)
			assert.Nil(t, got, tt.in)
		default:
			assert.NoError(t, err, tt.in)
			if assert.NotNil(t, got, tt.in) {
				assert.Equal(t, tt.want, *got, tt.in) // exactly the decimal written
			}
		}
	}
}

func TestNormalizeID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"6423", "006423"}, {"1", "000001"}, {"006423", "006423"}, {" 11 ", "000011"},
		{"6423.0", "006423"}, {"1234567", "1234567"},
	}
	for _, tt := range tests {
		got, err := NormalizeID(tt.in)
		assert.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got)
	}
	for _, bad := range []string{"", "A12", "-5"} {
		_, err := NormalizeID(bad)
		assert.Error(t, err, bad)
	}
}

func TestParseBoolAndText(t *testing.T) {
	for in, want := range map[string]bool{"TRUE": true, "FALSE": false, "t": true, "f": false} {
		got, err := parseBool(in)
		assert.NoError(t, err)
		assert.Equal(t, want, *got, in)
	}
	got, err := parseBool("")
	assert.NoError(t, err)
	assert.Nil(t, got)
	_, err = parseBool("yes")
	assert.Error(t, err)

	assert.Equal(t, "2/3", unquote("'2/3"))
	assert.Equal(t, "2/3", unquote("2/3"))
	assert.Nil(t, text(""))
	assert.Equal(t, "-", *text("-"), "placeholders are content")
	assert.Equal(t, []string{"a", "b"}, lines("a\r\n\nb"))
	assert.Equal(t, []string{"１．研修／２．研修"}, lines("１．研修／２．研修"), "never split on ／")
}

func int64p(v int64) *int64 { return &v }
