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
