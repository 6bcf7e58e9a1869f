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
)

// DefaultTopRecipients is how many recipients of each block the flow
// diagram draws when Options.TopRecipients is 0.
const DefaultTopRecipients = 5

// Options tune the page.
type Options struct {
	// Findings are listed in the findings table, usually
	// reviewsheet.Check(sheet). Nil shows "no findings".
	Findings []reviewsheet.Finding
	// TopRecipients is how many recipients of each block the flow draws
	// (the rest are summed as その他); 0 means DefaultTopRecipients.
	TopRecipients int
	// Source names the input in the page footer (e.g. the file name);
	// "" uses the sheet's Source name when it has one.
	Source string
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

	Contracts     []contractRow
	ContractStats string

	Source string
}

type fact struct{ Label, Value string }

type budgetRow struct {
	Year                                                      int
	Request, Initial, Supp, Carried, Reserve, Total, Executed string
	Rate                                                      string
}

type blockRow struct {
	Block, Name, Parent, Total, Count, Role string
}

type indicatorRow struct {
	Node, Kind, Name, Unit string
	Year                   string
	Target, Actual, Rate   string
	Class                  string
}

type findingRow struct {
	Severity, Code, Path, Stated, Recomputed, Message string
	Line                                              string
	Class                                             string
}

type contractRow struct {
	Block, Recipient, CorporateNumber   string
	Name, Method, Amount, Bidders, Rate string
	Reason                              string
	Class                               string
	Flags                               string
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
	v.facts(s)
	v.budget(s)
	v.spending(s, opt)
	v.outcome(s.Outcome)
	v.findings(opt.Findings)
	return v
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

func (v *view) budget(s *reviewsheet.Sheet) {
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
			Rate: rate,
		})
	}
}

func (v *view) spending(s *reviewsheet.Sheet, opt Options) {
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
	for _, b := range sp.Blocks {
		parent := b.Parent
		if parent == "" {
			parent = "担当組織"
		}
		v.Blocks = append(v.Blocks, blockRow{
			Block: b.Block, Name: b.Name, Parent: parent, Total: senNumber(b.Total),
			Count: optInt(b.RecipientCount), Role: optStr(b.Role),
		})
	}
	var competitive, one, undisclosed int
	for _, r := range sp.Recipients {
		corp := optStr(r.CorporateNumber)
		for _, c := range r.Contracts {
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
			row.Class = strings.Join(classes, " ")
			row.Flags = strings.Join(flags, "・")
			v.Contracts = append(v.Contracts, row)
		}
	}
	v.ContractStats = fmt.Sprintf("契約 %d件（競争契約 %d件、うち一者応札 %d件、落札率非公開 %d件）", len(v.Contracts), competitive, one, undisclosed)
}

func (v *view) outcome(g *outcome.Graph) {
	if g == nil {
		return
	}
	v.OutcomeSVG = template.HTML(outcomeSVG(g))
	for _, n := range g.Nodes {
		if n.Indicator == nil {
			continue
		}
		for _, val := range n.Indicator.Values {
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
			v.Indicators = append(v.Indicators, row)
		}
	}
}

func (v *view) findings(fs []reviewsheet.Finding) {
	count := map[reviewsheet.Severity]int{}
	for _, f := range fs {
		count[f.Severity]++
		line := dash
		if f.Line > 0 {
			line = strconv.Itoa(f.Line)
		}
		v.Findings = append(v.Findings, findingRow{
			Severity: string(f.Severity), Code: f.Code, Path: f.Path, Line: line,
			Stated: orDash(f.Stated), Recomputed: orDash(f.Recomputed), Message: f.Message,
			Class: "sev-" + string(f.Severity),
		})
	}
	v.Counts = fmt.Sprintf("error %d件、warning %d件、info %d件",
		count[reviewsheet.SeverityError], count[reviewsheet.SeverityWarning], count[reviewsheet.SeverityInfo])
}

func orDash(s string) string {
	if s == "" {
		return dash
	}
	return s
}
