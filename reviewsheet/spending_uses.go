package reviewsheet

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/spending"
)

// listBody checks that lines start with the column header l and returns
// the lines after it.
func (p *parser) listBody(lines []sheettext.Line, l, owner label.Label) []sheettext.Line {
	if len(lines) > 0 {
		if n, rest, ok := label.Match(lines, 0, l); ok && rest == "" {
			return lines[n:]
		}
	}
	at := p.endOf(lines)
	if len(lines) > 0 {
		at = lines[0].Pos
	}
	p.errorAt(at, owner, ErrLayout, "column header %q not found", string(l))
	return lines
}

// parseUses reads 費目・使途 (lines after its unit line). Each row is
//
//	A 支出先名 契約概要 費目 使途 金額
//	-- -- -- 費目 使途 金額          (continues the row above)
//
// with any cell wrapped over several lines; a row ends with the line
// whose last cell is the 金額. The extraction joins a wrapped cell to the
// next cell with a space, a line break or a blank line, so the 支出先名
// and 契約概要 are found by matching the names of the block's recipients
// and their contracts in the 支出先上位者リスト; a recipient not listed
// there is read cell by cell (blank lines and spaces separating cells).
func (p *parser) parseUses(lines []sheettext.Line, sp *spending.Spending) []spending.Use {
	body := p.listBody(lines, label.SpUsesHeader, label.SpUses)
	// a 金額 printed as a paragraph of its own ends the row above it
	// (tablerows.go)
	body = linerules.JoinCellRows(body, 1, isUseEnd)
	uses := make([]spending.Use, 0, len(body)/2+1) // a row has a line or two
	// a row continues only the row read just above it: after a row that
	// was not read (pdftotext default mode, pdfminer), "-- -- --" would
	// take an older row's 支出先名 and 契約概要
	lastRead := true
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && !isUseEnd(body[j].Text) && !p.startsUseRow(body, j+1, sp) {
			j++
		}
		if j == len(body) || !isUseEnd(body[j].Text) { // the end, or a row's first line next
			p.errorAt(body[i].Pos, label.SpUses, ErrLayout, "row %q has no 金額", body[i].Text)
			if j == len(body) {
				break
			}
			lastRead, i = false, j+1
			continue
		}
		if !lastRead && (body[i].Text == absent || strings.HasPrefix(body[i].Text, absent+" ")) {
			p.errorAt(body[i].Pos, label.SpUses, ErrLayout, "continuation row after a row that was not read: not attributed")
			i = j + 1
			continue
		}
		if !p.defaultMode && cellParagraphs(body[i:j+1]) {
			p.errorAt(body[i].Pos, label.SpUses, ErrLayout, "continuation row printed a cell a paragraph: the list is out of row order here, not attributed")
			lastRead, i = false, j+1
			continue
		}
		if !p.defaultMode && holdsBlockRowStart(body[i:j+1], sp) {
			p.errorAt(body[i].Pos, label.SpUses, ErrLayout, "row %q runs into the next row's first line without a 金額: not read", body[i].Text)
			lastRead, i = false, j+1
			continue
		}
		if p.defaultMode && holdsRowStart(body[i:j+1]) {
			p.errorAt(body[i].Pos, label.SpUses, ErrLayout, "row %q holds the start of another row (its cells printed elsewhere): not read", body[i].Text)
			lastRead, i = false, j+1
			continue
		}
		d := len(p.diags)
		u, ok := p.useRow(body[i:j+1], sp, uses)
		if ok && p.defaultMode && len(p.diags) > d {
			ok = false // a cell missing: the others may be shifted
		}
		lastRead = ok
		if ok {
			path := jp("spending.uses", len(uses))
			p.markAt(path, "", body[i].Pos)
			p.markAt(path, ".amount", body[j].Pos)
			uses = append(uses, u)
		}
		i = j + 1
	}
	return uses
}

