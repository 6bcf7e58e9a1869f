package normalize

// useRareBlocks: rareBlocks is assembly (rarescan_amd64.s, SSE2).
const useRareBlocks = true

// rareBlocks returns the offset of the first 16-byte block of the n bytes
// from p whose rareMask is not zero, and that mask; n and 0 when there is
// none. n is a positive multiple of 16 and the 5 bytes after the n bytes
// must be readable.
//
//go:noescape
func rareBlocks(p *byte, n int) (off int, mask uint32)
