#include "textflag.h"

// The UTF-8 check of validBlocks reads 16 bytes at a time (SSSE3). Each
// byte is classified by three table lookups (PSHUFB) on the high and
// low nibble of the byte before it and the high nibble of itself; the
// AND of the three is non-zero exactly where the pair of bytes cannot
// stand in valid UTF-8 (an error bit per kind: too short, too long,
// overlong, surrogate, above U+10FFFF), except that the bit "two
// continuation bytes" (0x80) must be set exactly where the byte two
// before is E0 or above or the byte three before F0 or above (the third
// and fourth bytes of a sequence), which saturating subtractions find.
// The errors are ORed over the input and tested once at the end.

// utf8Prev1High, indexed by the high nibble of the byte before:
// 0–7 too long, 8–B two continuations, C too short or overlong (C0 C1),
// D too short, E too short, overlong (E0) or surrogate (ED), F too short,
// too large or overlong (F0).
DATA utf8Prev1High<>+0(SB)/8, $0x0202020202020202
DATA utf8Prev1High<>+8(SB)/8, $0x4915012180808080
GLOBL utf8Prev1High<>(SB), RODATA|NOPTR, $16

// utf8Prev1Low, indexed by the low nibble of the byte before: which of
// its overlong and too-large cases the lead byte can be.
DATA utf8Prev1Low<>+0(SB)/8, $0xcbcbcb8b8383a3e7
DATA utf8Prev1Low<>+8(SB)/8, $0xcbcbdbcbcbcbcbcb
GLOBL utf8Prev1Low<>(SB), RODATA|NOPTR, $16

// utf8CurHigh, indexed by the high nibble of the byte: 0–7 and C–F
// end a sequence too early; 8–B are continuations, in the ranges that
// the overlong, surrogate and too-large cases of the lead exclude.
DATA utf8CurHigh<>+0(SB)/8, $0x0101010101010101
DATA utf8CurHigh<>+8(SB)/8, $0x01010101babaaee6
GLOBL utf8CurHigh<>(SB), RODATA|NOPTR, $16

