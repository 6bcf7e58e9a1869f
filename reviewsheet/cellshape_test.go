package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

func TestValueShapes(t *testing.T) {
	for _, s := range []string{"1/2", "事業：3/4、4/5", "10/10", "定額", "２／３", "2分の1", "50%", "1∕2"} {
		assert.True(t, linerules.HasRate(s), s)
	}
	for _, s := range []string{"都道府県", "1都道府県につき4,000千円", "https://a/b/1", "令和6年", "1/", "/2"} {
		assert.False(t, linerules.HasRate(s), s)
	}
	for _, s := range []string{"4,000千円", "場合は6,000千円", "100万円", "１億円", "500円"} {
		assert.True(t, linerules.HasAmount(s), s)
	}
	for _, s := range []string{"千円", "大臣が必要と認めた経費", "円滑"} {
		assert.False(t, linerules.HasAmount(s), s)
	}
}

func TestSplitSubsidyByShape(t *testing.T) {
	lines := func(ss ...string) []sheettext.Line {
		out := make([]sheettext.Line, len(ss))
		for i, s := range ss {
			out[i].Text = s
		}
		return out
	}
	cellText := func(cs []cell) []string {
		var out []string
		for _, c := range cs {
			out = append(out, strings.Join(c.lines, "|"))
		}
		return out
	}
	for _, tc := range []struct {
		name string
		in   []sheettext.Line
		want []string // nil: not split
	}{
		{"sample row", lines("都道府県", "地方版プラ", "事業：1/2", "個別支援事業：3/4、4/5", "地方版プラ", "事業：1都道府県につき4,000千円", "経費"),
			[]string{"都道府県", "地方版プラ|事業：1/2|個別支援事業：3/4、4/5", "地方版プラ|事業：1都道府県につき4,000千円|経費"}},
		{"定額", lines("民間団体", "定額", "上限", "1団体につき500万円"), []string{"民間団体", "定額", "上限|1団体につき500万円"}},
		{"no amount", lines("都道府県", "事業：1/2", "定める額"), nil},
		{"no rate", lines("都道府県", "別に定める", "4,000千円"), nil},
		{"amount before rate", lines("都道府県", "4,000千円", "1/2"), nil},
		{"target with a rate", lines("1/2", "x", "4,000千円"), nil},
		{"too short", lines("都道府県", "1/2"), nil},
		// a blank line before "1/3": 補助対象 wraps to 導入支援, which no
		// shape tells from a 補助率 line (generated sheet 7186, wkhtmltopdf)
		{"blank line inside the rate", func() []sheettext.Line {
			l := lines("（１）家庭・業務産業用蓄電システム", "導入支援", "1/3", "家庭用蓄電池：60万円業務産業用蓄電", "池：3億円")
			l[2].Break = true
			return l
		}(), nil},
		{"blank line before the cap", func() []sheettext.Line {
			l := lines("民間団体", "定額", "1団体につき500万円")
			l[2].Break = true
			return l
		}(), []string{"民間団体", "定額", "1団体につき500万円"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := splitSubsidyByShape(tc.in)
			if tc.want == nil {
				assert.False(t, ok)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, tc.want, cellText(got))
		})
	}
}

