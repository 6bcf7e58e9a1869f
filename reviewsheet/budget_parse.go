package reviewsheet

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The other wordings of 前年度から繰越し are in labelSpellings (internal/label).

// parseBudget reads the 予算・執行 section.
func (p *parser) parseBudget(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, label.BudgetSpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, label.SecBudget, ErrLayout, "unexpected text %q", l.Text)
	}
	b := &p.sheet.Budget
	if f, ok := p.required(fs, label.BudgetTable, 1, lines); ok {
		p.parseBudgetTable(f, b)
	}
	if f, ok := p.required(fs, label.Breakdown, 1, lines); ok {
		p.parseBreakdown(f, b)
	}
	if f, ok := p.required(fs, label.ChangeReasons, 1, lines); ok {
		b.ChangeReasons = p.textField(f)
		p.mark("budget.change_reasons", f.firstPos())
	}
	if f, ok := p.required(fs, label.SpecialNotes, 1, lines); ok {
		b.SpecialNotes = p.textField(f)
		p.mark("budget.special_notes", f.firstPos())
	}
}

// skipUnit drops the "（単位：千円）" line that follows a table label and
// reports a table printed in another unit.
func (p *parser) skipUnit(f *field) []sheettext.Line {
	lines := f.content()
	if len(lines) > 0 && lines[0].Text == label.UnitThousandYen {
		return lines[1:]
	}
	// layout text prints the label and the unit below it in a column of
	// their own, the table's first row beside the label
	if len(lines) > 1 && lines[1].Text == label.UnitThousandYen {
		return append([]sheettext.Line{lines[0]}, lines[2:]...)
	}
	// pdftotext without -layout may print two cells of the header and
	// first row (支出先ブロック名, A) before the unit
	if len(lines) > 2 && lines[2].Text == label.UnitThousandYen && p.lostDash() {
		return append([]sheettext.Line{lines[0], lines[1]}, lines[3:]...)
	}
	p.errorAt(f.pos, f.spec.L, ErrLayout, "unit line %s not found (amounts are read as 千円 only)", label.UnitThousandYen)
	return lines
}

func (p *parser) parseBudgetTable(f *field, b *budget.Budget) {
	lines := p.skipUnit(f)
	if len(lines) == 0 {
		p.errorAt(f.pos, label.BudgetTable, ErrMissing, "table is empty")
		return
	}
	years, ok := linerules.YearHeader(lines[0].Text)
	if !ok {
		p.errorAt(lines[0].Pos, label.BudgetTable, ErrSyntax, "year header %q is not a row of years", lines[0].Text)
		return
	}
	b.Years = make([]budget.Year, len(years))
	for i, y := range years {
		b.Years[i].Year = y
	}
	// the rows as printed: a row's label line, then any lines of figure
	// cells that continue it (tablerows.go)
	var (
		arena  [64]string
		ends   [16]int
		labels [16]int // label.BudgetRows index of each row; -1: printed twice
		poss   [16]sheettext.Pos
		cellsB [16][]string
	)
	fr := linerules.FigureRows{Arena: arena[:0], Ends: ends[:0]}
	rowR, rowPos := labels[:0], poss[:0]
	seen := make([]bool, len(label.BudgetRows))
	label.BudgetRowSet.Compile()
	for _, ln := range lines[1:] {
		if ys, ok := linerules.YearHeader(ln.Text); ok && slices.Equal(ys, years) {
			continue // header repeated after a page break
		}
		r := -1
		var rest string
		one := [1]sheettext.Line{ln}
		for m := label.BudgetRowSet.MatchCandidates(ln.Text); m != 0; { // the rows in order
			k := label.NextSpec(&m)
			if _, after, ok := label.BudgetRowSet.Match(one[:], 0, k); ok {
				r, rest = k, after
				break
			}
		}
		if r < 0 {
			var ok bool
			if fr, ok = fr.Extend(ln.Text); ok {
				continue
			}
			p.errorAt(ln.Pos, label.BudgetTable, ErrLayout, "unknown row %q", ln.Text)
			continue
		}
		if seen[r] {
			p.errorAt(ln.Pos, label.BudgetRows[r].L, ErrConflict, "row printed twice")
			r = -1
		}
		if r >= 0 {
			seen[r] = true
		}
		if len(rowR) == len(labels) {
			continue // more rows than the table has: reported above
		}
		var cellsBuf [16]string
		fr = fr.Add(sheettext.AppendFields(cellsBuf[:0], rest))
		rowR, rowPos = append(rowR, r), append(rowPos, ln.Pos)
	}
	// rows as slices of the arena, stored in the array itself: an append
	// or a store through a slice would move the arrays off the stack
	for i, e := range fr.Ends {
		start := 0
		if i > 0 {
			start = fr.Ends[i-1]
		}
		cellsB[i] = fr.Arena[start:e:e] // into the array: it stays on the stack
	}
	printed := cellsB[:len(fr.Ends)]
	cells := linerules.Balanced(printed, len(years))
	for i, r := range rowR {
		if r < 0 {
			continue
		}
		pos, cells := rowPos[i], cells[i]
		rl := label.BudgetRows[r].L
		if len(cells) != len(years) {
			p.errorAt(pos, rl, ErrLayout, "%d values for %d years", len(cells), len(years))
			continue
		}
		for j, c := range cells {
			y := &b.Years[j]
			path := jp("budget.years", j)
			leaf := label.BudgetRows[r].Leaf
			if rl == label.RowRate {
				v, err := num.ParsePercent(c)
				if err != nil {
					p.errorAt(pos, rl, ErrSyntax, "%d: %v", y.Year, err)
					continue
				}
				y.ExecutionRate, y.ExecutionRateRaw = v, c
				p.markAt(path, leaf, pos)
				continue
			}
			v, err := p.thousandYen(c)
			if err != nil {
				p.errorAt(pos, rl, ErrSyntax, "%d: %v", y.Year, err)
				continue
			}
			*yearField(y, rl) = v
			p.markAt(path, leaf, pos)
		}
	}
	for k, br := range label.BudgetRows {
		if !seen[k] {
			p.errorAt(f.pos, br.L, ErrMissing, "row not found in 予算額執行額表")
		}
	}
}

