package rsmap

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Tables 1-1 … 1-5 (基本情報), 4-1 (点検・評価) and 6-1 (その他備考): the
// sheet's narrative sections.

// sheetTitle is the title the sheet prints for the シート種別 the CSV
// writes ("レビューシート").
func sheetTitle(kind string) string {
	if kind == "レビューシート" {
		return "行政事業レビューシート"
	}
	return kind
}

// basicHeader fills the title, 事業名 and 府省庁 from the first row of the
// sheet in table order (every table repeats them).
func (b *builder) basicHeader() {
	for _, sp := range specs {
		rs := b.rows(sp.ID)
		if len(rs) == 0 {
			continue
		}
		r := rs[0]
		b.sh.Title = sheetTitle(r.Get(colSheetKind))
		b.sh.Name = r.Get(colName)
		b.sh.Ministry = firstNonEmpty(r.Get(colOwner11), r.Get(colOwner), r.Get(colMinistry))
		b.sh.Organization.Ministry = r.Get(colMinistry)
		b.sh.Organization.Divisions = nonEmpty(r.Get(colMinistry), r.Get(colBureau), r.Get(colDept),
			r.Get(colDivision), r.Get(colOffice), r.Get(colTeam), r.Get(colSection))
		order := colOrder
		if sp.ID == "1-1" {
			order = colOrder11
		}
		b.registry().MinistryOrder = b.int(r, order)
		return
	}
}

// registry returns the sheet's Registry, made on first use.
func (b *builder) registry() *reviewsheet.Registry {
	if b.sh.Registry == nil {
		b.sh.Registry = &reviewsheet.Registry{}
	}
	return b.sh.Registry
}

// organization reads 1-1: 作成責任者 and その他担当組織 (one row each).
func (b *builder) organization() {
	var resp, others []string
	for _, r := range b.rows("1-1") {
		if v := strings.TrimSpace(r.Get(c11Resp)); v != "" && !contains(resp, v) {
			resp = append(resp, v)
		}
		parts := nonEmpty(r.Get(colMinistry+c11OtherSufx), r.Get(colBureau+c11OtherSufx), r.Get(colDept+c11OtherSufx),
			r.Get(colDivision+c11OtherSufx), r.Get(colOffice+c11OtherSufx), r.Get(colTeam+c11OtherSufx),
			r.Get(colSection+c11OtherSufx))
		if len(parts) > 0 {
			if o := strings.Join(parts, " | "); !contains(others, o) {
				others = append(others, o)
			}
		}
	}
	b.sh.Organization.Responsible = joinOpt(resp, "、")
	b.sh.Organization.OtherOrgs = joinOpt(others, "\n")
}

// overview reads 1-2. A project has several rows when it lists several
// 主要経費; the other columns repeat.
func (b *builder) overview() {
	rs := b.rows("1-2")
	if len(rs) == 0 {
		return
	}
	r := rs[0]
	sh := b.sh
	sh.Purpose = b.text(r, c12Purpose)
	sh.Issues = b.text(r, c12Issues)
	sh.Overview = lines(r.Get(c12Overview))
	sh.OverviewURL = b.text(r, c12URL)
	sh.Category = r.Get(c12Category)
	sh.Remarks = b.text(r, c12Remarks)
	if old, order := b.text(r, c12OldNo), b.text(r, c12ListOrder); old != nil || order != nil {
		reg := b.registry()
		reg.OldProjectNumber, reg.ListOrder = old, order
	}
	if !b.bool(r, c12StartUnk) {
		sh.StartYear = b.int(r, c12Start)
	}
	sh.NoEndPlanned = b.bool(r, c12NoEnd)
	sh.EndYearRaw = strings.TrimSpace(r.Get(c12End))
	if sh.EndYearRaw != "" {
		sh.EndYear = b.int(r, c12End)
	} else if sh.NoEndPlanned {
		sh.EndYearRaw = "終了予定なし"
	}
	var major []string
	for _, r := range rs {
		if v := strings.TrimSpace(r.Get(c12Major)); v != "" && !contains(major, v) {
			major = append(major, v)
		}
	}
	sh.MajorExpense = joinOpt(major, "、")
	for _, name := range r.Columns() {
		if m, ok := strings.CutPrefix(name, c12MethodPfx); ok && b.bool(r, name) {
			sh.Methods = append(sh.Methods, m)
		}
	}
}

