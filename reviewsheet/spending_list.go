package reviewsheet

import (
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/listrules"
	"github.com/rsheet/rsheet/spending"
)

// listHeader returns the header label standing alone on lines[i] (and
// possibly the lines after it, when it wraps) and how many lines it takes.
func listHeader(lines []sheettext.Line, i int) (label.Label, int, bool) {
	label.ListHeaders.Compile()
	for m := label.ListHeaders.MatchCandidates(lines[i].Text); m != 0; {
		j := label.NextSpec(&m)
		if n, rest, ok := label.ListHeaders.Match(lines, i, j); ok && rest == "" {
			return label.ListHeaders.Specs[j].L, n, true
		}
	}
	return "", 0, false
}

// parseTopList reads the 支出先上位者リスト (lines after its unit line):
//
//	支出先ブロック名 合計支出額 支出先数 事業を行う上での役割
//	A 株式会社…　ほか 622,650 22 孤独・孤立対策に係る調査研究業務ほか
//	支出先名 支出額 法人番号
//	株式会社野村総合研究所 142,172 4010001054032
//	契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由
//	孤独・孤立対策に関する地域連携推推進モデル調査研究業務      (name, wrapped)
//	（東海、近畿、中国四国２地域）
//	一般競争契約（総合評価）                                    (契約方式等)
//	60,730 3 97.6 --                                             (支出額 入札者数 落札率 理由)
//	…
//
// The role of a block row and the reason of a contract row may wrap onto
// the lines after the row. Page breaks (blank lines or form feeds) may
// fall anywhere, inside contract names included.
func (p *parser) parseTopList(lines []sheettext.Line, sp *spending.Spending) {
	if p.lostDash() {
		lines = listrules.JoinListCells(lines) // cells a paragraph each (listcells.go)
	}
	lines = linerules.DropUnitLines(lines)
	// blank lines delimit wrapped cells, except in text from pdftotext
	// without -layout, which puts them between paragraphs of its own
	breaks := linerules.KeepsCellBreaks(lines) && !p.lostDash()
	blk := "" // letter of the block being read
	// owner: the contracts under the next 契約概要 header are the last
	// recipient's — true only right after its row was read whole
	// (nothing left unread after it) and before any contract table of
	// its own; otherwise they would be attached by guess (pdftotext
	// default mode can lose a recipient's header and row between them)
	owner := false
	for i := 0; i < len(lines); {
		l, n, ok := listHeader(lines, i)
		if !ok {
			i = p.unexpectedListText(lines, i)
			continue
		}
		hpos := lines[i].Pos
		i += n
		end := i
		for end < len(lines) {
			if _, _, ok := listHeader(lines, end); ok {
				break
			}
			end++
		}
		body := lines[i:end]
		switch l {
		case label.SpBlockHeader:
			blk = p.blockRow(hpos, body, sp)
		case label.SpRecipientHeader:
			if blk == "" {
				p.errorAt(hpos, label.SpRecipientHeader, ErrLayout, "recipient before any 支出先ブロック row")
			}
			n, d := len(sp.Recipients), len(p.diags)
			p.recipientRow(hpos, body, blk, sp)
			owner = len(sp.Recipients) > n && len(p.diags) == d
		case label.SpContractHeader:
			if len(sp.Recipients) == 0 {
				p.errorAt(hpos, label.SpContractHeader, ErrLayout, "contracts before any 支出先名 row")
				break
			}
			idx := len(sp.Recipients) - 1
			// contracts whose recipient is not known for sure are
			// reported and not attached: a second table under one
			// recipient (its own recipient row was not read: pdfminer
			// printed the 支出先名 header in two paragraphs), and in
			// pdftotext default-mode text a table after text not read
			attach := true
			switch {
			case len(sp.Recipients[idx].Contracts) > 0:
				p.errorAt(hpos, label.SpContractHeader, ErrLayout, "second contract table for one recipient: not attributed to %q", sp.Recipients[idx].Name)
				attach = false
			case !owner && p.lostDash():
				p.errorAt(hpos, label.SpContractHeader, ErrLayout, "contracts after text that was not read: not attributed to %q", sp.Recipients[idx].Name)
				attach = false
			}
			owner = false
			if attach {
				p.contracts(body, idx, &sp.Recipients[idx], breaks)
			}
		}
		i = end
	}
	for i := range sp.Recipients {
		if sp.Recipients[i].Contracts == nil {
			sp.Recipients[i].Contracts = []spending.Contract{}
		}
	}
}

// unexpectedListText reports the lines from lines[i] up to the next
// column header, which the list cannot read, as one error at the first
// of them (text whose list was printed in an order this parser does not
// know would otherwise give an error a line), and returns the index of
// that header (or len(lines)).
func (p *parser) unexpectedListText(lines []sheettext.Line, i int) int {
	j := i + 1
	for j < len(lines) {
		if _, _, ok := listHeader(lines, j); ok {
			break
		}
		j++
	}
	if j == i+1 {
		p.errorAt(lines[i].Pos, label.SpTopList, ErrLayout, "unexpected text %q (expected a column header)", lines[i].Text)
	} else {
		p.errorAt(lines[i].Pos, label.SpTopList, ErrLayout, "unexpected text %q and the %d lines after it, to %q (expected a column header): not read", lines[i].Text, j-i-1, lines[j-1].Text)
	}
	return j
}

