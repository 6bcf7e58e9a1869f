package reviewsheet

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// The ASCII and full-width variants of these labels (事業終了(予定)年度,
// 予算事業ＩＤ, 事業概要ＵＲＬ) are matched by label.MatchSpelling itself.

// parseHeader reads the title line ("2025年度行政事業レビューシート 内閣府")
// and the project name below it.
func (p *parser) parseHeader(lines []sheettext.Line) {
	s := p.sheet
	if len(lines) == 0 {
		p.errorAt(p.startPos(), label.SheetTitleSuffix, ErrMissing, "no title line before 基本情報")
		return
	}
	title := lines[0]
	y, rest, ministry, ok := linerules.SplitTitle(title.Text)
	if !ok {
		p.errorAt(title.Pos, label.SheetTitleSuffix, ErrSyntax, "title line %q is not \"<year>年度行政事業レビューシート <府省庁>\"", title.Text)
	} else {
		s.FiscalYear = y
		s.Title = rest
		p.mark("fiscal_year", title.Pos)
		// the 府省庁 only from a title line that reads: the text after the
		// first space of another line ("1 / 16", a page header some
		// extractors print first) is no 府省庁
		s.Ministry = sheettext.TrimSpace(ministry)
	}
	if ok && s.Ministry == "" {
		p.errorAt(title.Pos, label.Ministry, ErrMissing, "no 府省庁 on the title line")
	}
	if len(lines) < 2 {
		p.errorAt(title.Pos, "事業名", ErrMissing, "no project name below the title")
		return
	}
	if l, ok := titleAmongName(lines[1:]); ok {
		p.errorAt(l.Pos, "事業名", ErrLayout, "a title line among the project name's lines: the page head printed again, the name not read")
		return
	}
	s.Name = p.text.JoinWrapped(lines[1:])
	p.mark("name", lines[1].Pos)
}

func (p *parser) startPos() sheettext.Pos {
	if len(p.lines) > 0 {
		return p.lines[0].Pos
	}
	return sheettext.NoPos
}

