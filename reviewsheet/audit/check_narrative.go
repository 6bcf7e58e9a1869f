package audit

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/num"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/outcome"
)

// CodeOutcomeNarrativeRate: a 達成率 quoted in the 点検・評価 texts matches
// none of the 達成率 the 効果発現経路 tables give for the year it names.
const CodeOutcomeNarrativeRate Code = "outcome.narrative_rate"

// CodeBudgetNarrativeRate: a 執行率 quoted in the budget's narrative text
// (主な増減理由, その他特記事項) matches neither 執行額 ÷ 計 nor the rate
// without the carry-forward, 執行額 ÷ (計 − 翌年度への繰越し).
const CodeBudgetNarrativeRate Code = "budget.narrative_rate"

// narrativeRate finds a quoted 執行率 with up to 30 characters of its
// sentence before it ("当該分を除いた令和６年度の予算執行率は約74％"),
// narrativeAchievement a 達成率 with up to 60; namedYear then finds the
// year those characters name.
var (
	narrativeRate        = regexp.MustCompile(`[^。]{0,30}?(執行率[はがを]?(約|概ね|おおむね)?([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%](超|以上|未満|以下|程度|前後)?)`)
	narrativeAchievement = regexp.MustCompile(`[^。]{0,60}?(達成率[はがを]?(約|概ね|おおむね)?([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%](超|以上|未満|以下|程度|前後)?)`)
	// namedYear finds 令和６年度 or 2024年度 (a western year may follow
	// the era one in parentheses: 令和６年度（2024年度）).
	namedYear = regexp.MustCompile(`令和([0-9０-９]+|元)年度(?:[（(]([0-9０-９]{4})年度[）)])?|([0-9０-９]{4})年度`)
)

// quotedRate is one percentage (執行率, 達成率) quoted in a narrative.
type quotedRate struct {
	year   int // 0 when the text names none
	value  float64
	digits int // decimals as written
	text   string
	// bound is the qualifier written after the ％: "超" or "以上" (the
	// rate is at least the value), "未満" or "以下" (at most), "程度",
	// "前後" or "" (about).
	bound string
}

// matches reports whether a rate agrees with the quote: within one unit
// of its last written digit (約 and 程度 round either way), or, for a
// bound (「100％超」, 「50％未満」), on its side of the value, within the
// same unit.
func (q quotedRate) matches(rate float64) bool {
	unit := math.Pow10(-q.digits)
	switch q.bound {
	case "超", "以上":
		return rate > q.value-unit
	case "未満", "以下":
		return rate < q.value+unit
	}
	return math.Abs(rate-q.value) < unit
}

// quotedRates returns the 執行率 quoted in s.
func quotedRates(s string) []quotedRate { return quotedPercents(s, "執行率", narrativeRate) }

// quotedPercents returns the percentages re finds in s (group 1 is the
// quote, group 3 its number), each with the year named before it, if
// any. The text of a quote runs from that year to the ％.
func quotedPercents(s, word string, re *regexp.Regexp) []quotedRate {
	// The pattern needs word (執行率, 達成率) literally; without it the
	// regexp would still backtrack over its [^。]{0,60}? at every position
	// (a third of the export's CPU over the 2024 set), to find nothing.
	if !strings.Contains(s, word) {
		return nil
	}
	var out []quotedRate
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		digits := num.FoldDigits(s[m[6]:m[7]])
		v, err := strconv.ParseFloat(digits, 64)
		if err != nil {
			continue
		}
		q := quotedRate{value: v, text: s[m[2]:m[3]]}
		if m[8] >= 0 {
			q.bound = s[m[8]:m[9]]
		}
		if i := strings.IndexByte(digits, '.'); i >= 0 {
			q.digits = len(digits) - i - 1
		}
		before := s[m[0]:m[2]]
		if ys := namedYear.FindAllStringSubmatchIndex(before, -1); len(ys) > 0 {
			y := ys[len(ys)-1] // the year nearest the rate
			q.year = yearOf(before, y)
			q.text = s[m[0]+y[0] : m[3]]
		}
		out = append(out, q)
	}
	return out
}

// yearOf reads a namedYear match (submatch indexes into s): 令和N年度 is
// 2018 + N (元 = 1).
func yearOf(s string, m []int) int {
	for _, g := range [][2]int{{m[4], m[5]}, {m[6], m[7]}} { // a western year, in parentheses or alone
		if g[0] >= 0 {
			y, _ := strconv.Atoi(num.FoldDigits(s[g[0]:g[1]]))
			return y
		}
	}
	era := num.FoldDigits(s[m[2]:m[3]])
	if era == "元" {
		return 2019
	}
	n, err := strconv.Atoi(era)
	if err != nil {
		return 0
	}
	return 2018 + n
}

