#include "textflag.h"

// The byte constants of rareBlocks, each in all 16 bytes of a vector.
DATA rare20<>+0(SB)/8, $0x2020202020202020
DATA rare20<>+8(SB)/8, $0x2020202020202020
GLOBL rare20<>(SB), RODATA|NOPTR, $16
DATA rare09<>+0(SB)/8, $0x0909090909090909
DATA rare09<>+8(SB)/8, $0x0909090909090909
GLOBL rare09<>(SB), RODATA|NOPTR, $16
DATA rareC2<>+0(SB)/8, $0xc2c2c2c2c2c2c2c2
DATA rareC2<>+8(SB)/8, $0xc2c2c2c2c2c2c2c2
GLOBL rareC2<>(SB), RODATA|NOPTR, $16
DATA rareA0<>+0(SB)/8, $0xa0a0a0a0a0a0a0a0
DATA rareA0<>+8(SB)/8, $0xa0a0a0a0a0a0a0a0
GLOBL rareA0<>(SB), RODATA|NOPTR, $16
DATA rareBC<>+0(SB)/8, $0xbcbcbcbcbcbcbcbc
DATA rareBC<>+8(SB)/8, $0xbcbcbcbcbcbcbcbc
GLOBL rareBC<>(SB), RODATA|NOPTR, $16
DATA rareE2<>+0(SB)/8, $0xe2e2e2e2e2e2e2e2
DATA rareE2<>+8(SB)/8, $0xe2e2e2e2e2e2e2e2
GLOBL rareE2<>(SB), RODATA|NOPTR, $16
DATA rareEF<>+0(SB)/8, $0xefefefefefefefef
DATA rareEF<>+8(SB)/8, $0xefefefefefefefef
GLOBL rareEF<>(SB), RODATA|NOPTR, $16
DATA rare8D<>+0(SB)/8, $0x8d8d8d8d8d8d8d8d
DATA rare8D<>+8(SB)/8, $0x8d8d8d8d8d8d8d8d
GLOBL rare8D<>(SB), RODATA|NOPTR, $16
DATA rareF0<>+0(SB)/8, $0xf0f0f0f0f0f0f0f0
DATA rareF0<>+8(SB)/8, $0xf0f0f0f0f0f0f0f0
GLOBL rareF0<>(SB), RODATA|NOPTR, $16

// func rareBlocks(p *byte, n int) (off int, mask uint32)
//
// rareMask (rarescan.go) of the 16-byte blocks from p, one after the
// other, with SSE2 (every amd64 CPU): c0, c1, c2 and c5 are the vectors
// of the bytes 0, 1, 2 and 5 after each position, each pattern is a few
// compares ANDed, the patterns are ORed and PMOVMSKB turns the result
// into 16 bits. n is a positive multiple of 16, and the 5 bytes after
// the n are readable.
TEXT ·rareBlocks(SB), NOSPLIT, $0-28
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	XORQ DX, DX
	MOVOU rare20<>(SB), X8
	MOVOU rare09<>(SB), X9
	MOVOU rareC2<>(SB), X10
	MOVOU rareA0<>(SB), X11
	MOVOU rareBC<>(SB), X12
	MOVOU rareE2<>(SB), X13
	MOVOU rareEF<>(SB), X14
	MOVOU rare8D<>(SB), X15
	MOVOU rareF0<>(SB), X7
loop:
	MOVOU 0(SI)(DX*1), X0 // c0
	MOVOU 1(SI)(DX*1), X1 // c1
	MOVOU 2(SI)(DX*1), X2 // c2
	MOVOU 5(SI)(DX*1), X3 // c5
	// two spaces
	MOVO X0, X4
	PCMPEQB X8, X4
	MOVO X1, X5
	PCMPEQB X8, X5
	PAND X5, X4
	// a tab
	MOVO X0, X5
	PCMPEQB X9, X5
	POR X5, X4
	// C2 A0
	MOVO X0, X5
	PCMPEQB X10, X5
	MOVO X1, X6
	PCMPEQB X11, X6
	PAND X6, X5
	POR X5, X4
	// ーー (E3 83 BC E3 83 BC): BC at 2 and 5
	MOVO X2, X5
	PCMPEQB X12, X5
	PCMPEQB X12, X3
	PAND X3, X5
	POR X5, X4
	// E2
	MOVO X0, X5
	PCMPEQB X13, X5
	POR X5, X4
	// F0
	MOVO X0, X5
	PCMPEQB X7, X5
	POR X5, X4
	// EF, unless EF BC not followed by 8D
	PCMPEQB X14, X0
	PCMPEQB X12, X1
	PCMPEQB X15, X2
	PANDN X1, X2 // X2 = c1==BC && c2!=8D
	PANDN X0, X2 // X2 = c0==EF && !X2
	POR X2, X4
	PMOVMSKB X4, AX
	TESTL AX, AX
	JNZ found
	ADDQ $16, DX
	CMPQ DX, CX
	JLT loop
	MOVQ CX, off+16(FP)
	MOVL $0, mask+24(FP)
	RET
found:
	MOVQ DX, off+16(FP)
	MOVL AX, mask+24(FP)
	RET