// numbered collects the rows of one list of a table that zips several
// lists side by side (1-3): each list has its own 番号 column; a row
// belongs to the list when the number or any listed column is set.
// Entries are ordered by number, then file order; repeats of a number are
// dropped.
func numbered(rs []Row, noCol string, cols ...string) []Row {
	type ent struct {
		no int
		i  int
		r  Row
	}
	var es []ent
	seen := map[string]bool{}
	for i, r := range rs {
		no := strings.TrimSpace(r.Get(noCol))
		set := no != ""
		for _, c := range cols {
			if strings.TrimSpace(r.Get(c)) != "" {
				set = true
			}
		}
		if !set || (no != "" && seen[no]) {
			continue
		}
		seen[no] = no != ""
		n, err := strconv.Atoi(no)
		if err != nil {
			n = 1 << 30
		}
		es = append(es, ent{n, i, r})
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].no < es[j].no })
	out := make([]Row, len(es))
	for i, e := range es {
		out[i] = e.r
	}
	return out
}

// policies reads 1-3: 政策・施策, 根拠法令 and 関係する計画・通知等.
func (b *builder) policies() {
	rs := b.rows("1-3")
	for _, r := range numbered(rs, c13PolicyNo, c13PolOwner, c13Policy, c13Measure, c13PolURL) {
		b.sh.Policies = append(b.sh.Policies, reviewsheet.Policy{
			Owner: r.Get(c13PolOwner), Policy: b.text(r, c13Policy), Measure: b.text(r, c13Measure), URL: b.text(r, c13PolURL)})
	}
	for _, r := range numbered(rs, c13LawNo, c13LawName, c13LawNumber, c13LawID, c13Article, c13Paragraph, c13Item) {
		b.sh.Laws = append(b.sh.Laws, reviewsheet.Law{
			Name: r.Get(c13LawName), Number: b.text(r, c13LawNumber), Article: b.text(r, c13Article),
			Paragraph: b.text(r, c13Paragraph), Item: b.text(r, c13Item), ID: b.text(r, c13LawID)})
	}
	for _, r := range numbered(rs, c13PlanNo, c13PlanName, c13PlanURL) {
		b.sh.Plans = append(b.sh.Plans, reviewsheet.Plan{Name: r.Get(c13PlanName), URL: b.text(r, c13PlanURL)})
	}
}

// subsidies reads 1-4. 補助率 loses the leading apostrophe ("'2/3").
func (b *builder) subsidies() {
	for _, r := range numbered(b.rows("1-4"), c14No, c14Target, c14Rate, c14Cap, c14URL) {
		rate := unquote(r.Get(c14Rate))
		b.sh.Subsidies = append(b.sh.Subsidies, reviewsheet.Subsidy{
			Target: r.Get(c14Target), Rate: text(rate), Cap: b.text(r, c14Cap),
			RateLines: lines(rate), CapLines: lines(r.Get(c14Cap)), URL: b.text(r, c14URL)})
	}
}

// related reads 1-5. Related (the sheet's single cell) becomes one line
// per project: "006423 事業名".
func (b *builder) related() {
	var txt []string
	for _, r := range numbered(b.rows("1-5"), c15No, c15ID, c15Name, c15Relation) {
		rp := reviewsheet.RelatedProject{Name: b.text(r, c15Name), Relation: b.text(r, c15Relation)}
		if id := strings.TrimSpace(r.Get(c15ID)); id != "" {
			if n, err := NormalizeID(id); err == nil {
				id = n
			}
			rp.ID = &id
		}
		b.sh.RelatedList = append(b.sh.RelatedList, rp)
		txt = append(txt, strings.Join(nonEmpty(deref(rp.ID), deref(rp.Name)), " "))
	}
	b.sh.Related = joinOpt(txt, "\n")
}

