package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var squeezeTexts = []string{"", " ", "\u3000", "株式会社 A", "株式会社\u3000Ａ", "Ａブロック", "a\xe3\x80", "\xe3\x80\x80x", "x\xff y", "全国　 協議会"}

// TestSqueeze: sameSqueezed answers as comparing both texts squeezed,
// invalid UTF-8 (which squeeze replaces) included.
func TestSqueeze(t *testing.T) {
	for _, a := range squeezeTexts {
		for _, b := range squeezeTexts {
			assert.Equal(t, squeeze(a) == squeeze(b), sameSqueezed(a, b), "%q %q", a, b)
		}
	}
}

func FuzzSqueeze(f *testing.F) {
	for _, s := range squeezeTexts {
		f.Add(s, "株式会社A")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		assert.Equal(t, squeeze(a) == squeeze(b), sameSqueezed(a, b), "%q %q", a, b)
	})
}
