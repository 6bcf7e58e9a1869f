package rawpdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndexKey(t *testing.T) {
	for _, tt := range []struct {
		src, key string
		want     int
	}{
		{"<< /Encrypt 5 0 R >>", "/Encrypt", 3},
		{"<< /EncryptMetadata false >>", "/Encrypt", -1},
		{"/EncryptMetadata false /Encrypt<<>>", "/Encrypt", 23},
		{"/Encrypt", "/Encrypt", 0},
		{"/Prev/Size", "/Prev", 0},
		{"", "/Prev", -1},
	} {
		assert.Equal(t, tt.want, IndexKey([]byte(tt.src), tt.key), "%q", tt.src)
		assert.Equal(t, tt.want >= 0, HasKey([]byte(tt.src), tt.key), "%q", tt.src)
	}
}

func TestReadInt(t *testing.T) {
	for _, tt := range []struct {
		src  string
		n    int64
		end  int
		ok   bool
		from int
	}{
		{"startxref\n1234\n%%EOF", 1234, 14, true, 9},
		{"  \r\n 0 ", 0, 6, true, 0},
		{" -5", 0, 1, false, 0},
		{"", 0, 0, false, 0},
		{"1234567890123456789", 123456789012345678, 18, true, 0}, // 18 digits at most
	} {
		n, end, ok := ReadInt([]byte(tt.src), tt.from)
		assert.Equal(t, tt.ok, ok, "%q", tt.src)
		if ok {
			assert.Equal(t, tt.n, n, "%q", tt.src)
		}
		assert.Equal(t, tt.end, end, "%q", tt.src)
	}
}

func TestUnpredictPNG(t *testing.T) {
	// Rows of 3 columns, each after its filter type.
	data := []byte{
		0, 1, 2, 3, // None: 1 2 3
		2, 1, 1, 1, // Up: 2 3 4
		1, 1, 1, 1, // Sub: 1 2 3
		3, 2, 2, 2, // Average (up 1 2 3): 2+⌊(0+1)/2⌋=2, 2+⌊(2+2)/2⌋=4, 2+⌊(4+3)/2⌋=5
		4, 1, 0, 0, // Paeth (up 2 4 5): 1+2=3, then up 4, then up 5
		7, 9, 9, 9, // unknown type: None
		9, 5, // a partial row is dropped
	}
	want := []byte{1, 2, 3, 2, 3, 4, 1, 2, 3, 2, 4, 5, 3, 4, 5, 9, 9, 9}
	assert.Equal(t, want, UnpredictPNG(data, 3))
	assert.Equal(t, byte(7), paeth(7, 1, 1)) // p = 7: left is nearest
	assert.Equal(t, byte(9), paeth(5, 9, 1)) // p = 13: up is nearest
	assert.Equal(t, byte(5), paeth(1, 9, 5)) // p = 5: upper-left is nearest
}

func TestBeInt(t *testing.T) {
	assert.Equal(t, 3, BeInt([]byte{0, 3}))
	assert.Equal(t, 0x010203, BeInt([]byte{1, 2, 3}))
	assert.Equal(t, 0, BeInt(nil))
}
