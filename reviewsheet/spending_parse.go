package reviewsheet

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/spending"
)

// 間接経費：, 支出先の数：, 支出元： (full-width colons) and the contract
// header's slashes and brackets of either width are matched by
// label.MatchSpelling.

// parseSpending reads the 支出先 section: 資金の流れ, the
// 支出先上位者リスト, 費目・使途 and the 国庫債務負担行為等による契約先リスト.
// The blocks of the flow and of the list are merged by letter; where both
// print a figure they must agree.
func (p *parser) parseSpending(s *section) {
	sp := &spending.Spending{}
	p.sheet.Spending = sp
	fs, lead := p.readFields(s.lines, label.SpendingSpecs)
	// layout text may print the organisation at the top of the flow
	// beside the section heading, the label 資金の流れ under the heading
	// in its column: one line beside the heading, then the label, is the
	// flow's first line
	var beside []sheettext.Line
	if len(lead) == 1 && lead[0].Pos == s.pos && fs[0].found() {
		beside, lead = lead, nil
	}
	for _, l := range lead {
		p.errorAt(l.Pos, label.SecSpending, ErrLayout, "unexpected text %q before 資金の流れ", l.Text)
	}
	var flowBlocks []flowBlock
	var flowBuf [8]flowBlock // read, merged into the blocks, not kept
	if f, ok := p.required(fs, label.SpFlow, 1, s.lines); ok {
		flow := f.content()
		if beside != nil {
			flow = append(beside, flow...)
		}
		flowBlocks = p.parseFlow(flowBuf[:0], flow, &sp.Flow)
		p.blockHint = len(flowBlocks)
	}
	if f, ok := p.required(fs, label.SpTopList, 1, s.lines); ok {
		p.parseTopList(p.skipUnit(f), sp)
	}
	p.mergeFlowBlocks(flowBlocks, sp)
	if f, ok := p.required(fs, label.SpUses, 1, s.lines); ok {
		sp.Uses = p.parseUses(p.skipUnit(f), sp)
	}
	if f, ok := p.required(fs, label.SpDebtList, 1, s.lines); ok {
		sp.DebtContracts = p.parseDebtList(p.skipUnit(f))
	}
}

// flowBlock is a block box of 資金の流れ with the positions of its parts.
type flowBlock struct {
	b                                  spending.Block
	pos, totalPos, countPos, parentPos sheettext.Pos
}

// parseFlow reads 資金の流れ:
//
//	内閣府
//	684,784 千円
//	間接経費: 1,079 千円            (optional; the unit may wrap)
//	1. 職員旅費: 1,079 千円          (its items)
//	A. 株式会社…　ほか              (one box per block: letter, name,
//	622,650 千円                     total, 支出先の数, an optional
//	支出先の数: 22                   支出元: X naming the paying block,
//	孤独・孤立対策に係る調査研究業務ほか  and the role text)
//
// The boxes are appended to blocks.
func (p *parser) parseFlow(blocks []flowBlock, lines []sheettext.Line, fl *spending.Flow) []flowBlock {
	if p.lostDash() && p.ministryAfterAmount(lines) { // (flowname.go)
		lines = append([]sheettext.Line{lines[1], lines[0]}, lines[2:]...)
	}
	i := 0
	start := i
	for i < len(lines) && !linerules.IsFlowAmount(lines[i].Text) && !p.flowMarker(lines, i) {
		i++
	}
	fl.Ministry = p.text.JoinWrapped(lines[start:i])
	if fl.Ministry == "" {
		p.errorAt(p.endOf(lines), label.SpFlow, ErrMissing, "no organisation at the top of the flow")
	}
	if i < len(lines) && linerules.IsFlowAmount(lines[i].Text) {
		v, next := p.flowAmount(lines, i, "", label.SpFlow)
		fl.Amount = v
		p.mark("spending.flow.amount", lines[i].Pos)
		i = next
	} else {
		p.errorAt(p.endOf(lines[:i]), label.SpFlow, ErrMissing, "no amount under %q", fl.Ministry)
	}
	if i < len(lines) {
		if n, rest, ok := label.Match(lines, i, label.SpIndirect); ok {
			pos := lines[i+n-1].Pos
			v, next := p.flowAmount(lines, i+n-1, rest, bare(label.SpIndirect))
			fl.IndirectTotal = v
			p.mark("spending.flow.indirect_total", pos)
			i = next
		}
	}
	for i < len(lines) && isIndirectItem(lines[i].Text) {
		text, next := p.flowEntry(lines, i, lines[i].Text)
		name, amount, ok := cutLastColon(itemText(text))
		item := spending.IndirectCost{Item: sheettext.TrimSpace(name)}
		if !ok {
			p.errorAt(lines[i].Pos, bare(label.SpIndirect), ErrSyntax, "間接経費 item %q is not \"name: amount 千円\"", text)
		} else {
			item.Amount = p.senYen(sheettext.TrimSpace(amount), lines[i].Pos, bare(label.SpIndirect))
		}
		p.markAt(jp("spending.flow.indirect", len(fl.Indirect)), ".amount", lines[i].Pos)
		fl.Indirect = append(fl.Indirect, item)
		i = next
	}
	for i < len(lines) {
		letter, first, ok := linerules.BlockHeading(lines[i].Text)
		if !ok {
			p.errorAt(lines[i].Pos, label.SpFlow, ErrLayout, "unexpected text %q (a block box starts with its letter, as in \"A. name\")", lines[i].Text)
			i++
			continue
		}
		var fb flowBlock
		i = p.flowBox(lines, i, letter, first, &fb)
		blocks = append(blocks, fb)
	}
	return blocks
}

