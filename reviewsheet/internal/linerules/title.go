package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// SplitTitle reads a title line "<year>年度行政事業レビューシート <府省庁>"
// into its year, title ("行政事業レビューシート") and 府省庁. A font change
// may print a space before 年度 ("2025 年度…"): the words are joined first.
// The parser reads the sheet's 事業年度 (fiscal_year) from it, and
// basicrules.PlaceYearsByTitle the year the title tells.
func SplitTitle(text string) (year int, title, ministry string, ok bool) {
	head, ministry, _ := strings.Cut(JoinWords(text), " ")
	yearText, rest, found := strings.Cut(head, "年度")
	if !found || !strings.HasSuffix(rest, label.SheetTitleSuffix) {
		return 0, "", ministry, false
	}
	y, isYear := num.Year(yearText)
	if !isYear {
		return 0, "", ministry, false
	}
	return y, rest, ministry, true
}