// blockRow reads "A name 合計支出額 支出先数 role…" and the role's wrapped
// lines; 合計支出額 and 支出先数 may be "--" (nil). It adds the block to sp and returns its letter ("" when the row
// cannot be read).
func (p *parser) blockRow(hpos sheettext.Pos, body []sheettext.Line, sp *spending.Spending) string {
	if len(body) == 0 {
		p.errorAt(hpos, label.SpBlockHeader, ErrMissing, "no block row under the header")
		return ""
	}
	pos := body[0].Pos
	var toksBuf [16]string
	toks := sheettext.AppendFields(toksBuf[:0], body[0].Text)
	// a row cut before its figures, the rest on the next line starting
	// with ほか: pdftotext without -layout breaks "名称　ほか 622,650 22 …"
	// at the ideographic space
	if len(body) > 1 && linerules.BlockFigures(toks) < 0 && strings.HasPrefix(body[1].Text, label.BlockOthers+" ") {
		toks = sheettext.AppendFields(toks, body[1].Text)
		body = body[1:]
	}
	if !linerules.IsBlockLetter(toks[0]) {
		p.errorAt(pos, label.SpBlockHeader, ErrSyntax, "%q is not a block letter", toks[0])
		return ""
	}
	k := linerules.BlockFigures(toks) // index of 合計支出額
	if k < 0 {
		p.errorAt(pos, label.SpBlockHeader, ErrLayout, "block row %q is not \"letter name 合計支出額 支出先数 役割\"", body[0].Text)
		if p.lostDash() { // the letter is sure: the recipients below are its block's
			return toks[0]
		}
		return ""
	}
	if sp.BlockByName(toks[0]) != nil {
		p.errorAt(pos, label.SpBlockHeader, ErrConflict, "block %s listed twice", toks[0])
	}
	idx := len(sp.Blocks)
	path := jp("spending.blocks", idx)
	b := spending.Block{Block: toks[0], Name: p.text.Join(toks[1:k], " ")}
	b.Total, _ = p.thousandYen(toks[k])
	if c, ok := num.Atoi(toks[k+1]); ok {
		b.RecipientCount = p.keepInt(c)
	}
	role := body[1:]
	var roleBuf lineBuf // joined, not kept
	if k+2 < len(toks) {
		role = append(append(roleBuf[:0], sheettext.Line{Pos: pos, Text: p.text.Join(toks[k+2:], " ")}), role...)
	}
	b.Role = p.roleText(role, label.SpBlockHeader)
	p.markAt(path, "", pos)
	p.markAt(path, ".total", pos)
	p.markAt(path, ".recipient_count", pos)
	if sp.Blocks == nil { // the list's blocks are mostly the flow's
		sp.Blocks = make([]spending.Block, 0, max(p.blockHint, 4))
	}
	sp.Blocks = append(sp.Blocks, b)
	return b.Block
}

// recipientRow reads "支出先名 支出額 法人番号"; a long name may wrap onto
// the lines before the one holding the amount.
func (p *parser) recipientRow(hpos sheettext.Pos, body []sheettext.Line, blk string, sp *spending.Spending) {
	// a row printed a cell per paragraph (tablerows.go)
	body = linerules.JoinCellRows(body, 2, func(t string) bool { return linerules.RecipientRowEnd(t, false) })
	j := 0
	for j < len(body) && !linerules.RecipientRowEnd(body[j].Text, j == 0) {
		j++
	}
	if j == len(body) {
		p.errorAt(hpos, label.SpRecipientHeader, ErrLayout, "no \"支出先名 支出額 法人番号\" row under the header")
		return
	}
	if j+1 < len(body) {
		p.errorAt(body[j+1].Pos, label.SpRecipientHeader, ErrLayout, "unexpected text %q after the recipient row", body[j+1].Text)
	}
	last := body[j]
	var toksBuf [16]string
	toks := sheettext.AppendFields(toksBuf[:0], last.Text)
	n := len(toks)
	nameLines := append(append([]sheettext.Line(nil), body[:j]...), sheettext.Line{Pos: last.Pos, Text: strings.Join(toks[:n-2], " ")})
	if w, ok := linerules.ListWordIn(nameLines[:len(nameLines)-1]); ok || linerules.HasCorporateNumberLine(nameLines) {
		// cells of other rows read into the name (pdftotext default mode)
		p.errorAt(body[0].Pos, label.SpRecipientHeader, ErrLayout, "recipient name holds %q: cells of other rows, not read", w+linerules.CorporateNumberLine(nameLines))
		return
	}
	r := spending.Recipient{Block: blk, Name: sheettext.TrimSpace(p.text.JoinWrapped(nameLines))}
	r.Amount, _ = p.thousandYen(toks[n-2])
	if toks[n-1] != absent {
		cn := toks[n-1]
		r.CorporateNumber = &cn
	}
	path := jp("spending.recipients", len(sp.Recipients))
	p.markAt(path, "", body[0].Pos)
	p.markAt(path, ".amount", last.Pos)
	p.markAt(path, ".corporate_number", last.Pos)
	sp.Recipients = append(sp.Recipients, r)
}

