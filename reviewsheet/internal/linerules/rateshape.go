package linerules

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/num"
)

// ShapeSplit applies the shape rule of the 補助率等 cells (the root's
// cellshape.go: 補助対象 first, 補助率 up to the last rate before the first
// amount, 補助上限等 after) to the pieces of a row (its lines, or
// the tokens of a one-line row): 補助対象 is pieces[0], 補助率
// pieces[1:rateEnd], 補助上限等 pieces[rateEnd:].
func ShapeSplit(pieces []string) (rateEnd int, ok bool) {
	if len(pieces) < 3 || HasRate(pieces[0]) || HasAmount(pieces[0]) {
		return 0, false
	}
	firstAmount := -1
	for i := 1; i < len(pieces); i++ {
		if HasAmount(pieces[i]) {
			firstAmount = i
			break
		}
	}
	lastRate := -1
	for i := 1; i < len(pieces) && (firstAmount < 0 || i < firstAmount); i++ {
		if HasRate(pieces[i]) {
			lastRate = i
		}
	}
	if firstAmount < 0 || lastRate < 0 || lastRate+1 >= len(pieces) {
		return 0, false
	}
	return lastRate + 1, true
}

// HasRate reports whether s holds a rate as 補助率 prints them: digits
// around a slash (any width), 定額, "N分のM" or a percentage.
func HasRate(s string) bool {
	if strings.Contains(s, "定額") {
		return true
	}
	prevDigit := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case num.IsDigit(r):
			prevDigit = true
		case prevDigit && (r == '/' || r == '／' || r == '∕' || r == '％' || r == '%'):
			if r == '%' || r == '％' {
				return true
			}
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if num.IsDigit(next) {
				return true
			}
			prevDigit = false
		case prevDigit && strings.HasPrefix(s[i:], "分の"):
			next, _ := utf8.DecodeRuneInString(s[i+len("分の"):])
			if num.IsDigit(next) {
				return true
			}
			prevDigit = false
		default:
			prevDigit = false
		}
		i += n
	}
	return false
}

// HasAmount reports whether s holds an amount: a digit followed by 千円,
// 万円, 億円 or 円.
func HasAmount(s string) bool {
	for _, unit := range []string{"千円", "万円", "億円", "円"} {
		for i := 0; ; {
			j := strings.Index(s[i:], unit)
			if j < 0 {
				break
			}
			j += i
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			if num.IsDigit(prev) {
				return true
			}
			i = j + len(unit)
		}
	}
	return false
}
