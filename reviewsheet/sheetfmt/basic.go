package sheetfmt

import (
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet"
)

// oneCell makes s printable as one cell of a space-separated row: the
// sheet separates cells with a space, so a space inside a cell cannot
// be printed (the RS PDF drops it too: "１２孤独・孤立対策"); line breaks
// go the same way. U+3000 is content and stays ("岐阜県　ほか"), one of a
// run (the parser reads a run of spaces as a cell boundary). An empty
// cell is "--".
func oneCell(s string) string {
	if s == "" {
		return absent
	}
	if !strings.ContainsAny(s, " \t\n\r") && !strings.Contains(s, "\u3000\u3000") {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r == '\u3000' && prev == '\u3000') {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	if b.Len() == 0 {
		return absent
	}
	return b.String()
}

func oneCellp(s *string) string {
	if s == nil {
		return absent
	}
	return oneCell(*s)
}

func year(v *int) string {
	if v == nil {
		return absent
	}
	return strconv.Itoa(*v)
}

// textLines wraps a free-text cell, "--" when absent.
func textLines(s *string, width int) []string {
	if s == nil || strings.TrimSpace(*s) == "" {
		return []string{absent}
	}
	return wrap(*s, width)
}

func writeHeader(w *writer, s *reviewsheet.Sheet) {
	title := s.Title
	if title == "" {
		title = "行政事業レビューシート"
	}
	w.line(strconv.Itoa(s.FiscalYear) + "年度" + title + " " + oneCell(s.Ministry))
	w.cell()
	w.lines(wrap(s.Name, widthText))
	w.cell()
}

func writeBasic(w *writer, s *reviewsheet.Sheet) {
	w.line("基本情報")
	w.cell()
	o := &s.Organization
	w.line("組織情報 府省庁 " + oneCell(o.Ministry))
	w.cell()
	w.line("事業所管課室 " + orAbsent(strings.Join(o.Divisions, " | ")))
	w.cell()
	w.line("作成責任者 " + oneCellp(o.Responsible))
	w.cell()
	w.line("その他担当組織 " + oneCellp(o.OtherOrgs))
	w.cell()
	end := s.EndYearRaw
	if end == "" {
		switch {
		case s.NoEndPlanned:
			end = "終了予定なし"
		default:
			end = year(s.EndYear)
		}
	}
	w.line("基本情報 予算事業ID " + s.ProjectID + " 事業開始年度 " + year(s.StartYear) + " 事業終了（予定）年度 " + oneCell(end))
	w.cell()
	w.line("事業年度 " + strconv.Itoa(s.ProjectYear) + " 事業区分 " + oneCell(s.Category))
	w.cell()
	w.line("政策・施策 政策所管 政策 施策 政策体系・評価書URL")
	w.cell()
	if len(s.Policies) == 0 {
		w.line("-- -- -- --")
		w.cell()
	}
	for _, p := range s.Policies {
		w.line(join(oneCell(p.Owner), oneCellp(p.Policy), oneCellp(p.Measure), oneCellp(p.URL)))
		w.cell()
	}
	w.line("関連事業 " + oneCellp(s.Related) + " 主要経費 " + oneCellp(s.MajorExpense))
	w.cell()
	w.line("概要・目的 事業の目的")
	w.lines(textLines(s.Purpose, widthText))
	w.cell()
	w.line("現状・課題")
	w.lines(textLines(s.Issues, widthText))
	w.cell()
	w.line("事業の概要")
	w.cell()
	if len(s.Overview) == 0 {
		w.line(absent)
	}
	for _, item := range s.Overview {
		w.lines(wrap(item, widthText))
	}
	w.cell()
	w.line("事業概要URL " + oneCellp(s.OverviewURL))
	w.cell()
	w.line("根拠法令 法令名 法令番号 条 項 号・号の細分")
	w.cell()
	if len(s.Laws) == 0 {
		w.line("-- -- -- -- --")
		w.cell()
	}
	for _, l := range s.Laws {
		w.line(join(oneCell(l.Name), oneCellp(l.Number), oneCellp(l.Article), oneCellp(l.Paragraph), oneCellp(l.Item)))
		w.cell()
	}
	w.line("関係する計画・")
	w.line("通知等")
	w.cell()
	w.line("計画・通知名 計画・通知等URL")
	w.cell()
	if len(s.Plans) == 0 {
		w.line("-- --")
		w.cell()
	}
	for _, p := range s.Plans {
		name := wrap(oneCell(p.Name), widthPlan)
		if p.URL == nil {
			name[len(name)-1] += " " + absent
			w.lines(name)
		} else {
			w.lines(name)
			w.cell()
			w.lines(wrapURL(oneCell(*p.URL), widthPlanURL))
		}
		w.cell()
	}
	w.section()
	methods := strings.Join(s.Methods, " | ")
	w.line("実施方法 " + orAbsent(methods))
	w.cell()
	w.line("補助率等 補助対象 補助率 補助上限等 補助率URL")
	w.cell()
	if len(s.Subsidies) == 0 {
		w.line("-- -- -- --")
		w.cell()
	}
	for _, sb := range s.Subsidies {
		target := wrap(oneCell(sb.Target), widthSubsidy)
		rate, limit := cellLines(sb.RateLines, sb.Rate), cellLines(sb.CapLines, sb.Cap)
		if row, ok := subsidyRow(target, rate, limit, sb.URL != nil); ok {
			w.line(row)
		} else {
			w.lines(target)
			w.cell()
			w.lines(rate)
			w.cell()
			w.lines(limit)
			w.cell()
		}
		if sb.URL == nil {
			w.line(absent)
		} else {
			w.lines(wrapURL(oneCell(*sb.URL), widthURLCell))
		}
		w.cell()
	}
	w.line("備考 " + firstLine(s.Remarks))
	w.lines(restLines(s.Remarks))
	w.section()
}

// cellLines prints a grid cell: its lines as printed when known, else
// the text wrapped.
func cellLines(lines []string, s *string) []string {
	if s == nil {
		return []string{absent}
	}
	var out []string
	if len(lines) > 0 && strings.Join(lines, "") == *s {
		for _, l := range lines {
			out = append(out, wrap(l, widthSubsidy)...)
		}
		return out
	}
	return wrap(*s, widthSubsidy)
}

// firstLine and restLines print a free text beside its label.
func firstLine(s *string) string {
	ls := textLines(s, widthText)
	return ls[0]
}

func restLines(s *string) []string {
	ls := textLines(s, widthText)
	return ls[1:]
}

// wrapURL wraps a URL cell when it is a plain URL (printable ASCII):
// the parser rejoins only such pieces; anything else stays on one line.
// Like the RS PDF, a URL too long for its cell breaks after the last
// hyphen that fits ("…/keizai-" / "shimon/…"), else at the cell's
// width; a piece shorter than sheettext.MinWrappedURL (20) would end
// the URL for the parser, so a hyphen that early is passed over.
func wrapURL(s string, width int) []string {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return []string{s}
		}
	}
	var out []string
	for len(s) > width {
		cut := strings.LastIndexByte(s[:width], '-') + 1
		if cut < sheettext.MinWrappedURL {
			cut = len(wrap(s, width)[0])
		}
		if cut <= 0 || cut >= len(s) {
			break
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return append(out, s)
}

func orAbsent(s string) string {
	if strings.TrimSpace(s) == "" {
		return absent
	}
	return s
}
