package listrules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// A block's first recipient as pdftotext without -layout reads it from
// the Chromium PDF when the block starts a page: the block row whole
// ("C 一般社団法人えんがお ほか 44,415 9"), its role, the first
// recipient's name, then the block header's other words and the
// recipient header's words interleaved with the recipient's two other
// cells, then its contract header a word a line:
//
//	支出先ブロック名                        支出先ブロック名
//	C 一般社団法人えんがお ほか 44,415 9      C 一般社団法人えんがお ほか 44,415 9
//	孤独・孤立対策に取り組む…支援組         孤独・孤立対策に取り組む…支援組
//	織への交付金による国庫補助を実施。        織への交付金による国庫補助を実施。
//	一般社団法人えんがお                →   支出先名 支出額 法人番号
//	合計支出額 / 支出先名 / 6,000 /          一般社団法人えんがお 6,000 5060005009340
//	支出先数 / 支出額 /                      ∕ / 契約概要（契約名）/契約方式等 / …
//	事業を行う上での役割 / 法人番号 /
//	5060005009340
//	∕ / 契約概要（契約名）/契約方式等 / …

// blockWords are the block header's words after 支出先ブロック名 and the
// recipient header's words, which FirstRecipientAfterRole finds
// interleaved, each once.
var blockWords = [...]string{"合計支出額", "支出先数", "事業を行う上での役割", "支出先名", "支出額", "法人番号"}

// maxRoleLines bounds the role's lines between a block row and its
// first recipient's name.
const maxRoleLines = 4

// FirstRecipientAfterRole rewrites the shape above: the six header
// words and the two cells between the name and the contract header
// become the recipient header line and the row "name 支出額 法人番号".
// The name is the one line before the first word, and must be the
// block's name without its last word ほか: the sheet names a block of
// several recipients after its first one (label.BlockOthers), so the
// line is that recipient's whole name and not the end of the role. The
// lines between the name and the contract header must be the six words
// (each once) and exactly one amount (or "--") after 支出先名 and one
// 13-digit 法人番号 (or "--") after 法人番号; the contract header's
// words must follow in order (ContractHeaderWordsAt). Anything else is
// left as it is.
func FirstRecipientAfterRole(lines []sheettext.Line) []sheettext.Line {
	return linerules.RewriteBlocks(lines, func(lines []sheettext.Line, i int) ([]sheettext.Line, int) {
		name, end, row, ok := firstRecipientAt(lines, i)
		if !ok {
			return nil, 0
		}
		head := sheettext.Line{Text: string(label.SpRecipientHeader), Pos: lines[name].Pos}
		return append(append(lines[i:name:name], head), row), end
	})
}

// firstRecipientAt recognises the shape at lines[i], the block row: it
// returns the index of the name's line, the index of the contract
// header after the words and cells, and the recipient row.
func firstRecipientAt(lines []sheettext.Line, i int) (name, end int, row sheettext.Line, ok bool) {
	if i == 0 || (lines[i-1].Text != "支出先ブロック名" && lines[i-1].Text != string(label.SpBlockHeader)) || !isBlockRowLine(lines[i].Text) {
		return 0, 0, row, false
	}
	first := blockFirstName(lines[i].Text)
	if first == "" {
		return 0, 0, row, false
	}
	name = -1
	for k := i + 1; k < len(lines) && k <= i+1+maxRoleLines; k++ {
		if lines[k].Text == first {
			name = k
			break
		}
	}
	if name < 0 || name == i+1 {
		return 0, 0, row, false
	}
	for k := i + 1; k < name; k++ { // the role: text only
		if t := lines[k].Text; linerules.IsListWord(t) || num.IsAmount(t) || t == num.Absent {
			return 0, 0, row, false
		}
	}
	var seen [len(blockWords)]bool
	var amount, id string
	for k := name + 1; k < len(lines) && k <= name+len(blockWords)+3; k++ { // the words, the two cells, the header
		t := lines[k].Text
		if w := indexOf(blockWords[:], t); w >= 0 && !seen[w] {
			seen[w] = true
			continue
		}
		prev := lines[k-1].Text
		switch {
		case ContractHeaderWordsAt(lines, k) > 0:
			if amount == "" || id == "" || seen != [len(blockWords)]bool{true, true, true, true, true, true} {
				return 0, 0, row, false
			}
			row = sheettext.Line{Text: first + " " + amount + " " + id, Pos: lines[name].Pos}
			return name, k, row, true
		case amount == "" && prev == "支出先名" && (num.IsAmount(t) || t == num.Absent):
			amount = t
		case id == "" && prev == "法人番号" && (linerules.IsCorporateNumber(t) || t == num.Absent):
			id = t
		default:
			return 0, 0, row, false
		}
	}
	return 0, 0, row, false
}

// blockFirstName returns the name of a whole block row's block without
// its last word ほか (the block's first recipient), or "" when the name
// does not end in ほか.
func blockFirstName(t string) string {
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], t)
	k := linerules.BlockFigures(toks)
	if k < 3 || toks[k-1] != label.BlockOthers {
		return ""
	}
	return strings.Join(toks[1:k-1], " ")
}

// indexOf returns the index of s in list, or −1.
func indexOf(list []string, s string) int {
	for i, w := range list {
		if w == s {
			return i
		}
	}
	return -1
}
