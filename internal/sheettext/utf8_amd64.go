package sheettext

// useBlocks tells whether the CPU has SSSE3 (PSHUFB, PALIGNR), which
// validBlocks uses.
var useBlocks = hasSSSE3()

// useBlocks32 tells whether the CPU has AVX2, which validBlocks32 uses.
var useBlocks32 = hasAVX2()

// hasSSSE3 reports the SSSE3 bit of CPUID (utf8_amd64.s).
func hasSSSE3() bool

// hasAVX2 reports whether the CPU and the OS support AVX2 (utf8_amd64.s).
func hasAVX2() bool

// validBlocks checks n bytes from p (n a positive multiple of 16) for
// invalid UTF-8, apart from a sequence cut by the end (utf8_amd64.s).
//
//go:noescape
func validBlocks(p *byte, n int) bool

// validBlocks32 is validBlocks with AVX2; n is a positive multiple of 32.
//
//go:noescape
func validBlocks32(p *byte, n int) bool
