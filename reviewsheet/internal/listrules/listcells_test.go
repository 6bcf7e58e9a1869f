package listrules

import (
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/stretchr/testify/assert"
)

func TestIsBlockRowLine(t *testing.T) {
	for in, want := range map[string]bool{
		"B 岐阜県 ほか 16,640 18":    true,
		"C X -- --":             true,
		"B 岐阜県 ほか 16,640 18 役割": false,
		"岐阜県 ほか 16,640 18":      false,
		"B 16,640 18":           false,
	} {
		assert.Equal(t, want, isBlockRowLine(in), in)
	}
}

func TestIsCorporateNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"1010001143390": true, "101000114339": false, "10100011433900": false, "101000114339a": false, "--": false,
	} {
		assert.Equal(t, want, linerules.IsCorporateNumber(in), in)
	}
}
