package linerules

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// NameAfterFigures reads the name of a 資金の流れ block box that
// pdftotext without -layout printed after the box's figures (Chromium,
// LibreOffice), where the role starts:
//
//	B.                          B. 岐阜県 ほか
//	16,640 千円          →      16,640 千円
//	支出先の数: 18              支出先の数: 18
//	岐阜県 ほか                 各都道府県が行う…
//	各都道府県が行う…
//
// role is the text read after the figures of a box with no name. The
// name is taken only in the shape of a block of several recipients,
// which no role has: a paragraph of one line ending in " ほか"
// (label.BlockOthers after the ideographic space printed as a space), or a
// paragraph of one line followed by the paragraph "ほか" alone; the
// role then starts a paragraph of its own. It returns the name and how
// many lines of role it used (0: no such shape; the box has no name and
// stays an error). The parser compares the name with the list's block
// row, so a name read wrong would not pass unseen.
func NameAfterFigures(role []sheettext.Line) (string, int) {
	if len(role) == 0 || !role[0].Break {
		return "", 0
	}
	startsPara := func(k int) bool { return k == len(role) || role[k].Break }
	t := role[0].Text
	switch {
	case strings.HasSuffix(t, " "+label.BlockOthers) && len(t) > len(label.BlockOthers)+1 && startsPara(1):
		return t, 1
	case len(role) > 1 && role[1].Text == label.BlockOthers && role[1].Break && startsPara(2) && t != label.BlockOthers:
		return t + " " + label.BlockOthers, 2
	}
	return "", 0
}

// IsFlowAmount reports whether a line starts an amount entry: a number
// alone or followed by 千円 (or by 千 when the unit wraps), or "--" with
// its unit (an absent amount, nil).
func IsFlowAmount(text string) bool {
	var buf [4]string
	toks := sheettext.AppendFields(buf[:0], text)
	if len(toks) == 0 || len(toks) > 2 {
		return false
	}
	numTok := toks[0]
	if len(toks) == 2 {
		if toks[1] != label.UnitSenYen && toks[1] != "千" {
			return false
		}
		if numTok == num.Absent { // "-- 千円": no amount printed
			return true
		}
	} else {
		numTok = strings.TrimSuffix(strings.TrimSuffix(numTok, label.UnitSenYen), "千")
	}
	return num.IsAmount(numTok)
}

// BlockHeading splits "A. 株式会社…" into the block letter and the start
// of its name.
func BlockHeading(text string) (letter, rest string, ok bool) {
	n := 0
	for n < len(text) && text[n] >= 'A' && text[n] <= 'Z' {
		n++
	}
	if n == 0 || n > 3 || !strings.HasPrefix(text[n:], ".") {
		return "", "", false
	}
	after := text[n+1:]
	if after != "" && after[0] != ' ' {
		return "", "", false
	}
	return text[:n], strings.TrimLeft(after, " "), true
}