// otherRemarks reads 6-1.
func (b *builder) otherRemarks() {
	for _, r := range b.rows("6-1") {
		if v := b.text(r, c61Remarks); v != nil {
			b.sh.OtherRemarks = v
			return
		}
	}
}

// evaluation reads 4-1 (点検・評価). The narrative columns repeat on every
// row of a project; extra rows carry further 反映額 (特別会計),
// 過去に受けた指摘事項 and その他の指摘事項 entries.
func (b *builder) evaluation() {
	rs := b.rows("4-1")
	if len(rs) == 0 {
		return
	}
	r := rs[0]
	ev := &b.sh.Evaluation
	ev.Result = b.text(r, c41Result)
	ev.Direction = b.text(r, c41Direction)
	ev.TargetYearEval = b.text(r, c41TargetEval)
	ev.External = reviewsheet.External{
		Target:        b.text(r, c41ExtTarget),
		LastYear:      b.text(r, c41ExtLastYear),
		Reason:        b.text(r, c41ExtReason),
		Finding:       b.text(r, c41ExtFinding),
		PublicProcess: b.text(r, c41Public),
	}
	ev.TeamFinding = b.text(r, c41Team)
	ev.TeamDetail = b.text(r, c41TeamDetail)
	ev.Improvement = b.text(r, c41Improve)
	ev.ImprovementDetail = b.text(r, c41ImproveDetail)
	ev.Reflections = []reviewsheet.Reflection{}
	if amt := b.yen(r, c41RefGeneral); amt != nil {
		acct := "一般会計"
		ev.Reflections = append(ev.Reflections, reviewsheet.Reflection{Account: &acct, Amount: amt})
	}
	var other []string
	seen := map[string]bool{}
	for _, r := range rs {
		if acct, sub, amt := b.text(r, c41RefAcct), b.text(r, c41RefSub), b.yen(r, c41RefAmount); acct != nil || sub != nil || amt != nil {
			k := "ref\x00" + deref(acct) + "\x00" + deref(sub) + "\x00" + r.Get(c41RefAmount)
			if !seen[k] {
				seen[k] = true
				ev.Reflections = append(ev.Reflections, reviewsheet.Reflection{Account: acct, Sub: sub, Amount: amt})
			}
		}
		if p := (reviewsheet.Point{Kind: "past", Category: b.text(r, c41PastKind), Year: b.text(r, c41PastYear),
			Content: b.text(r, c41PastContent), Response: b.text(r, c41PastResponse)}); !emptyPoint(p) {
			if k := pointKey(p); !seen[k] {
				seen[k] = true
				ev.Points = append(ev.Points, p)
			}
		}
		if p := (reviewsheet.Point{Kind: "other", Category: b.text(r, c41OtherName), Year: b.text(r, c41OtherYear),
			Content: b.text(r, c41OtherContent), Response: b.text(r, c41OtherResponse)}); !emptyPoint(p) {
			if k := pointKey(p); !seen[k] {
				seen[k] = true
				ev.Points = append(ev.Points, p)
				other = append(other, strings.Join(nonEmpty(deref(p.Category), deref(p.Year), deref(p.Content), deref(p.Response)), " "))
			}
		}
	}
	ev.OtherPoints = joinOpt(other, "\n")
}

func emptyPoint(p reviewsheet.Point) bool {
	return p.Category == nil && p.Year == nil && p.Content == nil && p.Response == nil
}

func pointKey(p reviewsheet.Point) string {
	return strings.Join([]string{p.Kind, deref(p.Category), deref(p.Year), deref(p.Content), deref(p.Response)}, "\x00")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func joinOpt(ss []string, sep string) *string {
	if len(ss) == 0 {
		return nil
	}
	s := strings.Join(ss, sep)
	return &s
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