// narrativeRates checks every 執行率 quoted in the budget's narratives
// against the rates of the year it names (else executionYear): it
// matches when it is within one unit of its last written digit of 執行額 ÷
// 計 × 100 or of 執行額 ÷ (計 − 翌年度への繰越し) × 100 (the text says 約 or
// rounds either way). A mismatch is a warning: the text may be stale or
// use another denominator.
func (c *checker) narrativeRates() {
	b := &c.s.Budget
	type text struct {
		s    *string
		path string
		year int
	}
	texts := []text{{b.ChangeReasons, "budget.change_reasons", 0}, {b.SpecialNotes, "budget.special_notes", 0}}
	for i := range b.Years {
		y := &b.Years[i]
		texts = append(texts, text{y.ChangeReasons, fmt.Sprintf("budget.years[%d].change_reasons", i), y.Year},
			text{y.SpecialNotes, fmt.Sprintf("budget.years[%d].special_notes", i), y.Year})
	}
	seen := map[string]bool{}
	for _, t := range texts {
		if t.s == nil || seen[*t.s] {
			continue // the RS CSV repeats the 事業年度's notes in its year row
		}
		seen[*t.s] = true
		for _, q := range quotedRates(*t.s) {
			year := q.year
			if year == 0 {
				year = t.year
			}
			if year == 0 {
				year = c.executionYear()
			}
			c.narrativeRate(b, year, q, t.path)
		}
	}
}

// executionYear is the year whose 執行額 the sheet reports: 事業年度 − 1
// (execution is known only up to then; the RS CSV writes 0 in later
// years), or, for a sheet without 事業年度, the latest year with a
// non-zero 執行額; 0 when there is none.
func (c *checker) executionYear() int {
	if c.s.FiscalYear != 0 {
		return c.s.FiscalYear - 1
	}
	year := 0
	for _, y := range c.s.Budget.Years {
		if y.Executed != nil && *y.Executed != 0 && y.Year > year {
			year = y.Year
		}
	}
	return year
}

func (c *checker) narrativeRate(b *budget.Budget, year int, q quotedRate, path string) {
	y := b.YearOf(year)
	if y == nil {
		return
	}
	var candidates []string
	if full, ok := y.RecomputeExecutionRate(); ok {
		if q.matches(full) {
			return
		}
		candidates = append(candidates, fmt.Sprintf("執行額 ÷ 計 = %s%%", strconv.FormatFloat(full, 'f', q.digits+1, 64)))
	}
	if adj, ok := b.CarryAdjustedRateAt(year, q.digits+2); ok {
		if q.matches(adj) {
			return
		}
		candidates = append(candidates, fmt.Sprintf("執行額 ÷ (計 − 翌年度への繰越し) = %s%%", strconv.FormatFloat(adj, 'f', q.digits+1, 64)))
	}
	if len(candidates) == 0 {
		return // nothing to compare with
	}
	c.add(CodeBudgetNarrativeRate, SeverityWarning, path, q.text, strings.Join(candidates, "; "),
		"%d年度: the text quotes 執行率 %s%%%s, which matches neither %s", year, strconv.FormatFloat(q.value, 'f', -1, 64), q.bound, strings.Join(candidates, " nor "))
}

// outcomeNarratives checks every 達成率 quoted in 点検結果, 目標年度における
// 効果測定に関する評価 and 改善の方向性 against the 達成率 of the year it
// names (else executionYear) in the outcome tables:
// printed, or recomputed where the table prints none. A quote within one
// unit of its last written digit of any of them matches; one that matches
// none is an info (the text may name another denominator, or be stale —
// the sample's 95％ and 114％ are not in its tables).
func (c *checker) outcomeNarratives() {
	g, e := c.s.Outcome, &c.s.Evaluation
	if g == nil {
		return
	}
	for _, t := range []struct {
		s    *string
		path string
	}{{e.Result, "evaluation.result"}, {e.TargetYearEval, "evaluation.target_year_evaluation"}, {e.Direction, "evaluation.direction"}} {
		if t.s == nil {
			continue
		}
		for _, q := range quotedPercents(*t.s, "達成率", narrativeAchievement) {
			year := q.year
			if year == 0 {
				year = c.executionYear()
			}
			rates := achievementRates(g, year)
			if len(rates) == 0 {
				continue
			}
			match := false
			texts := make([]string, len(rates))
			for i, r := range rates {
				match = match || q.matches(r)
				texts[i] = pct(r)
			}
			if !match {
				c.add(CodeOutcomeNarrativeRate, SeverityInfo, t.path, q.text, strings.Join(texts, ", "),
					"%d年度: the text quotes 達成率 %s%%, which no outcome table gives for that year (%s)", year, strconv.FormatFloat(q.value, 'f', -1, 64), strings.Join(texts, ", "))
			}
		}
	}
}

// achievementRates returns the distinct 達成率 the outcome tables give for
// year, printed or (where none is printed) recomputed, in node order.
// Outputs are left out: the sheet prints no 達成率 for them.
func achievementRates(g *outcome.Graph, year int) []float64 {
	var out []float64
	for i := range g.Nodes {
		ind := g.Nodes[i].Indicator
		if ind == nil || g.Nodes[i].Kind.Level() < outcome.KindShortOutcome.Level() {
			continue
		}
		dir, _ := ind.Direction()
		for _, v := range ind.Values {
			if v.Year != year {
				continue
			}
			r, ok := 0.0, false
			if v.AchievementRate != nil {
				r, ok = *v.AchievementRate, true
			} else {
				r, ok = v.RecomputeAchievementRate(dir)
				r = math.Round(r*10) / 10
			}
			if ok && !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}
