#include "textflag.h"

// func byteMask64(p *byte, c byte) uint64
//
// Bit k of the result is set when p[k] == c, for k in 0..63: four
// 16-byte compares with a vector of c (SSE2, present on every amd64),
// each compressed to 16 bits by PMOVMSKB.
TEXT ·byteMask64(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVBQZX c+8(FP), AX
	MOVQ $0x0101010101010101, BX
	IMULQ BX, AX
	MOVQ AX, X0
	PUNPCKLQDQ X0, X0
	MOVOU 0(SI), X1
	MOVOU 16(SI), X2
	MOVOU 32(SI), X3
	MOVOU 48(SI), X4
	PCMPEQB X0, X1
	PCMPEQB X0, X2
	PCMPEQB X0, X3
	PCMPEQB X0, X4
	PMOVMSKB X1, AX
	PMOVMSKB X2, BX
	PMOVMSKB X3, CX
	PMOVMSKB X4, DX
	SHLQ $16, BX
	SHLQ $32, CX
	SHLQ $48, DX
	ORQ BX, AX
	ORQ CX, AX
	ORQ DX, AX
	MOVQ AX, ret+16(FP)
	RET

// func lfBlocks(p *byte, n int, out *int32, base int32, avx2 bool) int
//
// For every LF among the n bytes from p (n a positive multiple of 64),
// in order, writes base plus its offset to out (room for n entries) and
// returns how many it wrote. The LFs of 64 bytes at a time are one bit
// mask, made as byteMask64 does (four SSE2 compares) or with two AVX2
// compares (avx2); each set bit is popped with BSF and "AND mask-1".
TEXT ·lfBlocks(SB), NOSPLIT, $0-40
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ out+16(FP), DI
	MOVL base+24(FP), R8
	XORQ DX, DX // offset of the block
	XORQ R9, R9 // entries written
	MOVQ $0x0a0a0a0a0a0a0a0a, AX
	MOVQ AX, X0
	PUNPCKLQDQ X0, X0
	CMPB avx2+28(FP), $0
	JNE avx
sseblock:
	MOVOU 0(SI)(DX*1), X1
	MOVOU 16(SI)(DX*1), X2
	MOVOU 32(SI)(DX*1), X3
	MOVOU 48(SI)(DX*1), X4
	PCMPEQB X0, X1
	PCMPEQB X0, X2
	PCMPEQB X0, X3
	PCMPEQB X0, X4
	PMOVMSKB X1, AX
	PMOVMSKB X2, BX
	PMOVMSKB X3, R10
	PMOVMSKB X4, R11
	SHLQ $16, BX
	SHLQ $32, R10
	SHLQ $48, R11
	ORQ BX, AX
	ORQ R10, AX
	ORQ R11, AX
	JZ ssenext
ssebits:
	BSFQ AX, BX
	LEAQ (DX)(BX*1), R10
	ADDL R8, R10
	MOVL R10, (DI)(R9*4)
	INCQ R9
	LEAQ -1(AX), BX
	ANDQ BX, AX
	JNZ ssebits
ssenext:
	ADDQ $64, DX
	CMPQ DX, CX
	JLT sseblock
	MOVQ R9, ret+32(FP)
	RET

avx:
	VPBROADCASTB X0, Y0
avxblock:
	VMOVDQU 0(SI)(DX*1), Y1
	VMOVDQU 32(SI)(DX*1), Y2
	VPCMPEQB Y0, Y1, Y1
	VPCMPEQB Y0, Y2, Y2
	VPMOVMSKB Y1, AX
	VPMOVMSKB Y2, BX
	SHLQ $32, BX
	ORQ BX, AX
	JZ avxnext
avxbits:
	BSFQ AX, BX
	LEAQ (DX)(BX*1), R10
	ADDL R8, R10
	MOVL R10, (DI)(R9*4)
	INCQ R9
	LEAQ -1(AX), BX
	ANDQ BX, AX
	JNZ avxbits
avxnext:
	ADDQ $64, DX
	CMPQ DX, CX
	JLT avxblock
	VZEROUPPER
	MOVQ R9, ret+32(FP)
	RET