func yearField(y *budget.Year, l label.Label) **int64 {
	switch l {
	case label.RowRequest:
		return &y.Request
	case label.RowInitial:
		return &y.Initial
	case label.RowSupplementary:
		return &y.Supplementary
	case label.RowCarriedOver:
		return &y.CarriedOver
	case label.RowReserve:
		return &y.Reserve
	case label.RowTotal:
		return &y.Total
	}
	return &y.Executed
}

// accountHeaderLine and itemHeaderLine are the header rows of the
// 予算内訳表 as printed.
var (
	accountHeaderLine = strings.Join(label.AccountHeader, " ")
	itemHeaderLine    = strings.Join(label.ItemHeader, " ")
)

// parseBreakdown reads the 予算内訳表: one or more account blocks, each a
// 会計区分 header with its account row, then the 予算種別/歳出予算項目
// header and its items. An item is its 予算種別 line, the 歳出予算項目
// (wrapped, or "--") and a last line ending in 備考, 予算額, 翌年度要求額.
func (p *parser) parseBreakdown(f *field, b *budget.Budget) {
	lines := p.skipUnit(f)
	accHead, itemHead := accountHeaderLine, itemHeaderLine
	const (
		stNone = iota
		stAccounts
		stItems
	)
	st := stNone
	var item *budget.Item   // the item being read: nil, or &itemBuf
	var itemBuf budget.Item // finishItem copies it into b.Items
	var itemStart sheettext.Pos
	var itemBuf2 lineBuf // the lines of an item are joined, not kept
	itemLines := itemBuf2[:0]
	prevStart := sheettext.Pos(-1) // the item just read, until the next line
	finishItem := func(last sheettext.Line) {
		// last holds "<備考> <予算額> <翌年度要求額>", possibly after item text
		var toksBuf [16]string
		toks := sheettext.AppendFields(toksBuf[:0], last.Text)
		if len(toks) == 3 && toks[0] == "---" && len(itemLines) == 0 {
			// "--" (no 歳出予算項目) glued to the 備考 "--" by pdftotext's
			// de-hyphenation (tablerows.go); read otherwise, the item
			// would have no 歳出予算項目 at all
			toks = linerules.AppendSplitTriple(toksBuf[4:4], toks)
		}
		n := len(toks)
		idx := len(b.Items)
		amount, err1 := p.thousandYen(toks[n-2])
		next, err2 := p.thousandYen(toks[n-1])
		if err1 != nil {
			p.errorAt(last.Pos, "予算額", ErrSyntax, "%v", err1)
		}
		if err2 != nil {
			p.errorAt(last.Pos, "翌年度要求額", ErrSyntax, "%v", err2)
		}
		item.Amount, item.NextRequest = amount, next
		item.Note = p.optText(toks[n-3])
		text := itemLines
		if n > 3 {
			text = append(text, sheettext.Line{Pos: last.Pos, Text: p.text.Join(toks[:n-3], " ")})
		}
		if len(text) == 0 {
			p.errorAt(last.Pos, "予算種別/歳出予算項目", ErrMissing, "no 歳出予算項目 (print -- for none)")
		} else if t := p.text.JoinWrapped(text); t != absent {
			item.Item = p.keepString(t)
			item.Path = p.keepSplit(t, " / ")
		}
		path := jp("budget.items", idx)
		p.markAt(path, "", itemStart)
		p.markAt(path, ".amount", last.Pos)
		p.markAt(path, ".next_request", last.Pos)
		if b.Items == nil { // an item takes two lines or more
			b.Items = make([]budget.Item, 0, len(lines)/2)
		}
		b.Items = append(b.Items, *item)
		item, itemLines = nil, itemLines[:0] // the buffer is kept for the next item
		prevStart = itemStart
	}
	for li := 0; li < len(lines); li++ {
		ln := lines[li]
		switch {
		case ln.Text == accHead:
			if item != nil {
				p.errorAt(itemStart, "予算種別/歳出予算項目", ErrLayout, "item has no 予算額 line")
				item = nil
			}
			st = stAccounts
			continue
		case ln.Text == itemHead:
			if st == stNone || len(b.Accounts) == 0 {
				p.errorAt(ln.Pos, label.Breakdown, ErrLayout, "items before any 会計区分 row")
			}
			st = stItems
			continue
		}
		switch st {
		case stNone:
			p.errorAt(ln.Pos, label.Breakdown, ErrLayout, "unexpected text %q before the 会計区分 header", ln.Text)
		case stAccounts:
			var cellsBuf [16]string
			cells := sheettext.AppendFields(cellsBuf[:0], ln.Text)
			// lines of "--" and amounts continue a short row (a row
			// printed a paragraph per cell: tablerows.go)
			for len(cells) < len(label.AccountHeader) && li+1 < len(lines) {
				more, ok := linerules.FigureCells(cells, lines[li+1].Text)
				if !ok || len(more) > len(label.AccountHeader) {
					break
				}
				cells = more
				li++
			}
			if len(cells) < 4 {
				p.errorAt(ln.Pos, "会計区分", ErrLayout, "account row %q has %d cells, want 5", ln.Text, len(cells))
				continue
			}
			if !budget.IsCategory(cells[0]) && cells[0] != absent { // a line out of place, not an account
				p.errorAt(ln.Pos, "会計区分", ErrSyntax, "%q is not a 会計区分 (一般会計, 特別会計, --): row %q", cells[0], ln.Text)
				continue
			}
			demand, err := p.thousandYen(cells[3])
			if err != nil {
				p.errorAt(ln.Pos, "要望額", ErrSyntax, "%v", err)
			}
			p.markAt(jp("budget.accounts", len(b.Accounts)), "", ln.Pos)
			if b.Accounts == nil { // the table's lines after this one: one account or more
				b.Accounts = make([]budget.Account, 0, min(len(lines)-li, 4))
			}
			b.Accounts = append(b.Accounts, budget.Account{
				Category: cells[0], Name: cells[1], Sub: p.optText(cells[2]), Demand: demand,
				Note: p.optText(p.text.Join(cells[4:], " ")),
			})
		case stItems:
			if item == nil {
				t, ok := linerules.ItemType(ln.Text)
				if !ok && prevStart >= 0 { // (pdftotext printed part of an item's first line after its cells)
					p.errorAt(prevStart, "予算種別/歳出予算項目", ErrLayout, "text %q after the item's figures: its 歳出予算項目 may be cut", ln.Text)
				}
				prevStart = -1
				if !ok {
					p.errorAt(ln.Pos, "予算種別", ErrSyntax, "%q is not a 予算種別 (当初予算, 補正予算, 前年度から繰越し, 予備費等)", ln.Text)
					continue
				}
				itemBuf = budget.Item{Account: len(b.Accounts) - 1, BudgetType: t, Year: p.sheet.FiscalYear}
				item = &itemBuf
				itemStart = ln.Pos
				continue
			}
			if linerules.ItemRowEnd(ln.Text) {
				finishItem(ln)
				continue
			}
			if row, n := linerules.ItemCellParagraphs(lines, li); n > 0 {
				finishItem(row)
				li += n - 1
				continue
			}
			if _, ok := linerules.ItemType(ln.Text); ok {
				// a new item while this one has no 予算額 line: never
				// read the next item's text and figures into this one
				p.errorAt(itemStart, "予算種別/歳出予算項目", ErrLayout, "item has no 予算額 line")
				item, itemLines = nil, itemLines[:0] // the buffer is kept for the next item
				li--
				continue
			}
			itemLines = append(itemLines, ln)
		}
	}
	if item != nil {
		p.errorAt(itemStart, "予算種別/歳出予算項目", ErrLayout, "item has no 予算額 line (truncated table?)")
	}
}
