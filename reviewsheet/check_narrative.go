package reviewsheet

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/budget"
)

// CodeBudgetNarrativeRate: a 執行率 quoted in the budget's narrative text
// (主な増減理由, その他特記事項) matches neither 執行額 ÷ 計 nor the rate
// without the carry-forward, 執行額 ÷ (計 − 翌年度への繰越し).
const CodeBudgetNarrativeRate = "budget.narrative_rate"

// narrativeRate finds a quoted 執行率 with up to 30 characters of its
// sentence before it: "当該分を除いた令和６年度の予算執行率は約74％";
// eraYear then finds the year those characters name.
var (
	narrativeRate = regexp.MustCompile(`[^。]{0,30}?執行率[はがを]?(約|概ね|おおむね)?([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]`)
	eraYear       = regexp.MustCompile(`令和([0-9０-９]+|元)年度`)
)

// quotedRate is one 執行率 quoted in a narrative.
type quotedRate struct {
	year   int // 0 when the text names none
	value  float64
	digits int // decimals as written
	text   string
}

// quotedRates returns the 執行率 quoted in s.
func quotedRates(s string) []quotedRate {
	var out []quotedRate
	for _, m := range narrativeRate.FindAllStringSubmatch(s, -1) {
		num := normalizeNumber(m[2])
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			continue
		}
		q := quotedRate{value: v, text: strings.TrimSpace(m[0])}
		if i := strings.IndexByte(num, '.'); i >= 0 {
			q.digits = len(num) - i - 1
		}
		era := ""
		if ys := eraYear.FindAllStringSubmatch(m[0], -1); len(ys) > 0 {
			era = normalizeNumber(ys[len(ys)-1][1]) // the year nearest the rate
		}
		switch era {
		case "":
		case "元":
			q.year = 2019
		default:
			if n, err := strconv.Atoi(era); err == nil {
				q.year = 2018 + n
			}
		}
		out = append(out, q)
	}
	return out
}

// narrativeRates checks every 執行率 quoted in the budget's narratives
// against the rates of the year it names (or of the latest year with an
// 執行額): it matches when it is within one unit of its last written digit
// of 執行額 ÷ 計 × 100 or of 執行額 ÷ (計 − 翌年度への繰越し) × 100 (the
// text says 約 or rounds either way). A mismatch is a warning: the text
// may be stale or use another denominator.
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
				year = executionYear(b)
			}
			c.narrativeRate(b, year, q, t.path)
		}
	}
}

// executionYear is the latest year with an 執行額, or 0.
func executionYear(b *budget.Budget) int {
	year := 0
	for i := range b.Years {
		if b.Years[i].Executed != nil && b.Years[i].Year > year {
			year = b.Years[i].Year
		}
	}
	return year
}

func (c *checker) narrativeRate(b *budget.Budget, year int, q quotedRate, path string) {
	y := b.YearOf(year)
	if y == nil {
		return
	}
	unit := math.Pow10(-q.digits)
	var candidates []string
	if full, ok := y.RecomputeExecutionRate(); ok {
		if math.Abs(full-q.value) < unit {
			return
		}
		candidates = append(candidates, fmt.Sprintf("執行額 ÷ 計 = %s%%", strconv.FormatFloat(full, 'f', q.digits+1, 64)))
	}
	if adj, ok := b.CarryAdjustedRateAt(year, q.digits+2); ok {
		if math.Abs(adj-q.value) < unit {
			return
		}
		candidates = append(candidates, fmt.Sprintf("執行額 ÷ (計 − 翌年度への繰越し) = %s%%", strconv.FormatFloat(adj, 'f', q.digits+1, 64)))
	}
	if len(candidates) == 0 {
		return // nothing to compare with
	}
	c.add(CodeBudgetNarrativeRate, SeverityWarning, path, q.text, strings.Join(candidates, "; "),
		"%d年度: the text quotes 執行率 %s%%, which matches neither %s", year, strconv.FormatFloat(q.value, 'f', -1, 64), strings.Join(candidates, " nor "))
}
