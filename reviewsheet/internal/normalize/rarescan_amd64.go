package normalize

// useRareBlocks: rareBlocks is assembly (rarescan_amd64.s: AVX2 where the
// CPU has it, SSE2 otherwise).
const useRareBlocks = true

// useAVX2 tells rareBlocks to read 32-byte vectors.
var useAVX2 = hasAVX2()

// hasAVX2 reports whether the CPU and the OS support AVX2.
func hasAVX2() bool

// rareBlocks returns the offset of the first 32-byte block of the n bytes
// from p that holds a mark (rareCandidate), and the block's marks as bits;
// n and 0 when there is none. n is a positive multiple of 32 and the 5
// bytes after the n bytes must be readable.
//
//go:noescape
func rareBlocks(p *byte, n int, avx2 bool) (off int, mask uint32)
