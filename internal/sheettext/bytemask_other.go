//go:build !amd64

package sheettext

import "unsafe"

// byteMask64 has bit k set when p[k] == c, for the 64 bytes from p.
func byteMask64(p *byte, c byte) uint64 { return byteMaskGo((*[64]byte)(unsafe.Slice(p, 64)), c) }

// useLFBlocks: without the assembly lfStarts masks with byteMask64.
const useLFBlocks = false

func lfBlocks(p *byte, n int, out *int32, base int32, avx2 bool) int { panic("unreachable") }