// parseBasic reads the 基本情報 section.
func (p *parser) parseBasic(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, label.BasicSpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, label.SecBasic, ErrLayout, "unexpected text %q before 組織情報", l.Text)
	}
	s := p.sheet
	required := func(l label.Label) (*field, bool) { return p.required(fs, l, 1, lines) }
	p.textFields(fs, lines, []textSpec{
		{label.Responsible, 1, &s.Organization.Responsible}, {label.OtherOrgs, 1, &s.Organization.OtherOrgs},
		{label.Related, 1, &s.Related}, {label.MajorExpense, 1, &s.MajorExpense}, {label.Purpose, 1, &s.Purpose},
		{label.Issues, 1, &s.Issues}, {label.OverviewURL, 1, &s.OverviewURL}, {label.Remarks, 1, &s.Remarks},
	})
	// pdftotext without -layout breaks a cell at an ideographic space and
	// may print the rest after the next label: a 作成責任者 (a name, one
	// line) read as two paragraphs there may begin with the end of
	// 事業所管課室. The text is kept; the warning says so.
	if f := nth(fs, label.Responsible, 1); f != nil && f.found() && p.lostDash() && linerules.ParagraphCount(f.content()) > 1 {
		p.warnAt(f.pos, label.Responsible, "organization.responsible", WarnUnsplitCell,
			"%d paragraphs where one name is expected: the end of 事業所管課室 may be read into 作成責任者 (pdftotext breaks a cell at an ideographic space)", linerules.ParagraphCount(f.content()))
	}

	if fl, ok := required(label.Ministry); ok {
		s.Organization.Ministry = p.oneLine(fl)
	}
	if fl, ok := required(label.Division); ok {
		var buf lineBuf
		v := p.text.JoinWrapped(fl.contentIn(buf[:0]))
		s.Organization.Divisions = p.keepStrings(strings.Count(v, " | ") + 1)
		for d := range strings.SplitSeq(v, " | ") {
			s.Organization.Divisions = append(s.Organization.Divisions, sheettext.TrimSpace(d))
		}
		// the 作成責任者 read as two paragraphs (above): the last 事業所管課室
		// may lack the end read into it
		if f := nth(fs, label.Responsible, 1); f != nil && f.found() && p.lostDash() && linerules.ParagraphCount(f.content()) > 1 {
			p.warnAt(fl.pos, label.Division, "organization.divisions["+strconv.Itoa(len(s.Organization.Divisions)-1)+"]", WarnUnsplitCell,
				"作成責任者 read as %d paragraphs: the end of this 事業所管課室 may be read into 作成責任者 (pdftotext breaks a cell at an ideographic space)", linerules.ParagraphCount(f.content()))
		}
	}
	if fl, ok := required(label.ProjectID); ok {
		id := p.oneLine(fl)
		if !isProjectID(id) {
			// not read: text of other cells joined to it ("0064232025基本情報",
			// pdfminer) is no ID; the error keeps the text
			p.errorAt(fl.pos, label.ProjectID, ErrSyntax, "%q is not a 6-digit 予算事業ID", id)
		} else {
			s.ProjectID = id
			p.mark("project_id", fl.pos)
		}
	}
	if fl, ok := required(label.StartYear); ok && p.joined(fl) != absent { // "--": not known (nil)
		if y, ok := p.yearField(fl); ok {
			s.StartYear = &y
		}
	}
	if fl, ok := required(label.EndYear); ok {
		v := p.oneLine(fl)
		s.EndYearRaw = v
		y, isYear := num.Year(v)
		switch {
		case v == label.NoEndPlanned:
			s.NoEndPlanned = true
		case v == absent: // not known: EndYear stays nil
		case !isYear:
			_, err := num.ParseYear(v)
			p.errorAt(fl.pos, label.EndYear, ErrSyntax, "%v (want a year or 終了予定なし)", err)
		default:
			s.EndYear = &y
		}
	}
	if fl, ok := required(label.ProjectYear); ok {
		if y, ok := p.yearField(fl); ok {
			s.ProjectYear = y
			if s.FiscalYear != 0 && y != s.FiscalYear {
				p.errorAt(fl.pos, label.ProjectYear, ErrConflict, "事業年度 %d disagrees with the title's %d年度", y, s.FiscalYear)
			}
		}
	}
	if fl, ok := required(label.Category); ok {
		s.Category = p.oneLine(fl)
	}
	if fl, ok := required(label.Policies); ok {
		s.Policies = p.parsePolicies(fl)
	}
	if fl, ok := required(label.Overview); ok {
		var buf lineBuf
		lines := fl.contentIn(buf[:0])
		if len(lines) > 0 && p.guardText(lines, label.Overview) {
			lines = nil // not read: the error says why
		}
		paras := p.text.AppendParagraphs(p.keepStrings(sheettext.CountParagraphs(lines)), lines)
		paras = slices.DeleteFunc(paras, func(para string) bool { return para == absent })
		if len(paras) > 0 { // nil without one, as before
			s.Overview = paras
		}
	}
	if fl, ok := required(label.Laws); ok {
		s.Laws = p.parseLaws(fl)
	}
	if fl, ok := required(label.Plans); ok {
		s.Plans = p.parsePlans(fl)
	}
	if fl, ok := required(label.Methods); ok {
		var buf lineBuf
		v := p.text.JoinWrapped(fl.contentIn(buf[:0]))
		for m := range strings.SplitSeq(v, " | ") {
			if m = sheettext.TrimSpace(m); m != "" && m != absent {
				if p.lostDash() && strings.HasPrefix(m, "-") { // a "--" cell glued by pdftotext's de-hyphenation
					p.errorAt(fl.pos, label.Methods, ErrLayout, "%q: a -- cell glued to the method: not read", m)
					continue
				}
				if s.Methods == nil { // nil without one, as before
					s.Methods = p.keepStrings(strings.Count(v, " | ") + 1)
				}
				s.Methods = append(s.Methods, m)
			}
		}
	}
	if fl, ok := required(label.Subsidies); ok {
		s.Subsidies = p.parseSubsidies(fl)
	}
}

// yearField reads a field holding a year; ErrSyntax otherwise.
func (p *parser) yearField(f *field) (int, bool) {
	y, err := num.ParseYear(p.oneLine(f))
	if err != nil {
		p.errorAt(f.pos, f.spec.L, ErrSyntax, "%v", err)
		return 0, false
	}
	return y, true
}

// endOf is the position used for a label missing from a section.
func (p *parser) endOf(lines []sheettext.Line) sheettext.Pos {
	if len(lines) > 0 {
		return lines[len(lines)-1].Pos
	}
	return p.endPos()
}

// oneLine is the field's text with wrapped lines joined; an empty value
// is ErrMissing (the sheet prints -- for an empty cell).
func (p *parser) oneLine(f *field) string {
	v := p.joined(f)
	if v == "" {
		p.errorAt(f.pos, f.spec.L, ErrMissing, "no value (an empty cell is printed as --)")
	}
	return v
}

// joined is the field's text with wrapped lines joined, trimmed.
func (p *parser) joined(f *field) string {
	var buf lineBuf
	return sheettext.TrimSpace(p.text.JoinWrapped(f.contentIn(buf[:0])))
}

// isProjectID reports a 予算事業ID as printed: six ASCII digits.
func isProjectID(s string) bool { return len(s) == 6 && linerules.IsDigits(s) }
