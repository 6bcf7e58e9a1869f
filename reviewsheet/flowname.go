package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// ministryAfterAmount reports the top of 資金の流れ printed amount first
// (LibreOffice, pdftotext without -layout): the organisation's amount
// ("684,784 千円", one line), then the organisation's name as a
// paragraph of one line, then 間接経費 or the first block box. The
// organisation's box is the only one without a letter, so that line can
// be no other box's; parseFlow then reads the two in the sheet's order.
func (p *parser) ministryAfterAmount(lines []sheettext.Line) bool {
	if len(lines) < 3 || !linerules.IsFlowAmount(lines[0].Text) || !strings.HasSuffix(lines[0].Text, label.UnitSenYen) {
		return false
	}
	name := lines[1]
	if !name.Break || !lines[2].Break || linerules.IsFlowAmount(name.Text) || p.flowMarker(lines, 1) || name.Text == label.UnitSenYen {
		return false
	}
	_, _, indirect := label.Match(lines, 2, label.SpIndirect)
	_, _, block := linerules.BlockHeading(lines[2].Text)
	return indirect || block
}