// startsUseRow reports (default-mode text only: parser.defaultMode) whether lines[k], with lines[k+1]
// (a wrapped name), starts a row: a block letter and one of its recipients' names.
func (p *parser) startsUseRow(lines []sheettext.Line, k int, sp *spending.Spending) bool {
	if k >= len(lines) || !p.defaultMode {
		return false
	}
	lead, rest := cutField(p.text.Cells(lines[k:min(k+2, len(lines))]))
	_, _, found := matchRecipient(rest, lead, sp)
	return found && linerules.IsBlockLetter(lead)
}

// holdsRowStart reports whether a row's lines, the first starting with
// a block letter, hold another line that starts with a block letter and
// a space: the start of the next row. In default-mode text (pdfminer of
// the Chromium PDF) a row's 金額 may be printed after the next row's
// first lines ("A 株式会社…" … "B 岐阜県 … 3,500", then "130,658"); read
// to the first amount, the row would take the next row's 金額.
// startsUseRow ends a row there only when the next row's recipient is
// listed; this guard refuses the row when it is not.
func holdsRowStart(lines []sheettext.Line) bool {
	if lead, _ := cutField(lines[0].Text); !linerules.IsBlockLetter(lead) {
		return false
	}
	for _, l := range lines[1:] {
		if lead, rest := cutField(l.Text); linerules.IsBlockLetter(lead) && rest != "" {
			return true
		}
	}
	return false
}

// cellParagraphs reports a continuation row whose "--" cells stand a
// paragraph each ("--", blank, "--", …) in text that is not default-mode
// (parser.defaultMode false: RS layout, -layout, or pdfminer's text of a
// producer's PDF that opens neither gate). There the sheet's rows are
// printed a line each; pdfminer's text of the wkhtmltopdf PDF prints a
// row so when it took the row's cells as boxes of their own, and prints
// those rows away from the row they continue (ひょうごコミュニティ財団's
// 人件費 1,206 after 一般社団法人えんがお's rows, which read it as
// えんがお's). The row is not attributed, nor the continuation rows after
// it.
func cellParagraphs(lines []sheettext.Line) bool {
	return len(lines) > 1 && lines[0].Text == absent && lines[1].Break && lines[1].Text == absent
}

// holdsBlockRowStart reports whether a row's lines, the first starting
// with a block letter, hold after a blank line a line that starts with
// the letter of a listed block and a space: the next row, joined because
// this row's 金額 is missing (a LibreOffice page cut the amount off at its
// edge, 2024-000213), whose 金額 this row would take. Unlike
// holdsRowStart it asks for a blank line before, since outside default
// mode a row's cells keep their order.
func holdsBlockRowStart(lines []sheettext.Line, sp *spending.Spending) bool {
	if lead, _ := cutField(lines[0].Text); !linerules.IsBlockLetter(lead) {
		return false
	}
	for _, l := range lines[1:] {
		if !l.Break {
			continue
		}
		if lead, rest := cutField(l.Text); rest != "" && linerules.IsBlockLetter(lead) && sp.BlockByName(lead) != nil {
			return true
		}
	}
	return false
}

// isUseEnd reports whether a line ends a 費目・使途 row: its last cell is
// an amount (or "--" on a row printed whole on one line).
//
// It runs on every line of the list until a row ends, so the last cell
// is cut from the end (lastField) and the line is split into its cells
// only when that cell is "--".
func isUseEnd(text string) bool {
	last, before := linerules.LastField(text)
	if last == "" {
		return false
	}
	if last != absent {
		return hasField(before) && num.IsAmount(last)
	}
	// 金額 "--" (not known) ends a row printed whole on one line: block,
	// 支出先名, 契約概要, 費目, 使途 (or "-- -- --" and both) before it
	var buf [16]string
	return len(sheettext.AppendFields(buf[:0], text)) >= 6
}

// hasField reports whether text holds a field: a byte other than an
// ASCII space or tab.
func hasField(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' && text[i] != '\t' {
			return true
		}
	}
	return false
}