func TestSplitSubsidyTokens(t *testing.T) {
	one := func(s string) []sheettext.Line { return []sheettext.Line{{Text: s}} }
	for _, tc := range []struct {
		name string
		in   []sheettext.Line
		want []string // nil: not split
	}{
		{"cap with a space", one("除染後農地等の保全管理等 定額又は1/2以内等 35,000円/10a 等"), []string{"除染後農地等の保全管理等", "定額又は1/2以内等", "35,000円/10a 等"}},
		{"rate with a space", one("民間団体 事業A：1/2 事業B：2/3 1件につき500万円"), []string{"民間団体", "事業A：1/2 事業B：2/3", "1件につき500万円"}},
		{"no amount", one("民間団体 1/2 定める額 等"), nil},
		{"two tokens", one("民間団体 1/2"), nil},
		{"more than one line: not a one-line row", []sheettext.Line{{Text: "a 1/2 3千円"}, {Text: "x"}}, nil},
		{"target on its own line (PyMuPDF)", []sheettext.Line{{Text: "民間団体"}, {Text: "2/3 1交付事業者につき6,000千円"}}, []string{"民間団体", "2/3", "1交付事業者につき6,000千円"}},
		{"a blank line between", []sheettext.Line{{Text: "民間団体"}, {Text: "2/3 1交付事業者につき6,000千円", Break: true}}, nil},
		{"next line starts with no rate: a wrapped 補助対象", []sheettext.Line{{Text: "（１）家庭・業務産業用蓄電システム"}, {Text: "導入支援 1/3 1件につき500万円"}}, nil},
		{"first line of two tokens", []sheettext.Line{{Text: "民間 団体"}, {Text: "2/3 6,000千円"}}, nil},
		{"three lines", []sheettext.Line{{Text: "民間団体"}, {Text: "2/3"}, {Text: "6,000千円"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := splitSubsidyTokens(tc.in)
			if tc.want == nil {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			var texts []string
			for _, c := range got {
				texts = append(texts, c.text())
			}
			assert.Equal(t, tc.want, texts)
		})
	}
}

// TestSplitWrappedTargetRow: a 補助対象 of several lines, a blank line,
// then 補助率 and 補助上限等 on one line (the PDF path's print of a row
// whose first cell wraps: 2024-002957 printed by wkhtmltopdf).
func TestSplitWrappedTargetRow(t *testing.T) {
	row := func(tail string, target ...string) []sheettext.Line {
		var out []sheettext.Line
		for _, s := range target {
			out = append(out, sheettext.Line{Text: s})
		}
		return append(out, sheettext.Line{Text: tail, Break: true})
	}
	for _, tc := range []struct {
		name string
		in   []sheettext.Line
		want []string // nil: not split
	}{
		{"two tokens", row("定額 --", "厚生労働科学研究の振興を促し、もっ", "向上を図ることに要する経費"),
			[]string{"厚生労働科学研究の振興を促し、もっ|向上を図ることに要する経費", "定額", "--"}},
		{"both absent", row("-- --", "民間団", "体等"), []string{"民間団|体等", "--", "--"}},
		{"by shape", row("1/2 上限 1団体につき500万円", "地方公共", "団体"), []string{"地方公共|団体", "1/2", "上限 1団体につき500万円"}},
		{"rate below the target (mutool)", row("35,000円/10a 等", "除染後農地等の保全", "定額又は1/2以内等"), nil},
		{"absent rate below the target", row("4,000千円 等", "都道府", "--"), nil},
		{"tail not a rate", row("35,000円/10a 等", "除染後農地等の保全", "管理等"), nil},
		{"one token", row("定額", "除染後農地等の保全", "管理等"), nil},
		{"no shape split", row("定額 上限 別に定める", "地方公共", "団体"), nil},
		{"one line target", row("定額 --", "都道府県"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cells, ok := splitWrappedTargetRow(tc.in)
			if tc.want == nil {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			var got []string
			for _, c := range cells {
				got = append(got, strings.Join(c.lines, "|"))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestAbsentCellWrappedTargetRow: after a wrapped 補助対象 and its 補助率
// and 補助上限等 on one line, a URL is the row's URL (2024-019867); after
// two cells printed cell by cell it may still be a cell.
func TestAbsentCellWrappedTargetRow(t *testing.T) {
	l := func(text string, brk bool) sheettext.Line { return sheettext.Line{Text: text, Break: brk} }
	const url = "https://www.mhlw.go.jp/content/"
	assert.False(t, absentCell([]sheettext.Line{l("助成事業に附帯する都道府県における", false), l("事務費", false), l("2/3 無", true), l(url, true)}))
	assert.True(t, absentCell([]sheettext.Line{l("助成事業に附帯する都道府県における", false), l("事務費", false), l("2/3", true), l(url, true)}))
	assert.True(t, absentCell([]sheettext.Line{l("都道府県", false), l("2/3 無", true), l(url, true)}))
}

// TestAbsentCellTwoCellsFirst: 補助対象 and 補助率 on one line, then a
// wrapped 補助上限等: the "--" after them is the row's URL (2024-000715).
func TestAbsentCellTwoCellsFirst(t *testing.T) {
	l := func(text string, brk bool) sheettext.Line { return sheettext.Line{Text: text, Break: brk} }
	assert.False(t, absentCell([]sheettext.Line{l("自治体情報システムの標準化・共通化 国費10/10", false), l("7,182億円 【基金（令和７年度ま", true), l("で）】", false), l("--", true)}))
	// a 補助対象 with a space: no rate after it, the "--" is a cell
	assert.True(t, absentCell([]sheettext.Line{l("民間 団体", false), l("1/2", true), l("--", true)}))
	// a rate first: not a 補助対象
	assert.True(t, absentCell([]sheettext.Line{l("1/2 2/3", false), l("上限", true), l("--", true)}))
}
