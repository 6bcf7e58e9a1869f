package label

import "strings"

// strayHeaderWords are column header words of the 根拠法令 and
// 関係する計画・通知等 tables that never occur inside a cell of those
// tables: LawHeader and PlanHeader without the one-character 条 and 項 and
// without 法令名 (a word a plan's name may well hold).
var strayHeaderWords = []string{"計画・通知名", "計画・通知等URL", "法令番号", "号・号の細分"}

// StrayHeaderWord returns the first column header word of the 根拠法令 or
// 関係する計画・通知等 table that the cell text s holds anywhere, and
// whether there is one. A cell with such a word is a misread: an
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
