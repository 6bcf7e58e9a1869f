package linerules

import "github.com/rsheet/rsheet/internal/sheettext"

// StrayAfterAbsent reports how many lines of a free-text value stand after
// its first line when that line is the absent mark "--" alone: a value
// printed as "--" is complete, so what follows it is not the value's
// text. pdftotext's default mode prints the cells of a table it could not
// keep in place after the sheet's last field (その他備考 "--", then 金額,
// 契約先名, 契約額, 法人番号 and "--" cells of the lists above), where they
// would read as a remark. It returns 0 when the first line is anything
// else or stands alone; the caller reports the lines and keeps the "--".
//
//	その他備考          lines[0] "--"      the value (absent)
//	--                  lines[1:] "金額"…  StrayAfterAbsent = len(lines)-1
//	金額
//	契約先名
func StrayAfterAbsent(lines []sheettext.Line) int {
	if len(lines) < 2 || lines[0].Text != "--" || OnlyDashes(lines) {
		return 0
	}
	return len(lines) - 1
}
