package sheettext

import (
	"bytes"
	"math/bits"
)

// lfStarts returns the offset of the first byte of each line of src as
// LF ends lines: 0, then the offset after every LF; it has room for
// about one start per 20 bytes (lines of sheet text average 27 bytes
// with their LF in the rendered 2024 corpus) and grows beyond.
//
// Searching for each LF (bytes.IndexByte) costs a call per line, and
// sheet lines are short: the call costs more than its bytes. Here the
// LFs of 64 bytes at a time are found as one bit mask (byteMask64:
// vector compares on amd64) and each set bit is one start; the tail is
// searched with bytes.IndexByte. (For the rarer bytes the normalisation
// checks hop to — a dash, BC, EF — the search per occurrence measured
// faster than masks: they stand 75–170 bytes apart, lines 27.)
func lfStarts(src []byte) []int32 { return lfStartsWith(src, useBlocks32) }

// lfStartsWith is lfStarts, with AVX2 compares when avx2 (the CPU must
// have it). On amd64 the 64-byte blocks are masked and their starts
// written by one assembly loop (lfBlocks), a chunk of blocks per call:
// as many bytes as the starts have free room for entries (a start per
// byte at most); once less than a block's worth is free (sheet text
// rarely gets there), the blocks left are masked one by one
// (byteMask64) and the starts grow by append.
func lfStartsWith(src []byte, avx2 bool) []int32 {
	starts := make([]int32, 1, len(src)/20+16)
	i := 0
	for useLFBlocks && i+64 <= len(src) {
		free := cap(starts) - len(starts)
		chunk := min(free, len(src)-i) &^ 63
		if chunk == 0 {
			break // less than a block's worth of room: the loop below
		}
		k := lfBlocks(&src[i], chunk, &starts[:len(starts)+1][len(starts)], int32(i+1), avx2)
		starts = starts[:len(starts)+k]
		i += chunk
	}
	for ; i+64 <= len(src); i += 64 {
		for m := byteMask64(&src[i], '\n'); m != 0; m &= m - 1 {
			starts = append(starts, int32(i+bits.TrailingZeros64(m)+1))
		}
	}
	for {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		starts = append(starts, int32(i))
	}
	return starts
}
