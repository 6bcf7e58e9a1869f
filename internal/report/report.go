package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// DefaultTopRecipients is how many recipients of each block the flow
// diagram draws when Options.TopRecipients is 0.
const DefaultTopRecipients = 5

// Options tune the page.
type Options struct {
	// Findings are listed in the findings table, usually
	// audit.Check(sheet). Nil shows "no findings".
	Findings []audit.Finding
	// TopRecipients is how many recipients of each block the flow draws
	// (the rest are summed as その他); 0 means DefaultTopRecipients.
	TopRecipients int
	// Source names the input in the page footer (e.g. the file name);
	// "" uses the sheet's Source name when it has one.
	Source string
	// Lang is the language of the finding messages: LangJapanese (the
	// default, "") or LangEnglish (see messages.go).
	Lang string
}

//go:embed page.html.tmpl
var pageText string

var page = template.Must(template.New("page").Parse(pageText))

// Write renders sheet as one self-contained HTML page.
func Write(w io.Writer, sheet *reviewsheet.Sheet, opt Options) error {
	if sheet == nil {
		return fmt.Errorf("report: nil sheet")
	}
	var buf bytes.Buffer
	if err := page.Execute(&buf, newView(sheet, opt)); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// view is what the template sees.
type view struct {
	Title    string
	Facts    []fact
	Purpose  string
	Overview []string

	BudgetSVG  template.HTML
	BudgetRows []budgetRow

	HasSpending bool
	FlowSVG     template.HTML
	FlowNote    string
	Blocks      []blockRow

	OutcomeSVG template.HTML
	Indicators []indicatorRow

	Findings []findingRow
	Counts   string
	Lang     string

	// Coverage notes what the input could not provide (RS tables the set
	// lacked), shown at the top; FlowMissing and OutcomeMissing replace
	// "no data" in their sections when that is why they are empty.
	Coverage       []string
	FlowMissing    string
	OutcomeMissing string
	TOC            []tocEntry

	Contracts     []contractRow
	ContractStats string

	Source string
}

type fact struct{ Label, Value string }

// tocEntry is one line of the table of contents.
type tocEntry struct{ ID, Label string }

type budgetRow struct {
	Year                                                      int
	Request, Initial, Supp, Carried, Reserve, Total, Executed string
	Rate                                                      string
	Mark                                                      rowMark
}

type blockRow struct {
	Block, Name, Parent, Total, Count, Role string
	Mark                                    rowMark
}

type indicatorRow struct {
	Node, Kind, Name, Unit string
	Year                   string
	Target, Actual, Rate   string
	Class                  string
	Mark                   rowMark // ID only on a node's first row
}

type findingRow struct {
	N                                        int
	ID, Href                                 string // its anchor, and the row it concerns
	Severity, SeverityLabel, Code, Path      string
	Stated, Recomputed, Message, Detail, Pos string
	Class                                    string
}

type contractRow struct {
	Block, Recipient, CorporateNumber   string
	Name, Method, Amount, Bidders, Rate string
	Reason                              string
	Class                               string
	Flags                               string
	Mark                                rowMark
}

func newView(s *reviewsheet.Sheet, opt Options) *view {
	v := &view{Title: s.Name}
	if v.Title == "" {
		v.Title = "行政事業レビューシート " + s.ProjectID
	}
	v.Source = opt.Source
	if v.Source == "" && s.Source != nil {
		v.Source = s.Source.Name
	}
	v.Lang = opt.Lang
	if v.Lang == "" {
		v.Lang = LangJapanese
	}
	m := v.findings(s, opt.Findings)
	v.facts(s)
	v.coverage(s)
	v.budget(s, m)
	v.spending(s, opt, m)
	v.outcome(s.Outcome, m)
	v.toc()
	return v
}

// toc lists the sections of the page with their counts.
func (v *view) toc() {
	v.TOC = []tocEntry{
		{"facts", "基本情報"},
		{"budget", "予算・執行"},
		{"flow", "資金の流れ"},
		{"outcome", "効果発現経路"},
		{"findings", fmt.Sprintf("検算結果（%d件）", len(v.Findings))},
		{"contracts", fmt.Sprintf("契約（%d件）", len(v.Contracts))},
	}
}

// coverage notes the RS tables the sheet's set lacked (see
// rscsv coverage): the sections they feed are empty because they were
// not read, which the page says instead of "no data".
func (v *view) coverage(s *reviewsheet.Sheet) {
	if s.Registry == nil || len(s.Registry.MissingTables) == 0 {
		return
	}
	v.Coverage = append(v.Coverage, "入力のRS CSVに次の表がありません: "+strings.Join(s.Registry.MissingTables, "、")+"。その表の内容はこのページに表示されません。")
	if s.Registry.Lacks("5-1") {
		v.FlowMissing = "入力のRS CSVに表 5-1（支出情報）がないため、支出先・契約・ブロックの金額は表示できません（支出先がないという意味ではありません）。"
	}
	if s.Registry.Lacks("3-1") {
		v.OutcomeMissing = "入力のRS CSVに表 3-1（目標・実績）がないため、指標の目標値・実績は表示できません。"
	}
}

func (v *view) facts(s *reviewsheet.Sheet) {
	add := func(label, value string) {
		if value != "" {
			v.Facts = append(v.Facts, fact{label, value})
		}
	}
	add("予算事業ID", s.ProjectID)
	add("事業名", s.Name)
	ministry := s.Organization.Ministry
	if ministry == "" {
		ministry = s.Ministry
	}
	add("府省庁", ministry)
	add("事業所管課室", strings.Join(s.Organization.Divisions, " / "))
	add("作成責任者", optStrEmpty(s.Organization.Responsible))
	if s.FiscalYear != 0 {
		add("シート年度", strconv.Itoa(s.FiscalYear)+"年度")
	}
	add("事業区分", s.Category)
	period := ""
	if s.StartYear != nil {
		period = strconv.Itoa(*s.StartYear) + "年度 〜 "
	}
	switch {
	case s.EndYear != nil:
		period += strconv.Itoa(*s.EndYear) + "年度"
	case s.EndYearRaw != "":
		period += s.EndYearRaw
	}
	add("事業期間", period)
	add("実施方法", strings.Join(s.Methods, "、"))
	add("主要経費", optStrEmpty(s.MajorExpense))
	v.Purpose = optStrEmpty(s.Purpose)
	for _, o := range s.Overview {
		v.Overview = append(v.Overview, strings.TrimPrefix(strings.TrimSpace(o), "・"))
	}
}

func optStrEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func (v *view) budget(s *reviewsheet.Sheet, m marks) {
	v.BudgetSVG = template.HTML(budgetSVG(&s.Budget))
	for _, y := range s.Budget.Years {
		rate, _ := executionRate(y)
		if rate == "" {
			rate = dash
		}
		v.BudgetRows = append(v.BudgetRows, budgetRow{
			Year: y.Year, Request: senNumber(y.Request), Initial: senNumber(y.Initial),
			Supp: senNumber(y.Supplementary), Carried: senNumber(y.CarriedOver),
			Reserve: senNumber(y.Reserve), Total: senNumber(y.Total), Executed: senNumber(y.Executed),
			Rate: rate, Mark: m.mark(fmt.Sprintf("budget-year-%d", y.Year)),
		})
	}
}

func (v *view) spending(s *reviewsheet.Sheet, opt Options, m marks) {
	sp := s.Spending
	if sp == nil {
		return
	}
	v.HasSpending = true
	top := opt.TopRecipients
	if top <= 0 {
		top = DefaultTopRecipients
	}
	v.FlowSVG = template.HTML(flowSVG(sp, s.Ministry, top))
	v.FlowNote = fmt.Sprintf("各ブロックの上位%d者を表示し、残りは「その他」にまとめています。帯の太さは金額に比例します。", top)
	for bi, b := range sp.Blocks {
		parent := b.Parent
		if parent == "" {
			parent = "担当組織"
		}
		v.Blocks = append(v.Blocks, blockRow{
			Block: b.Block, Name: b.Name, Parent: parent, Total: senNumber(b.Total),
			Count: optInt(b.RecipientCount), Role: optStr(b.Role), Mark: m.mark(fmt.Sprintf("block-%d", bi)),
		})
	}
	var competitive, one, undisclosed int
	for ri, r := range sp.Recipients {
		corp := optStr(r.CorporateNumber)
		for ci, c := range r.Contracts {
			row := contractRow{
				Block: r.Block, Recipient: r.Name, CorporateNumber: corp,
				Name: c.Name, Method: string(c.Method), Amount: senNumber(c.Amount),
				Bidders: optInt(c.Bidders), Rate: optPct(c.WinningBidRate), Reason: optStr(c.Reason),
			}
			var classes, flags []string
			if c.Method.Competitive() {
				competitive++
				if c.Bidders != nil && *c.Bidders == 1 {
					one++
					classes = append(classes, "one-bidder")
					flags = append(flags, "一者応札")
				}
				if c.WinningBidRate == nil {
					undisclosed++
					classes = append(classes, "undisclosed")
					flags = append(flags, "落札率非公開")
				}
			}
			row.Mark = m.mark(fmt.Sprintf("contract-%d-%d", ri, ci))
			classes = append(classes, row.Mark.Class)
			row.Class = joinClass(classes...)
			row.Flags = strings.Join(flags, "・")
			v.Contracts = append(v.Contracts, row)
		}
	}
	v.ContractStats = fmt.Sprintf("契約 %d件（競争契約 %d件、うち一者応札 %d件、落札率非公開 %d件）", len(v.Contracts), competitive, one, undisclosed)
}

func (v *view) outcome(g *outcome.Graph, m marks) {
	if g == nil {
		return
	}
	v.OutcomeSVG = template.HTML(outcomeSVG(g))
	for _, n := range g.Nodes {
		if n.Indicator == nil {
			continue
		}
		for vi, val := range n.Indicator.Values {
			year := strconv.Itoa(val.Year)
			if val.IsTargetYear {
				year += "（目標年度）"
			}
			row := indicatorRow{
				Node: strconv.Itoa(n.ID), Kind: n.Kind.Label(), Name: n.Indicator.Name, Unit: n.Indicator.Unit,
				Year: year, Target: rawOr(val.TargetRaw, val.Target), Actual: rawOr(val.ActualRaw, val.Actual),
				Rate: optPct(val.AchievementRate),
			}
			if val.AchievementRate != nil {
				if *val.AchievementRate >= 100 {
					row.Class = "achieved"
				} else {
					row.Class = "not-achieved"
				}
			}
			if vi == 0 {
				row.Mark = m.mark(fmt.Sprintf("indicator-%d", n.ID))
				row.Class = joinClass(row.Class, row.Mark.Class)
			}
			v.Indicators = append(v.Indicators, row)
		}
	}
}

// findings builds the findings table and returns the marks of the rows
// they concern (see links.go).
func (v *view) findings(s *reviewsheet.Sheet, fs []audit.Finding) marks {
	m := marks{}
	count := map[audit.Severity]int{}
	for i, f := range fs {
		count[f.Severity]++
		pos := dash
		switch {
		case f.Line > 0 && f.Page > 0:
			pos = fmt.Sprintf("p%d:L%d", f.Page, f.Line)
		case f.Line > 0:
			pos = strconv.Itoa(f.Line)
		}
		msg, detail := findingText(f, v.Lang)
		row := findingRow{
			N: i + 1, ID: fmt.Sprintf("finding-%d", i+1), Href: anchorOf(s, f.Path),
			Severity: string(f.Severity), SeverityLabel: severityText(f.Severity, v.Lang),
			Code: string(f.Code), Path: f.Path, Pos: pos,
			Stated: orDash(f.Stated), Recomputed: orDash(f.Recomputed), Message: msg, Detail: detail,
			Class: "sev-" + string(f.Severity),
		}
		m.add(row.Href, ref{ID: row.ID, N: row.N, Class: row.Class})
		v.Findings = append(v.Findings, row)
	}
	v.Counts = fmt.Sprintf("誤り（error）%d件、注意（warning）%d件、参考（info）%d件",
		count[audit.SeverityError], count[audit.SeverityWarning], count[audit.SeverityInfo])
	return m
}

func orDash(s string) string {
	if s == "" {
		return dash
	}
	return s
}
