package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

// TestShiftJISText: the sample saved as Shift_JIS (CP932) reads to the same
// Sheet, with a warning naming the encoding; bytes that are neither UTF-8
// nor Shift_JIS are an ErrEncoding error saying so.
func TestShiftJISText(t *testing.T) {
	// ∕ and 〜 (U+301C) have no CP932 code (a Windows program saves ／ and
	// ～): the UTF-8 side uses the same replacements
	text := strings.NewReplacer("∕", "／", "〜", "～").Replace(string(readFile(t, samplePath)))
	want, err := (&Parser{Name: "utf8.txt"}).ParseBytes([]byte(text))
	require.NoError(t, err)
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(text))
	require.NoError(t, err)
	got, err := (&Parser{Name: "sjis.txt"}).ParseBytes(sjis)
	require.NoError(t, err)
	w := got.Warnings
	require.Len(t, w, 1)
	assert.Equal(t, WarnShiftJIS, w[0].Code)
	got.Warnings = nil
	assert.Equal(t, withoutSource(want), withoutSource(got))

	_, err = (&Parser{Name: "bad.txt"}).ParseBytes([]byte("2025年度行政事業レビューシート \xff\xfe\xfd\n"))
	require.ErrorIs(t, err, ErrEncoding)
	assert.Contains(t, err.Error(), "neither UTF-8 nor Shift_JIS (CP932)")
}
