package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsContractRow(t *testing.T) {
	for in, want := range map[string]bool{
		"170,042 3 91.1 --": true,
		"44,000 1 --":       true,
		"5,803 -- -- --":    true,
		"22,528 1 64 --":    true,
		"34,540 5 -- 予定価格が類推される": true,
		"1,000 319 -- --": true,
		"990 1 x --":      false,
		"-- -- --":        false,
		"令和6年度　地方における孤独・孤立対策推進事業交付金": false,
		"170,042 3":  false,
		"2025 年度 調査": false,
	} {
		assert.Equal(t, want, IsContractRow(in), in)
	}
}
