package sheettext

import "encoding/binary"

// byteMaskGo is byteMask64 in Go, eight bytes at a time (the build for
// other architectures uses it; the tests compare the two): in x = w ^ c
// (c in every byte) a byte is zero exactly where w has c,
// ^(((x&7F)+7F)|x)&80 sets the high bit of exactly those bytes, and the
// multiply gathers the eight high bits into the top byte.
func byteMaskGo(b *[64]byte, c byte) uint64 {
	var m uint64
	cs := 0x0101010101010101 * uint64(c)
	for w := 0; w < 8; w++ {
		x := binary.LittleEndian.Uint64(b[8*w:]) ^ cs
		z := ^((x&0x7f7f7f7f7f7f7f7f + 0x7f7f7f7f7f7f7f7f) | x) & 0x8080808080808080
		m |= (z >> 7 * 0x0102040810204080 >> 56) << (8 * w)
	}
	return m
}
