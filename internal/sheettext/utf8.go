package sheettext

import "encoding/binary"

// ValidUTF8 reports whether src is valid UTF-8: it answers exactly as
// utf8.Valid does, faster on Japanese text (the sample sheet: about
// twice as fast).
//
// utf8.Valid branches on each sequence's length, which sheet text (kana
// and kanji, mixed with ASCII digits and spaces) keeps changing. Here a
// deterministic automaton reads one byte per step without a branch: its
// state is a bit offset (a multiple of 6), and utf8Steps[b] holds, at
// each state's offset, the 6-bit offset of the state that byte b leads
// to:
//
//	state = utf8Steps[b] >> state & 63
//
// The states are those of the UTF-8 grammar (RFC 3629, section 4):
// between sequences; 1, 2 or 3 continuation bytes (80–BF) to go; after
// E0 (next A0–BF), ED (80–9F, no surrogates), F0 (90–BF, no overlong)
// and F4 (80–8F, nothing above U+10FFFF); and a failed state that no
// byte leaves. Runs of ASCII between sequences are skipped eight bytes
// at a time.
//
// On amd64 with SSSE3 (nearly every amd64 CPU) the input is instead
// checked 16 bytes at a time with table lookups (utf8_amd64.s), about
// ten times as fast (32 bytes at a time with AVX2); the automaton checks
// the last bytes.
//
// Only the low six bits of the state are the state: the bits above are
// the rest of the table entry, left in place because the shift reads the
// low six bits of its count only (st&63 compiles to the bare shift), so
// a step is a load and a shift, and the chain of dependent steps one
// shift per byte.
func ValidUTF8(src []byte) bool { return validUTF8(src, useBlocks32) }

// validUTF8 is ValidUTF8 with the 32-byte blocks of AVX2 (avx2, which
// needs the CPU to have it) or the 16-byte blocks of SSSE3.
func validUTF8(src []byte, avx2 bool) bool {
	if !useBlocks || len(src) < 64 {
		return validUTF8Go(src)
	}
	// on amd64 with SSSE3 the 16-byte blocks (32-byte with AVX2) are
	// checked by validBlocks (validBlocks32, utf8_amd64.s), then the tail
	// from the last sequence the blocks may cut: the lead byte (or ASCII
	// byte) among the last three of the blocks; three continuation bytes
	// end a sequence (or are an error the blocks report).
	var m int
	if avx2 {
		m = len(src) &^ 31
		if !validBlocks32(&src[0], m) {
			return false
		}
	} else {
		m = len(src) &^ 15
		if !validBlocks(&src[0], m) {
			return false
		}
	}
	start := m
	for k := 1; k <= 3; k++ {
		if c := src[m-k]; c < 0x80 || c >= 0xC0 {
			start = m - k
			break
		}
	}
	return validUTF8Go(src[start:])
}

// validUTF8Go is ValidUTF8 in Go: the automaton described above.
func validUTF8Go(src []byte) bool {
	st := uint64(0)
	i := 0
	for ; i+8 <= len(src); i += 8 {
		if st&63 == 0 && binary.LittleEndian.Uint64(src[i:])&0x8080808080808080 == 0 {
			continue
		}
		b := src[i : i+8 : i+8]
		st = utf8Steps[b[0]] >> (st & 63)
		st = utf8Steps[b[1]] >> (st & 63)
		st = utf8Steps[b[2]] >> (st & 63)
		st = utf8Steps[b[3]] >> (st & 63)
		st = utf8Steps[b[4]] >> (st & 63)
		st = utf8Steps[b[5]] >> (st & 63)
		st = utf8Steps[b[6]] >> (st & 63)
		st = utf8Steps[b[7]] >> (st & 63)
		if st&63 == uFail {
			return false
		}
	}
	for ; i < len(src); i++ {
		st = utf8Steps[src[i]] >> (st & 63)
	}
	return st&63 == uAccept
}

// The automaton's states, as bit offsets into a utf8Steps entry.
const (
	uAccept = 6 * iota // between sequences
	uFail              // invalid; absorbing
	uCont1             // one continuation byte to go
	uCont2             // two
	uCont3             // three
	uE0                // after E0: A0–BF, then one more
	uED                // after ED: 80–9F, then one more
	uF0                // after F0: 90–BF, then two more
	uF4                // after F4: 80–8F, then two more
)

// utf8Steps is the transition table of ValidUTF8.
var utf8Steps = func() (t [256]uint64) {
	next := func(st int, b byte) int {
		in := func(lo, hi byte) bool { return b >= lo && b <= hi }
		switch st {
		case uAccept:
			switch {
			case b < 0x80:
				return uAccept
			case in(0xC2, 0xDF):
				return uCont1
			case b == 0xE0:
				return uE0
			case b == 0xED:
				return uED
			case in(0xE1, 0xEF):
				return uCont2
			case b == 0xF0:
				return uF0
			case b == 0xF4:
				return uF4
			case in(0xF1, 0xF3):
				return uCont3
			}
		case uCont1:
			if in(0x80, 0xBF) {
				return uAccept
			}
		case uCont2, uCont3:
			if in(0x80, 0xBF) {
				return st - 6 // uCont1, uCont2
			}
		case uE0:
			if in(0xA0, 0xBF) {
				return uCont1
			}
		case uED:
			if in(0x80, 0x9F) {
				return uCont1
			}
		case uF0:
			if in(0x90, 0xBF) {
				return uCont2
			}
		case uF4:
			if in(0x80, 0x8F) {
				return uCont2
			}
		}
		return uFail
	}
	for b := 0; b < 256; b++ {
		for st := uAccept; st <= uF4; st += 6 {
			t[b] |= uint64(next(st, byte(b))) << st
		}
	}
	return t
}()
