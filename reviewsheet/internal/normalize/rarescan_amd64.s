#include "textflag.h"

// The byte constants of rareBlocks, each in all 32 bytes of a vector (the
// SSE2 loop reads the first 16).
#define CONST32(name, q) \
	DATA name<>+0(SB)/8, q; \
	DATA name<>+8(SB)/8, q; \
	DATA name<>+16(SB)/8, q; \
	DATA name<>+24(SB)/8, q; \
	GLOBL name<>(SB), RODATA|NOPTR, $32

CONST32(rare20, $0x2020202020202020)
CONST32(rare09, $0x0909090909090909)
CONST32(rareC2, $0xc2c2c2c2c2c2c2c2)
CONST32(rareA0, $0xa0a0a0a0a0a0a0a0)
CONST32(rareBC, $0xbcbcbcbcbcbcbcbc)
CONST32(rareE2, $0xe2e2e2e2e2e2e2e2)
CONST32(rareEF, $0xefefefefefefefef)
CONST32(rare8D, $0x8d8d8d8d8d8d8d8d)
CONST32(rareF0, $0xf0f0f0f0f0f0f0f0)

// func hasAVX2() bool
//
// CPUID: AVX and OSXSAVE (leaf 1, ECX bits 28 and 27), the YMM state
// enabled by the OS (XCR0 bits 1 and 2), AVX2 (leaf 7, EBX bit 5).
TEXT ·hasAVX2(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	ANDL $0x18000000, CX
	CMPL CX, $0x18000000
	JNE no
	XORL CX, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE no
	MOVL $7, AX
	XORL CX, CX
	CPUID
	SHRL $5, BX
	ANDL $1, BX
	MOVB BX, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET

// RARE16(off) leaves in X4 the marks (rareCandidate, rarescan.go) of the
// 16 positions from SI+DX+off: c0, c1, c2 and c5 (X0–X3) are the vectors
// of the bytes 0, 1, 2 and 5 after each position, each pattern a few
// compares ANDed, the patterns ORed, in the order of the AVX2 loop below
// (two spaces, a tab, C2 A0, ーー, E2, F0, EF). X7–X15 hold the constants.
#define RARE16(off) \
	MOVOU off+0(SI)(DX*1), X0; \
	MOVOU off+1(SI)(DX*1), X1; \
	MOVOU off+2(SI)(DX*1), X2; \
	MOVOU off+5(SI)(DX*1), X3; \
	MOVO X0, X4; \
	PCMPEQB X8, X4; \
	MOVO X1, X5; \
	PCMPEQB X8, X5; \
	PAND X5, X4; \
	MOVO X0, X5; \
	PCMPEQB X9, X5; \
	POR X5, X4; \
	MOVO X0, X5; \
	PCMPEQB X10, X5; \
	MOVO X1, X6; \
	PCMPEQB X11, X6; \
	PAND X6, X5; \
	POR X5, X4; \
	MOVO X2, X5; \
	PCMPEQB X12, X5; \
	PCMPEQB X12, X3; \
	PAND X3, X5; \
	POR X5, X4; \
	MOVO X0, X5; \
	PCMPEQB X13, X5; \
	POR X5, X4; \
	MOVO X0, X5; \
	PCMPEQB X7, X5; \
	POR X5, X4; \
	PCMPEQB X14, X0; \
	PCMPEQB X12, X1; \
	PCMPEQB X15, X2; \
	PANDN X1, X2; \
	PANDN X0, X2; \
	POR X2, X4

// func rareBlocks(p *byte, n int, avx2 bool) (off int, mask uint32)
//
// The marks of the 32-byte blocks from p, one after the other, until a
// block has one: its offset and its 32 marks as bits; n and 0 when no
// block has one. n is a positive multiple of 32, and the 5 bytes after
// the n are readable. With avx2 a block is read as one 32-byte vector
// (VPCMPEQB and the others on YMM registers), otherwise as two 16-byte
// vectors (SSE2, present on every amd64 CPU).
TEXT ·rareBlocks(SB), NOSPLIT, $0-36
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	XORQ DX, DX
	CMPB avx2+16(FP), $0
	JNE avx
	MOVOU rare20<>(SB), X8
	MOVOU rare09<>(SB), X9
	MOVOU rareC2<>(SB), X10
	MOVOU rareA0<>(SB), X11
	MOVOU rareBC<>(SB), X12
	MOVOU rareE2<>(SB), X13
	MOVOU rareEF<>(SB), X14
	MOVOU rare8D<>(SB), X15
	MOVOU rareF0<>(SB), X7
sse:
	RARE16(0)
	PMOVMSKB X4, AX
	RARE16(16)
	PMOVMSKB X4, BX
	SHLL $16, BX
	ORL BX, AX
	JNZ found
	ADDQ $32, DX
	CMPQ DX, CX
	JLT sse
	MOVQ CX, off+24(FP)
	MOVL $0, mask+32(FP)
	RET

avx:
	VMOVDQU rare20<>(SB), Y8
	VMOVDQU rare09<>(SB), Y9
	VMOVDQU rareC2<>(SB), Y10
	VMOVDQU rareA0<>(SB), Y11
	VMOVDQU rareBC<>(SB), Y12
	VMOVDQU rareE2<>(SB), Y13
	VMOVDQU rareEF<>(SB), Y14
	VMOVDQU rare8D<>(SB), Y15
	VMOVDQU rareF0<>(SB), Y7
avxloop:
	VMOVDQU 0(SI)(DX*1), Y0 // c0
	VMOVDQU 1(SI)(DX*1), Y1 // c1
	VMOVDQU 2(SI)(DX*1), Y2 // c2
	VMOVDQU 5(SI)(DX*1), Y3 // c5
	// two spaces
	VPCMPEQB Y8, Y0, Y4
	VPCMPEQB Y8, Y1, Y5
	VPAND Y5, Y4, Y4
	// a tab
	VPCMPEQB Y9, Y0, Y5
	VPOR Y5, Y4, Y4
	// C2 A0
	VPCMPEQB Y10, Y0, Y5
	VPCMPEQB Y11, Y1, Y6
	VPAND Y6, Y5, Y5
	VPOR Y5, Y4, Y4
	// ーー: BC at 2 and 5
	VPCMPEQB Y12, Y2, Y5
	VPCMPEQB Y12, Y3, Y6
	VPAND Y6, Y5, Y5
	VPOR Y5, Y4, Y4
	// E2, F0
	VPCMPEQB Y13, Y0, Y5
	VPOR Y5, Y4, Y4
	VPCMPEQB Y7, Y0, Y5
	VPOR Y5, Y4, Y4
	// EF, unless EF BC not followed by 8D
	VPCMPEQB Y14, Y0, Y0
	VPCMPEQB Y12, Y1, Y1
	VPCMPEQB Y15, Y2, Y2
	VPANDN Y1, Y2, Y2 // Y2 = ^(c2==8D) & (c1==BC)
	VPANDN Y0, Y2, Y2 // Y2 = ^Y2 & (c0==EF)
	VPOR Y2, Y4, Y4
	VPMOVMSKB Y4, AX
	TESTL AX, AX
	JNZ avxfound
	ADDQ $32, DX
	CMPQ DX, CX
	JLT avxloop
	VZEROUPPER
	MOVQ CX, off+24(FP)
	MOVL $0, mask+32(FP)
	RET
avxfound:
	VZEROUPPER
found:
	MOVQ DX, off+24(FP)
	MOVL AX, mask+32(FP)
	RET
