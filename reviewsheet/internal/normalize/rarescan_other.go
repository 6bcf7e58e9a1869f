//go:build !amd64

package normalize

import "unsafe"

// useRareBlocks: no assembly; NeedsNormalizing hops with bytes.IndexByte.
const useRareBlocks = false

// rareBlocks is the assembly's contract in Go (for the tests).
func rareBlocks(p *byte, n int) (off int, mask uint32) {
	return rareBlocksGo(unsafe.Slice(p, n+5), n)
}
