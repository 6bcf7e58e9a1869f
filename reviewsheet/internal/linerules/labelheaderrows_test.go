package linerules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestCollapseLabelHeaderRows(t *testing.T) {
	header := layoutLine([]int{0, 14, 36, 62, 71, 77}, "根拠法令", "法令名", "法令番号", "条", "項", "号・号の細分") + "\n"
	row := layoutLine([]int{14, 36, 62, 71, 77}, "孤独・孤⽴対策推進法", "令和五年法律第四⼗五号", "第三条", "--", "--") + "\n"
	off := layoutLine([]int{15, 36, 62, 71, 77}, "孤独・孤⽴対策推進法", "令和五年法律第四⼗五号", "第三条", "--", "--")
	short := layoutLine([]int{14, 36, 62, 71}, "孤独・孤⽴対策推進法", "令和五年法律第四⼗五号", "第三条", "--")
	other := layoutLine([]int{0, 14, 36}, "根拠法令", "法令名", "法令番号") + "\n" + layoutLine([]int{14, 36}, "推進法", "第一号")
	const collapsed = "根拠法令 法令名 法令番号 条 項 号・号の細分\n孤独・孤⽴対策推進法 令和五年法律第四⼗五号 第三条 -- --"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: label, header and row, then a blank line", header + row + "\n関係する計画・\n",
			collapsed + "\n関係する計画・"},
		{"at the end of the text", header + row, collapsed},
		{"after a blank line", "事業概要URL  https://example.jp/\n\n" + header + row + "\n",
			"事業概要URL  https://example.jp/\n" + collapsed},
		{"the next label right under the row (Chromium): unchanged", header + row + "関係する計画・\n",
			header + row + "関係する計画・"},
		{"not after a blank line: unchanged", "事業概要URL\n" + header + row, "事業概要URL\n" + header + row[:len(row)-1]},
		{"two rows", header + row + row + "\n",
			collapsed + "\n孤独・孤⽴対策推進法 令和五年法律第四⼗五号 第三条 -- --"},
		{"a row with a wrapped cell below: unchanged", header + row + layoutLine([]int{14}, "（略称）") + "\n",
			header + row + layoutLine([]int{14}, "（略称）")},
		{"a cell off its header's column: unchanged", header + off + "\n", header + off},
		{"a row missing a cell: unchanged", header + short + "\n", header + short},
		{"not the table's header: unchanged", other + "\n", other},
		{"a row after a blank line: unchanged", header + "\n" + row, header + row[:len(row)-1]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(CollapseLabelHeaderRows(scanLines(tc.in))))
		})
	}
}

// TestCollapseLabelHeaderRowsPositions: a collapsed row keeps the
// position of its first character.
func TestCollapseLabelHeaderRowsPositions(t *testing.T) {
	const in = "根拠法令  法令名    法令番号  条    項    号・号の細分\n      推進法    第一号   一    --   --\n"
	lines := scanLines(in)
	got := CollapseLabelHeaderRows(lines)
	assert.Equal(t, []string{"根拠法令 法令名 法令番号 条 項 号・号の細分", "推進法 第一号 一 -- --"}, []string{got[0].Text, got[1].Text})
	assert.Equal(t, lines[0].Pos, got[0].Pos)
	assert.Equal(t, "推進法", in[int(got[1].Pos)-1:int(got[1].Pos)-1+len("推進法")])
}

// layoutLine lays cells out as pdftotext -layout does: each starting at
// its rune column.
func layoutLine(cols []int, cells ...string) string {
	var b strings.Builder
	n := 0
	for k, c := range cells {
		for ; n < cols[k]; n++ {
			b.WriteByte(' ')
		}
		b.WriteString(c)
		n += utf8.RuneCountInString(c)
	}
	return b.String()
}
