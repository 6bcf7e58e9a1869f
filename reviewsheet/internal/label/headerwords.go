package label

import "strings"

// strayHeaderWords are labels and column header words of the sheet that
// never occur inside a cell of free text: LawHeader and PlanHeader
// without the one-character 条 and 項 and without 法令名 (a word a plan's
// name may well hold); the 補助率等 header words 補助上限等 and 補助率URL;
// the labels 事業終了（予定）年度 and 予算額執行額表 and the 予算内訳表
// header word 予算種別/歳出予算項目. Shorter words that free text may
// hold (会計区分, 要望額, 事業区分, 補助率) are left out: a guard must not
// report right text.
var strayHeaderWords = []string{
	"計画・通知名", "計画・通知等URL", "法令番号", "号・号の細分",
	SubsidyHeader[2], SubsidyHeader[3],
	string(EndYear), string(BudgetTable), ItemHeader[0],
}

// gluedHeaderWords are the 予算内訳表's account header words that free
// text may hold alone but not glued to a "--" cell: pdftotext's
// de-hyphenation joins a "--" to the next line, so a header word with a
// "--" on either side is the table's header and cells printed into the
// text (主な増減理由 read "会計東日本大震災復興特別会計勘定--要望額--備考--補助事業等の…").
var gluedHeaderWords = []string{"会計区分", "勘定", "要望額", "備考"}

// StrayHeaderWord returns the first of strayHeaderWords that the cell
// text s holds anywhere, and whether there is one. A cell with such a word is a misread: an
// extractor printed the header (or cells of the other table) into the
// cell's lines, glued to its text, so the word cannot be matched as a
// label of its own; the parser reports the cell instead of reading it as
// right. This is a guard, not a label match: it never decides what a
// line is.
func StrayHeaderWord(s string) (string, bool) {
	for _, w := range strayHeaderWords {
		if strings.Contains(s, w) {
			return w, true
		}
	}
	return "", false
}

// GluedHeaderWord returns the first of gluedHeaderWords that the text s
// (a cell's lines joined) holds glued to "--", with the dashes, and
// whether there is one.
func GluedHeaderWord(s string) (string, bool) {
	if !strings.Contains(s, "--") {
		return "", false
	}
	for _, w := range gluedHeaderWords {
		if strings.Contains(s, w+"--") {
			return w + "--", true
		}
		if strings.Contains(s, "--"+w) {
			return "--" + w, true
		}
	}
	return "", false
}