// flowBox reads one block box starting at lines[i]; it returns the index
// of the line after it.
func (p *parser) flowBox(lines []sheettext.Line, i int, letter, first string, fb *flowBlock) int {
	fb.pos = lines[i].Pos
	fb.b = spending.Block{Block: letter, InFlow: true}
	var nameBuf, roleBuf lineBuf // the lines are joined, not kept
	name := append(nameBuf[:0], sheettext.Line{Pos: lines[i].Pos, Text: first})
	i++
	for i < len(lines) && !linerules.IsFlowAmount(lines[i].Text) && !p.flowMarker(lines, i) {
		name = append(name, lines[i])
		i++
	}
	fb.b.Name = sheettext.TrimSpace(p.text.JoinWrapped(name))
	noName := fb.b.Name == "" // reported after the role (nameAfterFigures)
	if i < len(lines) && linerules.IsFlowAmount(lines[i].Text) {
		fb.totalPos = lines[i].Pos
		fb.b.Total, i = p.flowAmount(lines, i, "", label.SpFlow)
	} else {
		p.errorAt(fb.pos, label.SpFlow, ErrMissing, "block %s has no amount", letter)
	}
	// "ほか" standing alone right after the amount ends the name: the
	// sheet prints "岐阜県　ほか", and pdftotext without -layout breaks the
	// line at the ideographic space and prints ほか after the next cell
	if i < len(lines) && lines[i].Text == label.BlockOthers && lines[i].Break && fb.b.Name != "" {
		fb.b.Name += " " + label.BlockOthers
		i++
	}
	role := roleBuf[:0]
	for i < len(lines) {
		if _, _, ok := linerules.BlockHeading(lines[i].Text); ok {
			break
		}
		if n, rest, ok := label.Match(lines, i, label.SpRecipientCount); ok {
			fb.countPos = lines[i+n-1].Pos
			c, ok := num.Atoi(num.FoldDigits(rest))
			switch {
			case sheettext.TrimSpace(rest) == absent: // not printed: RecipientCount stays nil
			case !ok || c < 0:
				p.errorAt(fb.countPos, bare(label.SpRecipientCount), ErrSyntax, "%q is not a count", rest)
			default:
				fb.b.RecipientCount = p.keepInt(c)
			}
			i += n
			continue
		}
		// the same ほか printed after the 支出先の数 (pdftotext default
		// mode, A5 and wkhtmltopdf), before any line of the role
		if len(role) == 0 && p.lostDash() && lines[i].Text == label.BlockOthers && lines[i].Break && fb.b.Name != "" && !strings.HasSuffix(fb.b.Name, label.BlockOthers) {
			fb.b.Name += " " + label.BlockOthers
			i++
			continue
		}
		if n, rest, ok := label.Match(lines, i, label.SpParent); ok {
			fb.parentPos = lines[i+n-1].Pos
			if !linerules.IsBlockLetter(rest) {
				p.errorAt(lines[i+n-1].Pos, bare(label.SpParent), ErrSyntax, "%q is not a block letter", rest)
			} else {
				fb.b.Parent = rest
			}
			i += n
			continue
		}
		role = append(role, lines[i])
		i++
	}
	if noName && p.lostDash() {
		if name, n := linerules.NameAfterFigures(role); n > 0 {
			fb.b.Name, role, noName = name, role[n:], false
		}
	}
	if noName {
		p.errorAt(fb.pos, label.SpFlow, ErrMissing, "block %s has no name", letter)
	}
	fb.b.Role = p.roleText(role, label.SpFlow)
	return i
}

