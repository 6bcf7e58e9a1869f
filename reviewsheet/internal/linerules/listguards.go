package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// ListWordIn returns the first line of lines that is a word of the
// list's headers (支出先名, 支出額, 契約概要（契約名）/契約方式等, …): a
// contract's name never is one, so such a name holds the rows of another
// recipient that pdftotext default mode printed apart from their header.
func ListWordIn(lines []sheettext.Line) (string, bool) {
	for _, l := range lines {
		// the contract header's last word with its ∕ (一者応札等の理由と改善策∕落札率非公開の理由)
		if IsListWord(l.Text) || IsListWord(strings.Replace(l.Text, "∕", " ", 1)) || l.Text == string(label.SpRecipientHeader) || l.Text == string(label.SpContractHeader) {
			return l.Text, true
		}
	}
	return "", false
}

// CorporateNumberLine returns the first line of lines that is a 法人番号
// alone ("" when none): a recipient's name never is one.
func CorporateNumberLine(lines []sheettext.Line) string {
	for _, l := range lines {
		if IsCorporateNumber(l.Text) {
			return l.Text
		}
	}
	return ""
}

// HasCorporateNumberLine reports whether some line of lines is a 法人番号
// alone.
func HasCorporateNumberLine(lines []sheettext.Line) bool {
	return CorporateNumberLine(lines) != ""
}

// IsEraName reports whether s is a Japanese era name alone (令和, 平成,
// 昭和): the first word of a 契約概要 such as "令和6年度…", never one.
func IsEraName(s string) bool {
	return s == "令和" || s == "平成" || s == "昭和"
}
