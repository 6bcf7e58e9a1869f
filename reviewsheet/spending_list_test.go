package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/spending"
)

// textLines turns "a|b||c" into lines; "||" marks a blank line before c.
func textLines(s string) []sheettext.Line {
	var out []sheettext.Line
	brk := false
	for i, t := range strings.Split(s, "|") {
		if t == "" {
			brk = true
			continue
		}
		out = append(out, sheettext.Line{Pos: sheettext.Pos(i + 1), Text: t, Break: brk})
		brk = false
	}
	return out
}

func lineTexts(ls []sheettext.Line) []string {
	out := []string{}
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

func TestSplitMethod(t *testing.T) {
	tests := []struct {
		in     string
		name   []string
		method spending.Method
		ok     bool
	}{
		{"調査研究業務|一般競争契約（総合評価）", []string{"調査研究業務"}, spending.OpenComprehensive, true},
		{"その他|その他(-)", []string{"その他"}, "その他(-)", true},
		{"長い契約名の|最後の部分 随意契約（少額）", []string{"長い契約名の", "最後の部分"}, spending.NegotiatedSmall, true},
		{"業務|一般競争契約（総合評|価）", []string{"業務"}, spending.OpenComprehensive, true},
		{"業務|随意契約（その他）(特命随意)", []string{"業務"}, "随意契約（その他）(特命随意)", true},
		{"業務|随意契約（謎）", []string{"業務"}, "随意契約（謎）", false},
		{"一般競争契約（総合評価）", []string{}, spending.OpenComprehensive, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			name, m, ok := linerules.SplitMethod(textLines(tt.in))
			assert.Equal(t, tt.name, lineTexts(name))
			assert.Equal(t, tt.method, m)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

// TestReasonLines: where a reason that starts below its row ends, with
// and without blank lines in the text.
func TestReasonLines(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		breaks bool
		want   []string
	}{
		{"break ends it", "予定価格が類推される恐れがあるため、落札率は記載|しない。||次の契約名|一般競争契約（総合評価）|1 1 1 --", true, []string{"予定価格が類推される恐れがあるため、落札率は記載", "しない。"}},
		{"no breaks: sentence end", "予定価格が類推される恐れがあるため、落札率は記載|しない。|次の契約名|一般競争契約（総合評価）|1 1 1 --", false, []string{"予定価格が類推される恐れがあるため、落札率は記載", "しない。"}},
		{"no breaks, no full stop: the next name is kept", "理由の文|次の契約名|一般競争契約（総合評価）|1 1 1 --", false, []string{"理由の文"}},
		{"method line never taken", "理由の文|一般競争契約（総合評価）|1 1 1 --", false, []string{}},
		{"end of table", "理由の|続き", false, []string{"理由の", "続き"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := linerules.ReasonLines(textLines(tt.in), tt.breaks, true)
			assert.Equal(t, tt.want, lineTexts(got))
			assert.Equal(t, len(tt.want), n)
		})
	}
}

func TestFlowHelpers(t *testing.T) {
	for in, want := range map[string]bool{
		"684,784 千円": true, "1,079 千": true, "622,650": true, "622,650千円": true,
		"千円": false, "内閣府": false, "-- 千円": true, "--": false, "1 2 3": false, "2025年": false,
	} {
		assert.Equal(t, want, linerules.IsFlowAmount(in), in)
	}
	for in, want := range map[string][2]string{
		"A. 株式会社": {"A", "株式会社"}, "AB. x": {"AB", "x"}, "C.": {"C", ""},
		"A.B": {"", ""}, "a. x": {"", ""}, "1. 職員旅費: 1,079": {"", ""}, "ABCD. x": {"", ""},
	} {
		l, r, _ := linerules.BlockHeading(in)
		assert.Equal(t, want, [2]string{l, r}, in)
	}
	assert.True(t, isIndirectItem("1. 職員旅費: 1,079"))
	assert.True(t, isIndirectItem("12. 委員等旅費: 9"))
	assert.False(t, isIndirectItem("1.5 千円"))
	assert.False(t, isIndirectItem("A. x"))
}

// TestUnexpectedListText: lines of the 支出先上位者リスト that stand
// before a column header are one error, at the first of them, however
// many they are (a list printed in an order the parser does not know
// gave an error a line: 536 for one default-mode text).
func TestUnexpectedListText(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		msgs []string // error messages, in order
	}{
		{"one line", "孤立した行|支出先ブロック名 合計支出額 支出先数 事業を行う上での役割|A 株式会社X 1,000 1 調査",
			[]string{`unexpected text "孤立した行" (expected a column header): table layout`}},
		{"a run, then a header", "支出先名|岐阜県|支出額|3,672|支出先ブロック名 合計支出額 支出先数 事業を行う上での役割|A 株式会社X 1,000 1 調査",
			[]string{`unexpected text "支出先名" and the 3 lines after it, to "3,672" (expected a column header): not read: table layout`}},
		{"a run to the end", "支出先名|岐阜県|支出額",
			[]string{`unexpected text "支出先名" and the 2 lines after it, to "支出額" (expected a column header): not read: table layout`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file, lines := sheettext.Scan("list.txt", []byte(strings.ReplaceAll(tc.in, "|", "\n")))
			p := &parser{file: file, lines: lines, sheet: &Sheet{Source: newSource(file)}}
			var sp spending.Spending
			p.parseTopList(lines, &sp)
			var msgs []string
			for _, d := range p.diags {
				msgs = append(msgs, d.err.Error())
			}
			assert.Equal(t, tc.msgs, msgs)
			assert.Equal(t, lines[0].Pos, p.diags[0].pos)
		})
	}
}
