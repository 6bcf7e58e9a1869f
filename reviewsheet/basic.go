package reviewsheet

import (
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
)

// Labels of the 基本情報 section, in sheet order.
const (
	lbOrgGroup         label = "組織情報"
	lbMinistry         label = "府省庁"
	lbDivision         label = "事業所管課室"
	lbResponsible      label = "作成責任者"
	lbOtherOrgs        label = "その他担当組織"
	lbBasicRow         label = "基本情報"
	lbProjectID        label = "予算事業ID"
	lbStartYear        label = "事業開始年度"
	lbEndYear          label = "事業終了（予定）年度"
	lbProjectYear      label = "事業年度"
	lbCategory         label = "事業区分"
	lbPolicies         label = "政策・施策"
	lbRelated          label = "関連事業"
	lbMajorExpense     label = "主要経費"
	lbPurposeGroup     label = "概要・目的"
	lbPurpose          label = "事業の目的"
	lbIssues           label = "現状・課題"
	lbOverview         label = "事業の概要"
	lbOverviewURL      label = "事業概要URL"
	lbLaws             label = "根拠法令"
	lbPlans            label = "関係する計画・通知等"
	lbMethods          label = "実施方法"
	lbSubsidies        label = "補助率等"
	lbRemarks          label = "備考"
	lbNoEndPlanned           = "終了予定なし"
	lbSheetTitleSuffix       = "行政事業レビューシート"
)

// The ASCII and full-width variants of these labels (事業終了(予定)年度,
// 予算事業ＩＤ, 事業概要ＵＲＬ) are matched by matchSpelling itself.

var basicSpecs = newFieldSet([]fieldSpec{
	{l: lbOrgGroup}, {l: lbMinistry, inline: true}, {l: lbDivision}, {l: lbResponsible}, {l: lbOtherOrgs},
	{l: lbBasicRow}, {l: lbProjectID, inline: true}, {l: lbStartYear, inline: true}, {l: lbEndYear, inline: true},
	{l: lbProjectYear}, {l: lbCategory, inline: true},
	{l: lbPolicies}, {l: lbRelated}, {l: lbMajorExpense, inline: true},
	{l: lbPurposeGroup}, {l: lbPurpose, inline: true}, {l: lbIssues}, {l: lbOverview}, {l: lbOverviewURL},
	{l: lbLaws}, {l: lbPlans}, {l: lbMethods}, {l: lbSubsidies}, {l: lbRemarks},
})

// Column headers of the tables of 基本情報.
var (
	policyHeader  = []string{"政策所管", "政策", "施策", "政策体系・評価書URL"}
	lawHeader     = []string{"法令名", "法令番号", "条", "項", "号・号の細分"}
	planHeader    = []string{"計画・通知名", "計画・通知等URL"}
	subsidyHeader = []string{"補助対象", "補助率", "補助上限等", "補助率URL"}
)

// parseHeader reads the title line ("2025年度行政事業レビューシート 内閣府")
// and the project name below it.
func (p *parser) parseHeader(lines []sheettext.Line) {
	s := p.sheet
	if len(lines) == 0 {
		p.errorAt(p.startPos(), lbSheetTitleSuffix, ErrMissing, "no title line before 基本情報")
		return
	}
	title := lines[0]
	y, rest, ministry, ok := splitTitle(title.Text)
	if !ok {
		p.errorAt(title.Pos, lbSheetTitleSuffix, ErrSyntax, "title line %q is not \"<year>年度行政事業レビューシート <府省庁>\"", title.Text)
	} else {
		s.FiscalYear = y
		s.Title = rest
		p.mark("fiscal_year", title.Pos)
	}
	s.Ministry = sheettext.TrimSpace(ministry)
	if s.Ministry == "" {
		p.errorAt(title.Pos, lbMinistry, ErrMissing, "no 府省庁 on the title line")
	}
	if len(lines) < 2 {
		p.errorAt(title.Pos, "事業名", ErrMissing, "no project name below the title")
		return
	}
	s.Name = sheettext.JoinWrapped(lines[1:])
	p.mark("name", lines[1].Pos)
}

// splitTitle reads a title line "<year>年度行政事業レビューシート <府省庁>"
// into its year, title ("行政事業レビューシート") and 府省庁. A font change
// may print a space before 年度 ("2025 年度…"): the words are joined first.
func splitTitle(text string) (year int, title, ministry string, ok bool) {
	head, ministry, _ := strings.Cut(joinWords(text), " ")
	yearText, rest, found := strings.Cut(head, "年度")
	y, err := num.ParseYear(yearText)
	if !found || err != nil || !strings.HasSuffix(rest, lbSheetTitleSuffix) {
		return 0, "", ministry, false
	}
	return y, rest, ministry, true
}

func (p *parser) startPos() sheettext.Pos {
	if len(p.lines) > 0 {
		return p.lines[0].Pos
	}
	return sheettext.NoPos
}

// paragraphCount is the number of paragraphs of lines: one, and one
// more after each blank line.
func paragraphCount(lines []sheettext.Line) int {
	n := 0
	for i, l := range lines {
		if i == 0 || l.Break {
			n++
		}
	}
	return n
}

