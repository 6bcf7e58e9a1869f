package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// TestTableHeaderWords: a one-row table of 基本情報 (根拠法令 here) whose
// header is not on its label's line. Printed a word a line before the
// rows (mutool, PyMuPDF), the rows read (headerWordLines); its words
// among the lines in another order or column by column (pdfminer), no row
// is read and the table is an error at the first header line
// (headerWordAmong; before, 法令名 was read as a law's name); other lines
// without the header read as rows with an error, as before.
func TestTableHeaderWords(t *testing.T) {
	src := string(readFile(t, samplePath))
	const table = "根拠法令 法令名 法令番号 条 項 号・号の細分\n\n孤独・孤立対策推進法 令和五年法律第四十五号 第三条 -- --\n"
	require.True(t, strings.Contains(src, table))
	law := "孤独・孤立対策推進法 令和五年法律第四十五号 第三条 -- --\n"
	for _, tc := range []struct {
		name, table string
		laws        []string // names read
		errLine     int      // line of the 根拠法令 error, 0 for none
	}{
		{"header on its label's line", table, []string{"孤独・孤立対策推進法"}, 0},
		{"header a word a line", "根拠法令\n法令名\n法令番号\n条\n項\n号・号の細分\n" + law, []string{"孤独・孤立対策推進法"}, 0},
		{"header words out of order", "根拠法令\n法令番号\n法令名\n条\n項\n号・号の細分\n" + law, nil, 47},
		{"column by column", "根拠法令\n法令名\n孤独・孤立対策推進法\n法令番号\n令和五年法律第四十五号\n条\n第三条\n項\n--\n号・号の細分\n--\n", nil, 47},
		{"no header", "根拠法令\n" + law, []string{"孤独・孤立対策推進法"}, 46},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientSrc(t, strings.Replace(src, table, tc.table, 1))
			var names []string
			for _, l := range s.Laws {
				names = append(names, l.Name)
			}
			assert.Equal(t, tc.laws, names)
			var lines []int
			for _, e := range list {
				if e.Label == string(label.Laws) {
					lines = append(lines, e.Line)
					assert.ErrorIs(t, e, ErrLayout)
				}
			}
			if tc.errLine == 0 {
				assert.Empty(t, list)
				return
			}
			if assert.NotEmpty(t, lines, "%v", list) {
				assert.Equal(t, tc.errLine, lines[0], "%v", list)
			}
		})
	}
}

// TestPlanWithHeaderWord: a 計画・通知名 holding a header word (the
// header printed into the name: "計画・通知等URL孤独・孤立対策に関する…")
// is an error and the row is not read (before, the name was kept with the
// word in it); the next row reads.
func TestPlanWithHeaderWord(t *testing.T) {
	src := string(readFile(t, samplePath))
	const name = "\n孤独・孤立対策に関する施策の推進を図るための重点計画"
	require.True(t, strings.Contains(src, name))
	s, list := parseLenientSrc(t, strings.Replace(src, name, "\n計画・通知等URL孤独・孤立対策に関する施策の推進を図るための重点計画", 1))
	if assert.Len(t, s.Plans, 1) {
		assert.Equal(t, "経済財政運営と改革の基本方針2024（令和６年６月21日閣議決定）", s.Plans[0].Name)
	}
	if assert.Len(t, list, 1) {
		assert.Equal(t, string(label.Plans), list[0].Label)
		assert.ErrorIs(t, list[0], ErrLayout)
	}
}

// TestHeaderLines: the 反映額 table's header as printed, a word or two a
// line (mutool, PyMuPDF), with tabs (PyMuPDF of wkhtmltopdf's PDF), and
// lines that are not it.
func TestHeaderLines(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  int
	}{
		{[]string{"会計 勘定 反映額 (千円)", "-- -- --"}, 1},
		{[]string{"会計", "勘定", "反映額 (千円)", "--"}, 3},
		{[]string{"会計\t勘定\t反映額\t(千円)", "--"}, 1},
		{[]string{"会計", "勘定", "反映額", "(千円)", "--"}, 4},
		{[]string{"会計", "勘定", "--"}, 0},
		{[]string{"一般会計 -- 100"}, 0},
		{nil, 0},
	} {
		assert.Equal(t, tc.want, headerLines(linesAt(tc.lines...), label.ReflectionHeader), "%q", tc.lines)
	}
}

// TestShortRowsDefaultMode: in default-mode text a table row of fewer
// cells than the header has columns is an error and is not read (its
// cells are not known to be its own, in the columns' order): pdfminer's
// text of the Chromium PDF printed 2025, 事業区分 and 前年度事業 under
// 政策・施策, which were read as three more policies with 政策所管 "2025"
// etc.; the row of four cells reads. In RS-layout text a short row is
// kept, padded with "--", with the same error.
func TestShortRowsDefaultMode(t *testing.T) {
	sample := parseFile(t, samplePath)
	s, list := parseLenientFile(t, "../testdata/extractors/rs2025-006423.chromium.pdfminer.txt")
	assert.Equal(t, sample.Policies, s.Policies)
	var lines []int
	for _, e := range list {
		if e.Label == string(label.Policies) {
			lines = append(lines, e.Line)
		}
	}
	assert.Equal(t, []int{35, 37, 39}, lines)

	src := string(readFile(t, samplePath))
	const row = "\n内閣府 １２孤独・孤立対策 １７孤独・孤立対策に関する施策の推進 --\n"
	require.True(t, strings.Contains(src, row))
	s, list = parseLenientSrc(t, strings.Replace(src, row, row+"2025\n", 1))
	if assert.Len(t, s.Policies, 2) {
		assert.Equal(t, "2025", s.Policies[1].Owner, "RS-layout text: kept, with the error")
	}
	assert.Len(t, list, 1)
}
