package report

import (
	"bytes"
	"fmt"
	"github.com/rsheet/rsheet/internal/num"
	"math"

	"github.com/rsheet/rsheet/budget"
)

// Budget chart geometry (px).
const (
	budgetW      = 760
	budgetH      = 300
	budgetLeft   = 120 // room for the axis labels
	budgetTop    = 40
	budgetBottom = 50
)

// budgetSVG draws 予算額 (計) and 執行額 per year as grouped bars, with
// the 執行率 above each group. Years with neither figure keep their slot
// and say "—". It returns "" when no year has an amount.
func budgetSVG(b *budget.Budget) string {
	var max int64
	for _, y := range b.Years {
		for _, p := range []*int64{y.Total, y.Executed} {
			if p != nil && *p > max {
				max = *p
			}
		}
	}
	if len(b.Years) == 0 || max <= 0 {
		return ""
	}
	step := niceStep(max / 4)
	top := step * ((max + step - 1) / step)
	plotH := float64(budgetH - budgetTop - budgetBottom)
	plotW := float64(budgetW - budgetLeft - 20)
	yOf := func(v int64) float64 { return float64(budgetTop) + plotH*(1-float64(v)/float64(top)) }

	var s bytes.Buffer
	fmt.Fprintf(&s, `<svg class="chart budget-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="budget-chart-title">`+"\n", budgetW, budgetH, budgetW, budgetH)
	fmt.Fprintf(&s, `<title id="budget-chart-title">予算額（計）と執行額（千円）、執行率</title>`+"\n")
	// Grid and axis labels.
	for v := int64(0); v <= top; v += step {
		y := yOf(v)
		fmt.Fprintf(&s, `<line class="grid" x1="%d" y1="%.1f" x2="%d" y2="%.1f"/>`+"\n", budgetLeft, y, budgetW-20, y)
		fmt.Fprintf(&s, `<text class="axis" x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", budgetLeft-6, y+4, esc(num.GroupInt(v/1000)))
	}
	fmt.Fprintf(&s, `<text class="axis" x="%d" y="%d" text-anchor="end">千円</text>`+"\n", budgetLeft-6, budgetTop-14)

	slot := plotW / float64(len(b.Years))
	barW := math.Min(48, slot/3)
	for i, y := range b.Years {
		x0 := float64(budgetLeft) + slot*float64(i) + slot/2
		bars := []struct {
			cls, label string
			v          *int64
		}{{"bar-total", "予算額（計）", y.Total}, {"bar-executed", "執行額", y.Executed}}
		for j, bar := range bars {
			x := x0 - barW - 2 + float64(j)*(barW+4)
			if bar.v == nil {
				fmt.Fprintf(&s, `<text class="na" x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", x+barW/2, yOf(0)-4, dash)
				continue
			}
			yy := yOf(*bar.v)
			fmt.Fprintf(&s, `<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%d年度 %s %s</title></rect>`+"\n",
				bar.cls, x, yy, barW, yOf(0)-yy, y.Year, bar.label, esc(Sen(*bar.v)))
		}
		fmt.Fprintf(&s, `<text class="year" x="%.1f" y="%d" text-anchor="middle">%d年度</text>`+"\n", x0, budgetH-budgetBottom+18, y.Year)
		if rate, computed := executionRate(y); rate != "" {
			cls := "rate"
			if computed {
				cls = "rate computed"
			}
			fmt.Fprintf(&s, `<text class="%s" x="%.1f" y="%d" text-anchor="middle">執行率 %s</text>`+"\n", cls, x0, budgetH-budgetBottom+36, esc(rate))
		}
	}
	// Legend.
	fmt.Fprintf(&s, `<rect class="bar-total" x="%d" y="10" width="12" height="12"/><text class="legend" x="%d" y="20">予算額（計）</text>`+"\n", budgetLeft, budgetLeft+16)
	fmt.Fprintf(&s, `<rect class="bar-executed" x="%d" y="10" width="12" height="12"/><text class="legend" x="%d" y="20">執行額</text>`+"\n", budgetLeft+120, budgetLeft+136)
	s.WriteString("</svg>")
	return s.String()
}

// executionRate is the 執行率 as printed, or, when the sheet prints none
// but both amounts are there (執行額 not 0), recomputed (executed /
// total, one decimal) with computed set.
func executionRate(y budget.Year) (rate string, computed bool) {
	if y.ExecutionRate != nil {
		return optPct(y.ExecutionRate), false
	}
	// 執行額 0 is how the RS CSV leaves a year not yet executed: no rate.
	if y.Executed != nil && *y.Executed != 0 && y.Total != nil && *y.Total > 0 {
		r := math.Round(float64(*y.Executed)*1000/float64(*y.Total)) / 10
		return optPct(&r) + "（算出）", true
	}
	return "", false
}

// niceStep rounds v up to 1, 2 or 5 times a power of ten 千円 (in yen).
func niceStep(v int64) int64 {
	if v < 1000 {
		return 1000
	}
	p := int64(1000)
	for p*10 <= v {
		p *= 10
	}
	for _, m := range []int64{1, 2, 5, 10} {
		if p*m >= v {
			return p * m
		}
	}
	return p * 10
}
