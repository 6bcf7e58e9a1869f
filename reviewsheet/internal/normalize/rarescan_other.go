//go:build !amd64

package normalize

import "unsafe"

// useRareBlocks: no assembly; NeedsNormalizing hops with bytes.IndexByte.
const useRareBlocks = false

// useAVX2 is unused without the assembly.
var useAVX2 = false

// rareBlocks is the assembly's contract in Go (for the tests).
func rareBlocks(p *byte, n int, avx2 bool) (off int, mask uint32) {
	return rareBlocksGo(unsafe.Slice(p, n+5), n)
}
