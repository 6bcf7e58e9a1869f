package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
)

// MaxPairedValue bounds the length of a value that normalize.SplitPairedValues
// moves.
const MaxPairedValue = 24

// PairedValues splits t into two short values apart by a gutter.
func PairedValues(t string) (first, second string, off int, ok bool) {
	t0 := strings.TrimLeft(t, " ")
	i := strings.Index(t0, "  ")
	if i <= 0 {
		return "", "", 0, false
	}
	first = t0[:i]
	rest := strings.TrimLeft(t0[i:], " ")
	off = len(t) - len(rest)
	second = strings.TrimRight(rest, " ")
	if strings.Contains(first, " ") || strings.Contains(second, " ") || second == "" {
		return "", "", 0, false
	}
	for _, v := range []string{first, second} {
		if len(v) > MaxPairedValue || !(v == num.Absent || v == "-" || IsFigureCell(v)) {
			return "", "", 0, false
		}
	}
	return first, second, off, true
}
