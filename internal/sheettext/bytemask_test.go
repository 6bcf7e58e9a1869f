package sheettext

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// naiveMask is the mask of c in b by a byte loop.
func naiveMask(b []byte, c byte) uint64 {
	var m uint64
	for k, x := range b[:64] {
		if x == c {
			m |= 1 << k
		}
	}
	return m
}

// TestByteMask compares byteMask64 (assembly on amd64) and byteMaskGo
// with a byte loop on random blocks (the byte dense and sparse, bytes
// near it and above 0x80) and on every block with one LF.
func TestByteMask(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{'\n', '\n', 0x0b, 0x09, 0x8a, 0x0a ^ 0x80, 'a', 0xe3, 0xff, 0x00, '\r'}
	buf := make([]byte, 64+7)
	for round := 0; round < 5000; round++ {
		off := round % 8 // unaligned starts too
		b := buf[off : off+64]
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		for _, c := range []byte{'\n', 0xe3, 0xff, 0x00} {
			want := naiveMask(b, c)
			require.Equal(t, want, byteMask64(&b[0], c), "%q %x", b, c)
			require.Equal(t, want, byteMaskGo((*[64]byte)(b), c), "%q %x", b, c)
		}
	}
	for k := 0; k < 64; k++ {
		b := make([]byte, 64)
		b[k] = '\n'
		require.Equal(t, uint64(1)<<k, byteMask64(&b[0], '\n'))
		require.Equal(t, uint64(1)<<k, byteMaskGo((*[64]byte)(b), '\n'))
	}
}

// naiveStarts is lfStarts by a byte loop.
func naiveStarts(src []byte) []int32 {
	starts := []int32{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, int32(i+1))
		}
	}
	return starts
}

// TestLFStarts compares lfStarts (lfBlocks with SSE2 and, where the CPU
// has it, AVX2 on amd64) with a byte loop: random texts with LFs dense
// (the starts grow) and sparse, of every length around the blocks, at
// unaligned starts.
func TestLFStarts(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for round := 0; round < 4000; round++ {
		n := rng.IntN(700)
		density := []int{1, 2, 5, 27, 200}[round%5]
		buf := make([]byte, n+8)
		off := rng.IntN(8)
		src := buf[off : off+n]
		for k := range src {
			if rng.IntN(density) == 0 {
				src[k] = '\n'
			} else {
				src[k] = []byte{'a', 0xe3, 0x8a, 0x0b, '\r'}[rng.IntN(5)]
			}
		}
		want := naiveStarts(src)
		for _, avx2 := range []bool{false, useBlocks32} {
			require.Equal(t, want, lfStartsWith(src, avx2), "%q avx2 %v", src, avx2)
		}
	}
	all := make([]byte, 5000) // every byte an LF: the starts grow many times
	for k := range all {
		all[k] = '\n'
	}
	require.Equal(t, naiveStarts(all), lfStartsWith(all, false))
	require.Equal(t, naiveStarts(all), lfStartsWith(all, useBlocks32))
}
