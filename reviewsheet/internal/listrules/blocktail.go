package listrules

import (
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The first block row of the list as pdftotext without -layout reads it
// from the A5 fixture: its letter, name, ほか and 合計支出額 in place, its
// 支出先数 and role after the first recipient's contract, among the
// second recipient's header words:
//
//	A                                    A
//	支出先ブロック名 合計支出額 …           支出先ブロック名 合計支出額 …
//	株式会社エヌ・ティ・ティ・データ…      株式会社エヌ・ティ・ティ・データ…
//	ほか                                 ほか 622,650 22
//	622,650                        →     孤独・孤立対策に係る調査研究業務ほか
//	支出先名 支出額 法人番号 / … /         支出先名 支出額 法人番号 / … /
//	170,042 / 支出先名 / 3 / 91.1 /        170,042 / 支出先名 / 3 / 91.1 /
//	-支出額 / 法人番号                    -支出額 / 法人番号
//	22                                   一者応札等の理由と改善策∕…
//	孤独・孤立対策に係る調査研究業務ほか    株式会社野村総合研究所 / …
//	一者応札等の理由と改善策∕…
//	株式会社野村総合研究所 / …

// maxBlockTailReach bounds the lines between a block row's 合計支出額 and
// its 支出先数.
const maxBlockTailReach = 32

// maxRoleTailLines bounds the role's lines after the 支出先数.
const maxRoleTailLines = 3

// BlockTailAfterWords moves a block row's 支出先数 and role back to the
// row (see above). The row must be its letter alone, the block header
// line, the name (one line), ほか and 合計支出額 (an amount or "--"), a
// line each: the row's 支出先数 and role are its only cells not read.
// They are taken from the one place the sheet leaves for them: the
// first line after the next "法人番号" word alone (a recipient header
// word, which carries no cell) within maxBlockTailReach lines that is a
// count, then one to maxRoleTailLines lines of text, then the contract
// header's last word alone (a cell never follows it in its own table's
// order); the count and the role are the only cells of that shape not
// in a row already read whole: the contract row above ends in its
// reason, the next recipient's row follows the word. No block header,
// block letter or whole header line may stand in between. Anything
// else is left as it is (the row stays an error).
func BlockTailAfterWords(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		count, end, ok := blockTailAt(lines, i)
		if !ok {
			return nil, 0
		}
		others := lines[i+3]
		others.Text = label.BlockOthers + " " + lines[i+4].Text + " " + lines[count].Text
		out := append(lines[i:i+3:i+3], others)
		out = append(out, lines[count+1:end]...) // the role
		return append(out, lines[i+5:count]...), end
	})
}

// blockTailAt recognises the shape of BlockTailAfterWords at lines[i]
// (the letter): it returns the index of the 支出先数 and the index of the
// contract header's last word after the role.
func blockTailAt(lines []sheettext.Line, i int) (int, int, bool) {
	if i+5 >= len(lines) || !linerules.IsBlockLetter(lines[i].Text) || lines[i+1].Text != string(label.SpBlockHeader) ||
		!isNameCell(lines[i+2].Text) || lines[i+3].Text != label.BlockOthers || !(num.IsAmount(lines[i+4].Text) || lines[i+4].Text == num.Absent) {
		return 0, 0, false
	}
	for j := i + 5; j+2 < len(lines) && j <= i+maxBlockTailReach; j++ {
		t := lines[j].Text
		if t == string(label.SpBlockHeader) || t == "支出先ブロック名" || linerules.IsBlockLetter(t) || t == string(label.SpContractHeader) {
			return 0, 0, false
		}
		if t != "法人番号" {
			continue
		}
		count := j + 1
		if !linerules.IsCount(lines[count].Text) {
			return 0, 0, false
		}
		end := count + 1
		for end < len(lines) && end <= count+maxRoleTailLines && isNameCell(lines[end].Text) {
			end++
		}
		if end == count+1 || end >= len(lines) || contractWord(lines[end].Text) != nWords-1 {
			return 0, 0, false
		}
		return count, end, true
	}
	return 0, 0, false
}
