package budgetrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// An item's last cell printed after the next item's 予算種別.
// pdftotext's default mode of the Chromium PDF prints the 予算内訳表's
// items row by row, but the 翌年度要求額 of an item (its third cell, at
// the right edge of the row) after the 予算種別 of the next item, whose
// box starts higher on the page than the row's last line:
//
//	当初予算                                 当初予算
//	一般会計 / … / 社会参加活躍支援等        一般会計 / … / 社会参加活躍支援等
//	孤独・孤立対策推進交付金                 孤独・孤立対策推進交付金
//	--                               →      --
//	134,750                                  134,750
//	当初予算                                 --
//	--                                       当初予算
//	一般会計 / … / 諸謝金                    一般会計 / … / 諸謝金
//	-- 72,570 --                             -- 72,570 --
//
// An item ends in three cells (備考 予算額 翌年度要求額); the first item
// has two, and the next item has its path and its own three. The lone
// cell between the 予算種別 and the path cannot be the next item's
// 歳出予算項目 (that is "--" alone or the path, never both), so it is the
// first item's missing cell, and the last: the cells keep their row's
// order. MoveItemCell moves it back when all of this holds: before the
// 予算種別 line, lines of figure cells holding exactly two cells after a
// line of text (the item's path) back to the item's 予算種別; after it, one line of
// one figure cell, then one or more lines of text (not figure cells, not
// a 予算種別), then a line of exactly three figure cells. Anything else is
// left as it is: the parser reports the item with no 予算額 line.
func MoveItemCell(lines []sheettext.Line) []sheettext.Line {
	b := labelAt(lines, 0, string(label.Breakdown))
	if b < 0 {
		return lines
	}
	var out []sheettext.Line // nil until a cell moves
	for i := b + 1; i < len(lines); i++ {
		if isText(lines[i].Text, string(label.ChangeReasons)) {
			if out != nil {
				out = append(out, lines[i:]...)
			}
			break
		}
		if !strayItemCellAt(lines, i) {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, lines[i+1], lines[i])
		i++
	}
	return linerules.Rewritten(out, lines)
}

// strayItemCellAt reports whether lines[i] is a 予算種別 line with the
// previous item's last cell on the line after it (see MoveItemCell).
func strayItemCellAt(lines []sheettext.Line, i int) bool {
	if !itemTypeAt(lines, i) || i+3 >= len(lines) {
		return false
	}
	// before: text, then lines of figure cells holding two cells
	cells, j := 0, i-1
	for ; j >= 0; j-- {
		c := figureCells(lines[j].Text)
		if c == nil {
			break
		}
		cells += len(c)
	}
	if cells != 2 || j == i-1 {
		return false
	}
	t := j // the item's 予算種別: text lines back to it
	for t >= 0 && !itemTypeAt(lines, t) && figureCells(lines[t].Text) == nil {
		t--
	}
	if t < 0 || t == j || !itemTypeAt(lines, t) {
		return false
	}
	// after: one cell, text, then three cells
	if c := figureCells(lines[i+1].Text); len(c) != 1 {
		return false
	}
	k := i + 2
	for ; k < len(lines) && figureCells(lines[k].Text) == nil && !itemTypeAt(lines, k); k++ {
		if isText(lines[k].Text, string(label.ChangeReasons)) {
			return false
		}
	}
	return k > i+2 && k < len(lines) && len(figureCells(lines[k].Text)) == 3
}