// flowMarker reports whether lines[i] starts something other than the
// text of a name: a labelled line, a 間接経費 item or a block box.
func (p *parser) flowMarker(lines []sheettext.Line, i int) bool {
	if _, _, ok := linerules.BlockHeading(lines[i].Text); ok {
		return true
	}
	if isIndirectItem(lines[i].Text) {
		return true
	}
	for _, l := range []label.Label{label.SpIndirect, label.SpRecipientCount, label.SpParent} {
		if _, _, ok := label.Match(lines, i, l); ok {
			return true
		}
	}
	return false
}

// maxEntryLines bounds how many lines one "name: amount 千円" entry of
// the flow may wrap over.
const maxEntryLines = 4

// flowEntry joins lines from lines[i] (whose text is replaced by first)
// until the text ends with 千円; it returns the text and the index after.
func (p *parser) flowEntry(lines []sheettext.Line, i int, first string) (string, int) {
	text := first
	j := i + 1
	for !strings.HasSuffix(text, label.UnitSenYen) && j < len(lines) && j-i < maxEntryLines && !p.flowMarker(lines, j) {
		if _, _, ok := linerules.BlockHeading(lines[j].Text); ok {
			break
		}
		text += lines[j].Text
		j++
	}
	return text, j
}

// flowAmount reads an amount entry ("684,784 千円", possibly wrapped as
// "1,079 千" + "円") starting at lines[i]; first replaces the text of
// lines[i] when not "".
func (p *parser) flowAmount(lines []sheettext.Line, i int, first string, l label.Label) (*int64, int) {
	if first == "" {
		first = lines[i].Text
	}
	text, next := p.flowEntry(lines, i, first)
	return p.senYen(text, lines[i].Pos, l), next
}

// senYen reads "1,079 千円" (the unit required) and returns yen.
func (p *parser) senYen(text string, pos sheettext.Pos, l label.Label) *int64 {
	numTok, ok := strings.CutSuffix(sheettext.TrimSpace(text), label.UnitSenYen)
	if !ok {
		p.errorAt(pos, l, ErrSyntax, "amount %q does not end with %s", text, label.UnitSenYen)
		return nil
	}
	v, err := p.thousandYen(sheettext.TrimSpace(numTok))
	if err != nil {
		p.errorAt(pos, l, ErrSyntax, "%v", err)
		return nil
	}
	return v
}

