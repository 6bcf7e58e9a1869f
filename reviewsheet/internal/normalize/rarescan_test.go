package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rareAlphabet: the bytes of the patterns rareCandidate marks, bytes
// beside them and ordinary text.
var rareAlphabet = [][]byte{
	{' '}, {' '}, {'\t'}, {0xC2}, {0xA0}, {0xBC}, {0xE2}, {0xEF}, {0xF0}, {0x8D}, {0xB0}, {0xBD},
	[]byte("ー"), []byte("ー"), []byte("－"), []byte("ｰ"), []byte("（"), []byte("⾏"), []byte("‧"), []byte("―"),
	[]byte("\u00a0"), []byte("\uF900"), []byte("\U0002F800"), []byte("a"), []byte("事業"), []byte("\n"), {'-'},
}

// randomRare is a random text of n pieces of rareAlphabet.
func randomRare(rng *rand.Rand, n int) []byte {
	var b []byte
	for range n {
		b = append(b, rareAlphabet[rng.IntN(len(rareAlphabet))]...)
	}
	return b
}

// rareBlocksAll checks rareBlocks (assembly on amd64, with and without
// AVX2 when the CPU has it) against rareBlocksGo on b (n bytes and 5).
func rareBlocksAll(t *testing.T, b []byte, n int) (mask uint32) {
	wo, wm := rareBlocksGo(b, n)
	for _, avx2 := range []bool{false, useAVX2} {
		o, m := rareBlocks(&b[0], n, avx2)
		require.Equal(t, wo, o, "%q avx2 %v", b, avx2)
		require.Equal(t, wm, m, "%q avx2 %v", b, avx2)
	}
	return wm
}

// TestRareBlocks compares rareBlocks with rareBlocksGo on random
// blocks and unaligned starts, and on each pattern at every position.
func TestRareBlocks(t *testing.T) {
	t.Logf("AVX2: %v", useAVX2)
	rng := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 3000; round++ {
		src := randomRare(rng, 10+rng.IntN(100))
		off := rng.IntN(8)
		if len(src) < off+37 {
			continue
		}
		b := src[off:]
		rareBlocksAll(t, b, (len(b)-5)&^31)
	}
	// one pattern in every position of two blocks of plain text
	for _, p := range []string{"  ", "\t", "\u00a0", "ーー", "⾏", "\uF900", "\U0002F800", "－"} {
		for k := 0; k < 70; k++ {
			src := []byte(strings.Repeat("a", k) + p + strings.Repeat("a", 70))
			require.NotZero(t, rareBlocksAll(t, src, (len(src)-5)&^31), "%q at %d", p, k)
		}
	}
}

// TestNeedsScan: the one-pass check answers as the hop form, on random
// text, on each pattern at every offset around the end of the head and
// the end of the input, and on the sample.
func TestNeedsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 3000; round++ {
		src := randomRare(rng, 1+rng.IntN(40))
		require.Equal(t, needsHops(src), needsScan(src), "%q", src)
	}
	plain := strings.Repeat("事業の概要", sniffSize/15+8)
	for _, p := range []string{"  ", "\t", "\u00a0", "ーー", "－－", "――", "⾏", "\uF900", "\U0002F800", "‧", "ー", "－"} {
		for _, at := range []int{0, 1, 2, 5, sniffSize - 7, sniffSize - 6, sniffSize - 5, sniffSize - 2, sniffSize - 1, sniffSize, sniffSize + 3} {
			src := []byte(plain[:at] + p + plain[at:])
			assert.Equal(t, needsHops(src), needsScan(src), "%q at %d", p, at)
		}
		for k := 0; k < 24; k++ { // at the end of the input
			src := []byte(plain[:3*k] + p)
			assert.Equal(t, needsHops(src), needsScan(src), "%q at the end after %d", p, 3*k)
		}
	}
	src := readFile(t, samplePath)
	assert.Equal(t, needsHops(src), needsScan(src))
}

// FuzzNeedsScan: the one-pass check and the hop form agree, and the
// block marks of the assembly and of Go.
func FuzzNeedsScan(f *testing.F) {
	for _, s := range []string{"a  b", "a\tb", "a\u00a0b", "－－", "ーー", "――", "⾏", "\u2ea0", "\U0002F800", "孤独‧孤立", "（）：「」…※", "データ", strings.Repeat("データ（１）", 9) + "ーー"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		require.Equal(t, needsHops(src), needsScan(src))
		if len(src) >= 37 {
			rareBlocksAll(t, src, (len(src)-5)&^31)
		}
	})
}