// parseBasic reads the 基本情報 section.
func (p *parser) parseBasic(lines []sheettext.Line) {
	fs, lead := p.readFields(lines, basicSpecs)
	for _, l := range lead {
		p.errorAt(l.Pos, secBasic, ErrLayout, "unexpected text %q before 組織情報", l.Text)
	}
	s := p.sheet
	required := func(l label) (*field, bool) { return p.required(fs, l, 1, lines) }
	p.textFields(fs, lines, []textSpec{
		{lbResponsible, 1, &s.Organization.Responsible}, {lbOtherOrgs, 1, &s.Organization.OtherOrgs},
		{lbRelated, 1, &s.Related}, {lbMajorExpense, 1, &s.MajorExpense}, {lbPurpose, 1, &s.Purpose},
		{lbIssues, 1, &s.Issues}, {lbOverviewURL, 1, &s.OverviewURL}, {lbRemarks, 1, &s.Remarks},
	})
	// pdftotext without -layout breaks a cell at an ideographic space and
	// may print the rest after the next label: a 作成責任者 (a name, one
	// line) read as two paragraphs there may begin with the end of
	// 事業所管課室. The text is kept; the warning says so.
	if f := nth(fs, lbResponsible, 1); f != nil && f.found() && p.lostDash() && paragraphCount(f.content()) > 1 {
		p.warnAt(f.pos, lbResponsible, "organization.responsible", WarnUnsplitCell,
			"%d paragraphs where one name is expected: the end of 事業所管課室 may be read into 作成責任者 (pdftotext breaks a cell at an ideographic space)", paragraphCount(f.content()))
	}

	if fl, ok := required(lbMinistry); ok {
		s.Organization.Ministry = p.oneLine(fl)
	}
	if fl, ok := required(lbDivision); ok {
		for _, d := range strings.Split(sheettext.JoinWrapped(fl.content()), " | ") {
			s.Organization.Divisions = append(s.Organization.Divisions, sheettext.TrimSpace(d))
		}
	}
	if fl, ok := required(lbProjectID); ok {
		id := p.oneLine(fl)
		if !isProjectID(id) {
			p.errorAt(fl.pos, lbProjectID, ErrSyntax, "%q is not a 6-digit 予算事業ID", id)
		}
		s.ProjectID = id
		p.mark("project_id", fl.pos)
	}
	if fl, ok := required(lbStartYear); ok && sheettext.TrimSpace(sheettext.JoinWrapped(fl.content())) != absent { // "--": not known (nil)
		if y, ok := p.yearField(fl); ok {
			s.StartYear = &y
		}
	}
	if fl, ok := required(lbEndYear); ok {
		v := p.oneLine(fl)
		s.EndYearRaw = v
		switch y, err := num.ParseYear(v); {
		case v == lbNoEndPlanned:
			s.NoEndPlanned = true
		case v == absent: // not known: EndYear stays nil
		case err != nil:
			p.errorAt(fl.pos, lbEndYear, ErrSyntax, "%v (want a year or 終了予定なし)", err)
		default:
			s.EndYear = &y
		}
	}
	if fl, ok := required(lbProjectYear); ok {
		if y, ok := p.yearField(fl); ok {
			s.ProjectYear = y
			if s.FiscalYear != 0 && y != s.FiscalYear {
				p.errorAt(fl.pos, lbProjectYear, ErrConflict, "事業年度 %d disagrees with the title's %d年度", y, s.FiscalYear)
			}
		}
	}
	if fl, ok := required(lbCategory); ok {
		s.Category = p.oneLine(fl)
	}
	if fl, ok := required(lbPolicies); ok {
		s.Policies = p.parsePolicies(fl)
	}
	if fl, ok := required(lbOverview); ok {
		for _, para := range sheettext.Paragraphs(fl.content()) {
			if para != absent {
				s.Overview = append(s.Overview, para)
			}
		}
	}
	if fl, ok := required(lbLaws); ok {
		s.Laws = p.parseLaws(fl)
	}
	if fl, ok := required(lbPlans); ok {
		s.Plans = p.parsePlans(fl)
	}
	if fl, ok := required(lbMethods); ok {
		for _, m := range strings.Split(sheettext.JoinWrapped(fl.content()), " | ") {
			if m = sheettext.TrimSpace(m); m != "" && m != absent {
				s.Methods = append(s.Methods, m)
			}
		}
	}
	if fl, ok := required(lbSubsidies); ok {
		s.Subsidies = p.parseSubsidies(fl)
	}
}

// yearField reads a field holding a year; ErrSyntax otherwise.
func (p *parser) yearField(f *field) (int, bool) {
	y, err := num.ParseYear(p.oneLine(f))
	if err != nil {
		p.errorAt(f.pos, f.spec.l, ErrSyntax, "%v", err)
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
	v := sheettext.TrimSpace(sheettext.JoinWrapped(f.content()))
	if v == "" {
		p.errorAt(f.pos, f.spec.l, ErrMissing, "no value (an empty cell is printed as --)")
	}
	return v
}

func isProjectID(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
