package textnorm

import (
	"bytes"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// FromShiftJIS converts b from Shift_JIS (CP932, Windows-31J: what a
// Japanese Windows program saves) to UTF-8. ok is false unless all of b
// decodes without a replacement character and holds kana or kanji, so
// Latin-1 or random bytes (which the decoder also passes) are not taken
// for Japanese text. Line breaks are kept, so line numbers do not move.
func FromShiftJIS(b []byte) (utf8 []byte, ok bool) {
	out, _, err := transform.Bytes(japanese.ShiftJIS.NewDecoder(), b)
	if err != nil || bytes.ContainsRune(out, '\uFFFD') {
		return nil, false
	}
	for _, r := range string(out) {
		if r >= 0x3040 && r <= 0x9FFF {
			return out, true
		}
	}
	return nil, false
}
