package budgetrules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeGluedColumn(t *testing.T) {
	for _, tc := range []struct {
		name string
		toks []string
		n    int
		want []string
	}{
		{"hyphens alone and before a figure", []string{"-0", "---0", "---"}, 8,
			[]string{"--", "0", "--", "--", "--", "0", "--", "--"}},
		{"nine hyphens are eight cells", []string{"---------"}, 8,
			[]string{"--", "--", "--", "--", "--", "--", "--", "--"}},
		{"the count says -X is a glued cell", []string{"408,000", "203,368", "3,050,000", "700,540", "-3,953,908", "684,784", "17.3%"}, 8,
			[]string{"408,000", "203,368", "3,050,000", "700,540", "--", "3,953,908", "684,784", "17.3%"}},
		{"the count says -X is negative", []string{"1", "-2", "3"}, 3,
			[]string{"1", "-2", "3"}},
		{"two signed tokens, one of each reading: ambiguous", []string{"-1", "-2", "3"}, 4, nil},
		{"too few cells", []string{"1", "2"}, 8, nil},
		{"too many cells", []string{"----", "1"}, 3, nil},
		{"a lone - is never decoded", []string{"-", "1"}, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := decodeGluedColumn(tc.toks, tc.n)
			assert.Equal(t, tc.want != nil, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

// budgetColumnsText is the 予算額執行額表 as LibreOffice's PDF reaches
// pdftotext's default mode: labels, then each year's column, with lines
// of the 予算内訳表 header read in between.
const budgetColumnsText = `予算額執行額表
（単位：千円）

予算内訳表
（単位：千円）

要求額
当初予算
補正予算
前年度から繰越し
予備費等
計
執行額
執行率
会計区分

2023
-0
---0
---

会計
2024
408,000
203,368
3,050,000
700,540
-3,953,908
684,784
17.3%
要望額

主な増減理由
--
`

func TestTransposeBudgetColumns(t *testing.T) {
	texts := func(ls []string) string { return strings.Join(ls, "\n") }
	got := TransposeBudgetColumns(scanLines(budgetColumnsText))
	var out []string
	for _, l := range got {
		out = append(out, l.Text)
	}
	assert.Equal(t, texts([]string{
		"予算額執行額表", "（単位：千円）",
		"2023 2024",
		"要求額 -- 408,000", "当初予算 0 203,368", "補正予算 -- 3,050,000",
		"前年度から繰越し -- 700,540", "予備費等 -- --", "計 0 3,953,908",
		"執行額 -- 684,784", "執行率 -- 17.3%",
		"予算内訳表", "（単位：千円）", "会計区分", "会計", "要望額",
		"主な増減理由", "--",
	}), texts(out))

	// Chromium's order: the first column before the labels
	chromium := strings.Replace(budgetColumnsText, "\n2023\n-0\n---0\n---\n", "", 1)
	chromium = strings.Replace(chromium, "予算内訳表\n", "2023\n-0\n---0\n---\n\n予算内訳表\n", 1)
	require.NotEqual(t, budgetColumnsText, chromium)
	out = out[:0]
	for _, l := range TransposeBudgetColumns(scanLines(chromium)) {
		out = append(out, l.Text)
	}
	assert.Contains(t, texts(out), "2023 2024\n要求額 -- 408,000\n当初予算 0 203,368\n")
	assert.NotContains(t, texts(out), "-0")

	// a column that does not give eight cells: nothing moves
	bad := strings.Replace(budgetColumnsText, "-3,953,908", "3,953,908", 1)
	in := scanLines(bad)
	assert.Equal(t, in, TransposeBudgetColumns(scanLines(bad)))
	// row-major text is left alone
	in = scanLines("予算額執行額表\n（単位：千円）\n2023\n要求額 --\n")
	assert.Equal(t, in, TransposeBudgetColumns(scanLines("予算額執行額表\n（単位：千円）\n2023\n要求額 --\n")))
}

func TestJoinYearParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"a year a paragraph (wkhtmltopdf)",
			"予算額執行額表\n（単位：千円）\n\n2023\n\n2024\n\n2025\n\n2026\n\n要求額\n\n--\n",
			"予算額執行額表\n（単位：千円）\n2023 2024 2025 2026\n要求額\n--"},
		{"the label in compatibility forms (執⾏, Kangxi radical)",
			"予算額執\u2f8f額表\n（単位：千円）\n2024\n2025\n",
			"予算額執\u2f8f額表\n（単位：千円）\n2024 2025"},
		{"years not consecutive: left as they are",
			"予算額執行額表\n（単位：千円）\n2023\n2025\n",
			"予算額執行額表\n（単位：千円）\n2023\n2025"},
		{"one year: left as it is",
			"予算額執行額表\n（単位：千円）\n2023\n要求額 --\n",
			"予算額執行額表\n（単位：千円）\n2023\n要求額 --"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range JoinYearParagraphs(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
	assert.Equal(t, "2024", nextYear("2023"))
	assert.Equal(t, "2030", nextYear("2029"))
}

func TestTransposeBudgetColumnsOrder(t *testing.T) {
	// the 2024 column printed before the 2023 one: read under their years, in order
	swapped := strings.Replace(budgetColumnsText, "\n2023\n-0\n---0\n---\n", "", 1)
	swapped = strings.Replace(swapped, "要望額\n", "要望額\n2023\n-0\n---0\n---\n", 1)
	require.NotEqual(t, budgetColumnsText, swapped)
	got := texts(TransposeBudgetColumns(scanLines(swapped)))
	assert.Contains(t, got, "2023 2024\n要求額 -- 408,000\n当初予算 0 203,368\n")

	// a year between the columns not read: left as it is
	gap := strings.Replace(budgetColumnsText, "会計\n2024\n", "会計\n2025\n", 1)
	in := scanLines(gap)
	assert.Equal(t, in, TransposeBudgetColumns(scanLines(gap)))

	// the next year's column printed after 主な増減理由 (Chromium, a
	// sheet's last column among the 予算内訳表 header words): left as it is
	late := strings.Replace(budgetColumnsText, "主な増減理由\n--\n", "主な増減理由\n--\n勘定\n2025\n0\n0\n-0\n", 1)
	in = scanLines(late)
	assert.Equal(t, in, TransposeBudgetColumns(scanLines(late)))
	// a year after 主な増減理由 that is no column (a paragraph of its own
	// after it, or not next to the years read): the table is read
	for _, other := range []string{"主な増減理由\n--\n2025\n\n0\n", "主な増減理由\n--\n2030\n0\n"} {
		s := strings.Replace(budgetColumnsText, "主な増減理由\n--\n", other, 1)
		assert.Contains(t, texts(TransposeBudgetColumns(scanLines(s))), "2023 2024\n要求額 -- 408,000\n", other)
	}
}

func TestYearsInOrder(t *testing.T) {
	years, cols := []string{"2021", "2023", "2024", "2022"}, [][]string{{"a"}, {"c"}, {"d"}, {"b"}}
	assert.True(t, yearsInOrder(years, cols))
	assert.Equal(t, []string{"2021", "2022", "2023", "2024"}, years)
	assert.Equal(t, [][]string{{"a"}, {"b"}, {"c"}, {"d"}}, cols)
	assert.False(t, yearsInOrder([]string{"2021", "2023"}, [][]string{{"a"}, {"c"}}))
	assert.True(t, yearsInOrder([]string{"2023"}, [][]string{{"a"}}))
}
