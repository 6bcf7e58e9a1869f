package sheettext

// byteMask64 has bit k set when p[k] == c, for the 64 bytes from p
// (bytemask_amd64.s).
//
//go:noescape
func byteMask64(p *byte, c byte) uint64

// useLFBlocks: lfStarts finds the LFs with lfBlocks (bytemask_amd64.s).
const useLFBlocks = true

// lfBlocks writes base plus the offset of every LF among the n bytes
// from p (n a positive multiple of 64) to out, which has room for n
// entries, and returns how many it wrote (bytemask_amd64.s; with AVX2
// when avx2).
//
//go:noescape
func lfBlocks(p *byte, n int, out *int32, base int32, avx2 bool) int