// isDebtEnd reports whether a line ends a row of the debt list: as
// linerules.RecipientRowEnd, or a one-line row whose 契約額 is "--" (not known).
func isDebtEnd(text string, first bool) bool {
	if linerules.RecipientRowEnd(text, first) {
		return true
	}
	var buf [16]string
	toks := sheettext.AppendFields(buf[:0], text)
	n := len(toks)
	return first && n >= 3 && toks[n-2] == absent && (toks[n-1] == absent || linerules.IsCount13(toks[n-1]))
}

// useRow reads one 費目・使途 row.
func (p *parser) useRow(lines []sheettext.Line, sp *spending.Spending, prev []spending.Use) (spending.Use, bool) {
	pos := lines[0].Pos
	s := p.text.Cells(lines)
	var u spending.Use
	lead, rest := cutField(s)
	if lead == absent {
		// "-- -- --": the row continues the one above
		for k := 0; k < 2; k++ {
			var c string
			c, rest = cutField(rest)
			if c != absent {
				p.errorAt(pos, label.SpUses, ErrLayout, "continuation row must start with \"-- -- --\"")
				return u, false
			}
		}
		if len(prev) == 0 {
			p.errorAt(pos, label.SpUses, ErrLayout, "first row continues no row (-- in 支出先名)")
			return u, false
		}
		last := prev[len(prev)-1]
		u.Block, u.Recipient, u.Contract = last.Block, last.Recipient, last.Contract
	} else {
		if !linerules.IsBlockLetter(lead) {
			p.errorAt(pos, label.SpUses, ErrSyntax, "%q is not a block letter", lead)
			return u, false
		}
		u.Block = lead
		var contracts []spending.Contract
		name, after, found := matchRecipient(rest, lead, sp)
		if found {
			u.Recipient, rest = name.Name, after
			contracts = name.Contracts
		} else {
			u.Recipient, rest = cutField(rest)
		}
		var c string
		cn, after, matched := matchContract(rest, contracts)
		if matched {
			c, rest = cn, after
		} else {
			c, rest = cutField(rest)
		}
		if !matched && linerules.IsEraName(c) {
			// "令和 6年度…" (LibreOffice spaces digits from Japanese): a
			// 契約概要 is never an era name alone; cut at that space the
			// cells after it would be read one off
			p.errorAt(pos, label.SpUses, ErrLayout, "row %q: 契約概要 cut at the space after %s, cells not told apart", s, c)
			return u, false
		}
		u.Contract = p.optText(c)
		if u.Recipient == "" || c == "" {
			p.errorAt(pos, label.SpUses, ErrLayout, "row %q lacks 支出先名 or 契約概要", s)
			return u, false
		}
	}
	var toksBuf [16]string
	toks := sheettext.AppendFields(toksBuf[:0], rest)
	n := len(toks)
	if n < 2 {
		p.errorAt(pos, label.SpUses, ErrLayout, "row %q lacks 費目 or 金額", s)
		return u, false
	}
	u.Item = toks[0]
	if p.defaultMode && u.Item == absent && n > 2 && toks[1] == absent {
		// "-- -- -- -- -- その他 …": the dashes of two rows (pdftotext
		// default mode printed a row's other cells elsewhere)
		p.errorAt(pos, label.SpUses, ErrLayout, "row %q holds the -- cells of two rows", s)
		return u, false
	}
	if n > 3 && slices.Contains(toks[1:n-1], absent) {
		// a "--" cell among the words of the 使途: the "-- -- --" of the
		// rows below joined into it (pdfminer printed the table column
		// by column), and the 金額 is another row's
		p.errorAt(pos, label.SpUses, ErrLayout, "row %q holds -- cells among its 使途: cells of other rows", s)
		return u, false
	}
	if n > 2 && isNumberPiece(toks[n-2]) && !num.IsAmount(toks[n-2]) {
		// "… 調達支援等 117,32" / "6": the 金額 wrapped inside its cell
		// (LibreOffice breaks a cell too narrow for it), a piece of it
		// left at the end of the 使途; read, the row would say 6 千円
		p.errorAt(lines[len(lines)-1].Pos, label.SpUses, ErrLayout, "row %q: the 金額 %s follows %s, a piece of a number: the 金額 may be printed across lines, not read", s, toks[n-1], toks[n-2])
		return u, false
	}
	if n == 2 {
		p.errorAt(pos, "使途", ErrMissing, "no 使途 (print -- for none)")
	} else {
		u.Use = p.optText(strings.Join(toks[1:n-1], " "))
	}
	u.Amount, _ = p.thousandYen(toks[n-1])
	return u, true
}

