package sheettext

// useBlocks tells whether the CPU has SSSE3 (PSHUFB, PALIGNR), which
// validBlocks uses.
var useBlocks = hasSSSE3()

// hasSSSE3 reports the SSSE3 bit of CPUID (utf8_amd64.s).
func hasSSSE3() bool

// validBlocks checks n bytes from p (n a positive multiple of 16) for
// invalid UTF-8, apart from a sequence cut by the end (utf8_amd64.s).
//
//go:noescape
func validBlocks(p *byte, n int) bool
