package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// BlockFigures returns the index of 合計支出額 in the tokens of a block
// row (followed by 支出先数; both may be "--"), or -1.
func BlockFigures(toks []string) int {
	for j := 2; j+1 < len(toks); j++ {
		if num.IsAmount(toks[j]) && IsCount(toks[j+1]) {
			return j
		}
	}
	// 合計支出額 and 支出先数 printed "--" (not known)
	for j := 2; j+1 < len(toks); j++ {
		if (num.IsAmount(toks[j]) || toks[j] == num.Absent) && (IsCount(toks[j+1]) || toks[j+1] == num.Absent) {
			return j
		}
	}
	return -1
}

// IsCount reports whether s is a plain count (ASCII digits).
func IsCount(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsContractRow reports whether a line is "支出額 入札者数 落札率 [理由…]":
// an amount, a count or "--", and a rate or "--".
func IsContractRow(text string) bool {
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], text)
	if len(toks) < 3 {
		return false
	}
	if !num.IsAmount(toks[0]) {
		return false
	}
	if toks[1] != num.Absent && !IsCount(strings.ReplaceAll(toks[1], ",", "")) {
		return false
	}
	return toks[2] == num.Absent || num.IsPercent(toks[2])
}

// IsBlockLetter reports whether s is a block letter: one to three ASCII
// capitals.
func IsBlockLetter(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// ContractHeaderWords are the words of the contract header as the
// Chromium text prints them, one a line.
var ContractHeaderWords = [...]string{"契約概要（契約名）/契約方式等", "支出額", "入札者数", "落札率(%)", "一者応札等の理由と改善策 落札率非公開の理由"}

// IsListWord reports whether t is a header word of the list printed on
// a line of its own.
func IsListWord(t string) bool {
	switch t {
	case "支出先ブロック名", "合計支出額", "支出先数", "事業を行う上での役割", "支出先名", "支出額", "法人番号", "∕", label.UnitThousandYen:
		return true
	}
	for _, w := range ContractHeaderWords {
		if t == w {
			return true
		}
	}
	return false
}

// IsCorporateNumber reports whether t is a 法人番号: 13 ASCII digits.
func IsCorporateNumber(t string) bool {
	if len(t) != 13 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// IsPageNumber reports a page number line as producers print it in a
// footer: "3 / 16" (pdftotext prints it as a line of its own).
func IsPageNumber(s string) bool {
	a, b, ok := strings.Cut(s, " / ")
	return ok && a != "" && b != "" && len(a) <= 4 && len(b) <= 4 && IsDigits(a) && IsDigits(b)
}

// ParagraphCount is the number of paragraphs of lines: one, and one
// more after each blank line.
func ParagraphCount(lines []sheettext.Line) int {
	n := 0
	for i, l := range lines {
		if i == 0 || l.Break {
			n++
		}
	}
	return n
}