DATA utf8Nibble<>+0(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA utf8Nibble<>+8(SB)/8, $0x0f0f0f0f0f0f0f0f
GLOBL utf8Nibble<>(SB), RODATA|NOPTR, $16

DATA utf8Third<>+0(SB)/8, $0x6060606060606060
DATA utf8Third<>+8(SB)/8, $0x6060606060606060
GLOBL utf8Third<>(SB), RODATA|NOPTR, $16

DATA utf8Fourth<>+0(SB)/8, $0x7070707070707070
DATA utf8Fourth<>+8(SB)/8, $0x7070707070707070
GLOBL utf8Fourth<>(SB), RODATA|NOPTR, $16

DATA utf8Top<>+0(SB)/8, $0x8080808080808080
DATA utf8Top<>+8(SB)/8, $0x8080808080808080
GLOBL utf8Top<>(SB), RODATA|NOPTR, $16

// func hasSSSE3() bool
TEXT ·hasSSSE3(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	SHRL $9, CX
	ANDL $1, CX
	MOVB CX, ret+0(FP)
	RET

// func validBlocks(p *byte, n int) bool
//
// n is a positive multiple of 16. The result is false when the n bytes
// from p hold an invalid sequence; a sequence cut by the end is not
// reported (the caller checks the tail).
TEXT ·validBlocks(SB), NOSPLIT, $0-17
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVOU utf8Prev1High<>(SB), X9
	MOVOU utf8Prev1Low<>(SB), X10
	MOVOU utf8CurHigh<>(SB), X11
	MOVOU utf8Nibble<>(SB), X12
	MOVOU utf8Third<>(SB), X13
	MOVOU utf8Fourth<>(SB), X14
	PXOR X0, X0 // the block before: none (ASCII)
	PXOR X7, X7 // the errors
loop:
	MOVOU (SI), X1
	// prev1, prev2, prev3: the bytes 1, 2 and 3 before each byte
	MOVOU X1, X2
	PALIGNR $15, X0, X2
	MOVOU X1, X3
	PALIGNR $14, X0, X3
	MOVOU X1, X4
	PALIGNR $13, X0, X4
	// high nibble of prev1 → X6
	MOVOU X2, X5
	PSRLW $4, X5
	PAND X12, X5
	MOVOU X9, X6
	PSHUFB X5, X6
	// low nibble of prev1 → X8
	PAND X12, X2
	MOVOU X10, X8
	PSHUFB X2, X8
	PAND X8, X6
	// high nibble of the byte → X8
	MOVOU X1, X5
	PSRLW $4, X5
	PAND X12, X5
	MOVOU X11, X8
	PSHUFB X5, X8
	PAND X8, X6
	// must the byte continue a sequence begun two or three before?
	PSUBUSB X13, X3
	PSUBUSB X14, X4
	POR X4, X3
	MOVOU utf8Top<>(SB), X8
	PAND X8, X3
	PXOR X3, X6
	POR X6, X7
	MOVOU X1, X0
	ADDQ $16, SI
	SUBQ $16, CX
	JNZ loop
	PXOR X5, X5
	PCMPEQB X7, X5
	PMOVMSKB X5, AX
	CMPL AX, $0xffff
	SETEQ ret+16(FP)
	RET

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
	JNE noavx2
	XORL CX, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE noavx2
	MOVL $7, AX
	XORL CX, CX
	CPUID
	SHRL $5, BX
	ANDL $1, BX
	MOVB BX, ret+0(FP)
	RET
noavx2:
	MOVB $0, ret+0(FP)
	RET

// func validBlocks32(p *byte, n int) bool
//
// validBlocks with AVX2, 32 bytes at a time: the same lookups on YMM
// registers (VPSHUFB looks up within each 16-byte lane, so the tables
// are in both lanes). The bytes before each byte come from the block
// and the one before it: VPERM2I128 puts the high lane of the block
// before and the low lane of this one side by side, and VPALIGNR shifts
// each lane with its neighbour. n is a positive multiple of 32.
TEXT ·validBlocks32(SB), NOSPLIT, $0-17
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	VBROADCASTI128 utf8Prev1High<>(SB), Y9
	VBROADCASTI128 utf8Prev1Low<>(SB), Y10
	VBROADCASTI128 utf8CurHigh<>(SB), Y11
	VBROADCASTI128 utf8Nibble<>(SB), Y12
	VBROADCASTI128 utf8Third<>(SB), Y13
	VBROADCASTI128 utf8Fourth<>(SB), Y14
	VBROADCASTI128 utf8Top<>(SB), Y15
	VPXOR Y0, Y0, Y0 // the block before: none (ASCII)
	VPXOR Y7, Y7, Y7 // the errors
loop32:
	VMOVDQU (SI), Y1
	// Y8: the high lane of the block before, the low lane of this one
	VPERM2I128 $0x21, Y1, Y0, Y8
	// prev1, prev2, prev3
	VPALIGNR $15, Y8, Y1, Y2
	VPALIGNR $14, Y8, Y1, Y3
	VPALIGNR $13, Y8, Y1, Y4
	// high nibble of prev1 → Y6
	VPSRLW $4, Y2, Y5
	VPAND Y12, Y5, Y5
	VPSHUFB Y5, Y9, Y6
	// low nibble of prev1
	VPAND Y12, Y2, Y2
	VPSHUFB Y2, Y10, Y5
	VPAND Y5, Y6, Y6
	// high nibble of the byte
	VPSRLW $4, Y1, Y5
	VPAND Y12, Y5, Y5
	VPSHUFB Y5, Y11, Y5
	VPAND Y5, Y6, Y6
	// must the byte continue a sequence begun two or three before?
	VPSUBUSB Y13, Y3, Y3
	VPSUBUSB Y14, Y4, Y4
	VPOR Y4, Y3, Y3
	VPAND Y15, Y3, Y3
	VPXOR Y3, Y6, Y6
	VPOR Y6, Y7, Y7
	VMOVDQU Y1, Y0
	ADDQ $32, SI
	SUBQ $32, CX
	JNZ loop32
	VPTEST Y7, Y7
	SETEQ ret+16(FP)
	VZEROUPPER
	RET