// isNumberPiece reports a token of digits (any width) and separators
// only, with a digit: an amount or a piece of one.
func isNumberPiece(tok string) bool {
	digit := false
	for _, r := range tok {
		switch {
		case num.IsDigit(r):
			digit = true
		case r == ',' || r == '.' || r == '，' || r == '．':
		default:
			return false
		}
	}
	return digit
}

// cutField splits off the first space-separated cell of s.
func cutField(s string) (field, rest string) {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimLeft(s[i:], " ")
}

// matchRecipient finds the longest name of a recipient of block b that
// starts s; spaces in s (where the extraction broke a wrapped name) are
// allowed inside the match only as separators after it.
func matchRecipient(s, b string, sp *spending.Spending) (*spending.Recipient, string, bool) {
	var best *spending.Recipient
	for i := range sp.Recipients {
		r := &sp.Recipients[i]
		if r.Block != b || r.Name == "" || !strings.HasPrefix(s, r.Name) {
			continue
		}
		if best == nil || len(r.Name) > len(best.Name) {
			best = r
		}
	}
	if best == nil {
		return nil, s, false
	}
	return best, strings.TrimLeft(s[len(best.Name):], " "), true
}

// matchContract finds the longest contract name that starts s.
func matchContract(s string, cs []spending.Contract) (string, string, bool) {
	best := ""
	for _, c := range cs {
		if c.Name != "" && strings.HasPrefix(s, c.Name) && len(c.Name) > len(best) {
			best = c.Name
		}
	}
	if best == "" {
		return "", s, false
	}
	return best, strings.TrimLeft(s[len(best):], " "), true
}

// parseDebtList reads 国庫債務負担行為等による契約先リスト: rows of
// "契約先名 契約額 法人番号" (the name may wrap), or a single "-- -- --"
// for none, which gives an empty list.
func (p *parser) parseDebtList(lines []sheettext.Line) []spending.DebtContract {
	body := p.listBody(lines, label.SpDebtHeader, label.SpDebtList)
	out := []spending.DebtContract{}
	if isAbsentRow(body) || (linerules.OnlyDashes(body) && p.lostDash()) {
		return out
	}
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && !isDebtEnd(body[j].Text, j == i) {
			j++
		}
		if j == len(body) {
			p.errorAt(body[i].Pos, label.SpDebtList, ErrLayout, "row %q is not \"契約先名 契約額 法人番号\"", body[i].Text)
			break
		}
		var toksBuf [16]string
		toks := sheettext.AppendFields(toksBuf[:0], body[j].Text)
		n := len(toks)
		var nameBuf lineBuf // joined, not kept
		name := append(append(nameBuf[:0], body[i:j]...), sheettext.Line{Text: p.text.Join(toks[:n-2], " ")})
		d := spending.DebtContract{Name: sheettext.TrimSpace(p.text.JoinWrapped(name))}
		d.Amount, _ = p.thousandYen(toks[n-2])
		if toks[n-1] != absent {
			d.CorporateNumber = p.keepString(toks[n-1])
		}
		path := jp("spending.debt_contracts", len(out))
		p.markAt(path, "", body[i].Pos)
		p.markAt(path, ".amount", body[j].Pos)
		out = append(out, d)
		i = j + 1
	}
	return out
}
