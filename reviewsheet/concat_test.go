package reviewsheet

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcatenatedSheets: three sheets in one text are not one sheet with
// the others swallowed into その他備考: the second title line is an error
// at its line, and the lenient sheet is the first one.
func TestConcatenatedSheets(t *testing.T) {
	one := readFile(t, samplePath)
	src := bytes.Join([][]byte{one, one, one}, nil)
	second := 1 + bytes.Count(one, []byte("\n")) + 1 // the sample starts with a blank line
	_, err := (&Parser{Name: "three.txt"}).ParseBytes(src)
	var list ErrorList
	require.True(t, errors.As(err, &list), "%v", err)
	require.Len(t, list, 1)
	assert.Equal(t, second, list[0].Line)
	assert.ErrorIs(t, list[0], ErrLayout)
	assert.Contains(t, list[0].Error(), "another sheet begins here")

	s, err := (&Parser{Name: "three.txt", Lenient: true}).ParseBytes(src)
	require.Error(t, err)
	want := parseFile(t, samplePath)
	assert.Equal(t, want.OtherRemarks, s.OtherRemarks)
	assert.Equal(t, want.Budget, s.Budget)
}