// cutLastColon splits "name: amount" at its last colon (ASCII or
// full-width): the name may hold one ("A:事務費: 13,410 千円"), the amount
// never does.
func cutLastColon(s string) (before, after string, ok bool) {
	i := strings.LastIndex(s, ":")
	if j := strings.LastIndex(s, "："); j > i {
		return s[:j], s[j+len("："):], true
	}
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// isIndirectItem reports whether a line starts a numbered 間接経費 item
// ("1. 職員旅費: 1,079").
func isIndirectItem(text string) bool {
	n := 0
	for n < len(text) && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	return n > 0 && n <= 3 && strings.HasPrefix(text[n:], ". ")
}

// itemText drops the "1. " of an item and the unit at its end.
func itemText(text string) string {
	_, rest, _ := strings.Cut(text, ". ")
	return rest
}

// mergeFlowBlocks joins the boxes of 資金の流れ with the blocks of the
// 支出先上位者リスト by letter. The list's figures are kept; a flow figure
// that disagrees is ErrConflict. Names and roles are compared without
// spaces, as the flow drops the U+3000 where its boxes wrap. A box with no
// list entry becomes a block of its own. A 支出元 naming no block, or the
// block itself, is an error.
func (p *parser) mergeFlowBlocks(flow []flowBlock, sp *spending.Spending) {
	defer func() {
		for _, fb := range flow {
			switch par := fb.b.Parent; {
			case par == "":
			case par == fb.b.Block:
				p.errorAt(fb.parentPos, bare(label.SpParent), ErrConflict, "block %s is paid from itself", par)
			case sp.BlockByName(par) == nil:
				p.errorAt(fb.parentPos, bare(label.SpParent), ErrMissing, "block %s is paid from block %s, which the sheet does not print", fb.b.Block, par)
			}
		}
	}()
	for k, fb := range flow {
		b := sp.BlockByName(fb.b.Block)
		if b == nil {
			idx := len(sp.Blocks)
			if p.defaultMode { // before the list's blocks the flow prints after it (listrules: a list row not read)
				idx = flowOrderIndex(flow[k+1:], sp.Blocks)
				p.sheet.Source.shift("spending.blocks", idx)
			}
			sp.Blocks = slices.Insert(sp.Blocks, idx, fb.b)
			p.markAt(jp("spending.blocks", idx), "", fb.pos)
			p.markAt(jp("spending.blocks", idx), ".total", fb.totalPos)
			p.markAt(jp("spending.blocks", idx), ".recipient_count", fb.countPos)
			continue
		}
		b.InFlow = true
		b.Parent = fb.b.Parent
		if !sameSqueezed(b.Name, fb.b.Name) {
			p.errorAt(fb.pos, label.SpFlow, ErrConflict, "block %s is named %q in the flow and %q in the list", b.Block, fb.b.Name, b.Name)
		}
		if !samePtr(b.Total, fb.b.Total) {
			p.errorAt(fb.totalPos, label.SpFlow, ErrConflict, "block %s: flow amount %s, list 合計支出額 %s", b.Block, fmtYen(fb.b.Total), fmtYen(b.Total))
		}
		switch {
		case b.RecipientCount == nil:
			b.RecipientCount = fb.b.RecipientCount
		case fb.b.RecipientCount != nil && *fb.b.RecipientCount != *b.RecipientCount:
			p.errorAt(fb.countPos, bare(label.SpRecipientCount), ErrConflict, "block %s: %d in the flow, %d in the list", b.Block, *fb.b.RecipientCount, *b.RecipientCount)
		}
		switch {
		case b.Role == nil:
			b.Role = fb.b.Role
		case fb.b.Role != nil && !sameSqueezed(*fb.b.Role, *b.Role):
			p.errorAt(fb.pos, label.SpFlow, ErrConflict, "block %s: role %q in the flow, %q in the list", b.Block, *fb.b.Role, *b.Role)
		}
	}
}

// flowOrderIndex is where a block of the flow with no list entry goes:
// before the first block of sp that the flow prints after it (later),
// else at the end.
func flowOrderIndex(later []flowBlock, blocks []spending.Block) int {
	idx := len(blocks)
	for _, fb := range later {
		if j := slices.IndexFunc(blocks, func(b spending.Block) bool { return b.Block == fb.b.Block }); j >= 0 && j < idx {
			idx = j
		}
	}
	return idx
}

// bare is a label without the colon it is printed with, for errors.
func bare(l label.Label) label.Label { return label.Label(strings.TrimRight(string(l), ":：")) }

// squeeze drops ASCII spaces and U+3000 for comparing wrapped text.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// sameSqueezed reports whether a and b are the same text but for the
// spaces squeeze drops; equal texts (the flow and the list nearly always
// print a block's name alike) are not squeezed.
func sameSqueezed(a, b string) bool { return a == b || squeeze(a) == squeeze(b) }

func fmtYen(v *int64) string {
	if v == nil {
		return absent
	}
	return strconv.FormatInt(*v, 10) + "円"
}
