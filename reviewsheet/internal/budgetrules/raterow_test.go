package budgetrules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// budgetParagraphs is the 予算額執行額表 of the sample as pdftotext's
// default mode prints the wkhtmltopdf PDF: a cell a paragraph, the
// 執行率 row with its cells given (the labels with Kangxi radicals).
func budgetParagraphs(executed, rate []string) string {
	return "予算額執⾏額表\n（単位：千円）\n\n" + para("2023 2024 2025 2026",
		"要求額", "--", "408,000", "1,351,442", "--",
		"当初予算", "0", "203,368", "210,338", "--",
		"補正予算", "--", "3,050,000", "--", "--",
		"前年度から繰越し", "--", "700,540", "3,026,150", "--",
		"予備費等", "--", "--", "--", "--",
		"計", "0", "3,953,908", "3,236,488", "--") +
		para(append([]string{"執⾏額"}, executed...)...) + para(append([]string{"執⾏率"}, rate...)...)
}

// wkBlock is the 予算内訳表 header block of the wkhtmltopdf text: the
// words of both headers and the account row interleaved, four "--" for
// the row's three (one glued to 要望額).
const wkBlock = "予算内訳表\n（単位：千円）\n\n会計区分\n⼀般会計\n\n予算種別/歳出予算項⽬\n\n会計\n\n勘定\n\n⼀般会計\n備考\n\n--\n予算額\n\n-要望額\n\n備考\n\n--\n\n--\n\n翌年度要求額\n\n当初予算\nX\n-- 1 --\n"

func TestMoveRateCell(t *testing.T) {
	sampleExec := []string{"--", "684,784", "--", "--"}
	for _, tc := range []struct {
		name string
		in   string
		// the 執行率 line and the line that held the glued "--" after
		// the rule, "" when the text is left as it is
		rate, glued string
		dropped     bool // a "--" line of the block was taken instead
	}{
		{"wkhtmltopdf: the 2026 cell glued to 要望額",
			budgetParagraphs(sampleExec, []string{"--", "17.3%", "--"}) + wkBlock,
			"執⾏率 -- 17.3% -- --", "要望額", false},
		{"the spare \"--\" on a line of its own: the block's last one is taken",
			budgetParagraphs(sampleExec, []string{"--", "17.3%", "--"}) + strings.Replace(wkBlock, "-要望額", "--\n要望額", 1),
			"執⾏率 -- 17.3% -- --", "", true},
		{"the figure printed first: the shape still puts it in 2024",
			budgetParagraphs(sampleExec, []string{"17.3%", "--", "--"}) + wkBlock,
			"執⾏率 -- 17.3% -- --", "要望額", false},
		{"the spare \"--\" before 会計区分, right after the unit line",
			budgetParagraphs(sampleExec, []string{"--", "17.3%", "--"}) + strings.Replace(strings.Replace(wkBlock, "-要望額", "要望額", 1), "（単位：千円）\n\n", "（単位：千円）\n\n--\n\n", 1),
			"執⾏率 -- 17.3% -- --", "", true},
		{"two years executed, one rate printed: left as it is",
			budgetParagraphs([]string{"--", "684,784", "5", "--"}, []string{"--", "17.3%", "--"}) + wkBlock, "", "", false},
		{"the row complete: left as it is",
			budgetParagraphs(sampleExec, []string{"--", "17.3%", "--", "--"}) + wkBlock, "", "", false},
		{"two cells short: left as it is",
			budgetParagraphs(sampleExec, []string{"17.3%", "--"}) + wkBlock, "", "", false},
		{"no spare \"--\" in the block: left as it is",
			budgetParagraphs(sampleExec, []string{"--", "17.3%", "--"}) + strings.Replace(wkBlock, "-要望額", "要望額", 1), "", "", false},
		{"executed in a year whose 計 is 0: left as it is",
			budgetParagraphs([]string{"5", "684,784", "--", "--"}, []string{"--", "17.3%", "--"}) + wkBlock, "", "", false},
		{"the figure where the shape has none: left as it is",
			budgetParagraphs(sampleExec, []string{"--", "--", "17.3%"}) + wkBlock, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := scanLines(tc.in)
			got := MoveRateCell(in)
			if tc.rate == "" {
				assert.Equal(t, texts(in), texts(got))
				return
			}
			s := texts(got)
			assert.Contains(t, s, "\n"+tc.rate+"\n予算内訳表\n")
			assert.NotContains(t, s, "-要望額")
			if tc.glued != "" {
				assert.Contains(t, s, "\n"+tc.glued+"\n")
			}
			assert.Equal(t, len(in)-3-boolInt(tc.dropped), len(got), "the rate's three cell lines joined, a \"--\" line dropped")
			for _, l := range got {
				if l.Text == "要望額" {
					assert.Equal(t, "要望額", tc.in[l.Pos-1:int(l.Pos)-1+len(l.Text)], "the word's own position (Pos is the offset plus one)")
				}
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestFillRateRow(t *testing.T) {
	for _, tc := range []struct {
		name    string
		shape   []bool
		printed []string
		want    []string
	}{
		{"one figure, one \"--\" lost", []bool{false, true, false, false}, []string{"--", "17.3%", "--"}, []string{"--", "17.3%", "--", "--"}},
		{"two figures in order", []bool{true, true, false}, []string{"1.0%", "2.0%"}, []string{"1.0%", "2.0%", "--"}},
		{"a figure too many", []bool{false, true, false}, []string{"1.0%", "2.0%"}, nil},
		{"a figure lost, not a \"--\"", []bool{true, true, false}, []string{"1.0%", "--"}, nil},
		{"the figure where the shape has none", []bool{true, false, false}, []string{"--", "1.0%"}, nil},
		{"nothing lost", []bool{false, true}, []string{"--", "1.0%"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := fillRateRow(tc.shape, tc.printed)
			assert.Equal(t, tc.want != nil, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRateShape(t *testing.T) {
	for _, tc := range []struct {
		name            string
		total, executed []string
		want            []bool
		ok              bool
	}{
		{"the sample", []string{"0", "3,953,908", "3,236,488", "--"}, []string{"--", "684,784", "--", "--"}, []bool{false, true, false, false}, true},
		{"executed with 計 0", []string{"0", "1"}, []string{"5", "1"}, nil, false},
		{"executed with 計 not a figure", []string{"x", "1"}, []string{"5", "1"}, nil, false},
		{"計 absent", []string{"--", "1"}, []string{"5", "--"}, []bool{false, false}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := rateShape(tc.total, tc.executed)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
