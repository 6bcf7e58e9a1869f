package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// nameAfterFigures reads the name of a 資金の流れ block box that
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
func nameAfterFigures(role []sheettext.Line) (string, int) {
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

// ministryAfterAmount reports the top of 資金の流れ printed amount first
// (LibreOffice, pdftotext without -layout): the organisation's amount
// ("684,784 千円", one line), then the organisation's name as a
// paragraph of one line, then 間接経費 or the first block box. The
// organisation's box is the only one without a letter, so that line can
// be no other box's; parseFlow then reads the two in the sheet's order.
func (p *parser) ministryAfterAmount(lines []sheettext.Line) bool {
	if len(lines) < 3 || !isFlowAmount(lines[0].Text) || !strings.HasSuffix(lines[0].Text, label.UnitSenYen) {
		return false
	}
	name := lines[1]
	if !name.Break || !lines[2].Break || isFlowAmount(name.Text) || p.flowMarker(lines, 1) || name.Text == label.UnitSenYen {
		return false
	}
	_, _, indirect := label.Match(lines, 2, label.SpIndirect)
	_, _, block := blockHeading(lines[2].Text)
	return indirect || block
}