// contracts reads the rows under a 契約概要 header. Each row is its name
// (wrapped over any number of lines), the 契約方式等 on its own line (or
// after the name's last piece), then "支出額 入札者数 落札率 理由". A reason
// that does not fit its cell starts on the next line; it ends at a blank
// line, or, in text without blank lines, at a line ending with "。".
func (p *parser) contracts(body []sheettext.Line, ri int, r *spending.Recipient, breaks bool) {
	if p.lostDash() {
		body = listrules.JoinContractCellLines(body) // a row a cell a line in a paragraph of its own (mutool, PyMuPDF)
	}
	body = linerules.JoinCellRows(body, 3, linerules.IsContractRow) // a row printed a cell per paragraph (tablerows.go)
	for j := 0; j < len(body); {
		k := j
		for k < len(body) && !linerules.IsContractRow(body[k].Text) {
			k++
		}
		if k == len(body) {
			p.errorAt(body[j].Pos, label.SpContractHeader, ErrLayout, "contract %q has no \"支出額 入札者数 落札率\" row", body[j].Text)
			return
		}
		path := jp("spending.recipients", ri).at(".contracts", len(r.Contracts))
		c := spending.Contract{}
		nameLines, method, ok := linerules.SplitMethod(body[j:k])
		c.Method = method
		switch {
		case k == j:
			p.errorAt(body[k].Pos, "契約方式等", ErrMissing, "no 契約方式等 line before the 支出額 row")
		case !ok:
			p.errorAt(body[k-1].Pos, "契約方式等", ErrSyntax, "unknown 契約方式等 %q", string(method))
		}
		c.Name = sheettext.TrimSpace(p.text.JoinWrapped(nameLines))
		if c.Name == "" {
			p.errorAt(body[k].Pos, label.SpContractHeader, ErrMissing, "contract without 契約概要")
		}
		row := body[k]
		var toksBuf [16]string
		toks := sheettext.AppendFields(toksBuf[:0], row.Text)
		c.Amount, _ = p.thousandYen(toks[0])
		if toks[1] != absent {
			n, _ := strconv.Atoi(strings.ReplaceAll(toks[1], ",", "")) // checked by linerules.IsContractRow
			c.Bidders = &n
		}
		rate, err := num.ParsePercent(toks[2])
		if err != nil {
			p.errorAt(row.Pos, "落札率", ErrSyntax, "%v", err)
		}
		c.WinningBidRate = rate
		next := k + 1
		var reason []sheettext.Line
		if len(toks) > 3 {
			reason = []sheettext.Line{{Pos: row.Pos, Text: strings.Join(toks[3:], " ")}}
		}
		if len(toks) == 3 || (reason[0].Text != absent && !linerules.EndsSentence(reason[0].Text)) {
			more, n := linerules.ReasonLines(body[next:], breaks, len(toks) == 3)
			reason = append(reason, more...)
			next += n
		}
		if len(reason) == 0 {
			p.errorAt(row.Pos, "一者応札等の理由", ErrMissing, "no reason cell (print -- for none)")
		}
		c.Reason = p.optText(p.text.JoinWrapped(reason))
		p.markAt(path, "", body[j].Pos)
		p.markAt(path, ".amount", row.Pos)
		p.markAt(path, ".bidders", row.Pos)
		p.markAt(path, ".winning_bid_rate", row.Pos)
		if len(reason) > 0 {
			p.markAt(path, ".reason", reason[0].Pos)
		}
		if w, ok := linerules.ListWordIn(nameLines); ok { // another recipient's rows read into the name
			p.errorAt(body[j].Pos, label.SpContractHeader, ErrLayout, "contract name holds the list's header word %q: rows of another recipient, not attributed", w)
		} else if w, ok := figureLineIn(nameLines); ok && p.defaultMode {
			p.errorAt(body[j].Pos, label.SpContractHeader, ErrLayout, "contract name holds the figure cell %q on a line of its own: another row's cells, not attributed", w)
		} else {
			r.Contracts = append(r.Contracts, c)
		}
		j = next
	}
}

// figureLineIn reports a line of a contract's name (of two lines or
// more) that is one figure cell ("97,900", "1", "75.4", "--"): in
// default-mode text (mutool, PyMuPDF) a contract row printed a cell a
// line is not recognised as a row, and the name read up to the next
// row would take in its cells, then the next contract's figures.
func figureLineIn(nameLines []sheettext.Line) (string, bool) {
	if len(nameLines) < 2 {
		return "", false
	}
	for _, l := range nameLines {
		if t := strings.TrimSpace(l.Text); linerules.IsFigureCell(t) {
			return t, true
		}
	}
	return "", false
}
