package sheettext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func texts(ls []Line) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		s := l.Text
		if l.Break {
			s = "¶" + s
		}
		out[i] = s
	}
	return out
}

func TestColumns(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "grid row",
			in: "head\n\n" +
				grid([]string{"都道府県", "地方版プラ", "上限プラ", "https://a"},
					[]string{"", "ットフォ", "ットフォ", "b.pdf"},
					[]string{"", "事業：1/2", "4,000千円", ""},
					[]string{"", "", "経費", ""}) +
				"\n" +
				"次\n",
			want: []string{"head", "¶都道府県", "¶地方版プラ", "ットフォ", "事業：1/2", "¶上限プラ", "ットフォ", "4,000千円", "経費", "¶https://a", "b.pdf", "¶次"},
		},
		{
			name: "one line with runs of spaces stays",
			in:   "要求額     --    408,000\n当初予算   0     203,368\n",
			want: []string{"要求額     --    408,000", "当初予算   0     203,368"},
		},
		{
			name: "misaligned continuation stays",
			in:   "a   b   c\n  x\n",
			want: []string{"a   b   c", "  x"},
		},
		{
			name: "indented text after a blank line is a new paragraph",
			in:   "a   b\n\n    b2\n",
			want: []string{"a   b", "¶    b2"},
		},
		{
			name: "rows under a label spanning them stay",
			in: "基本情報\n" + grid([]string{"組織情報", "府省庁", "内閣府"},
				[]string{"", "作成責任者", "土屋"}) +
				"次\n",
			want: []string{"基本情報", "組織情報        府省庁         内閣府", "            作成責任者       土屋", "次"},
		},
		{
			name: "a grid of boxes right under a line of text, column by column",
			in: "活動・成果目標等のつながり\n" +
				grid([]string{"", "101: 活動", "201: 出力", "301: 短期"},
					[]string{"", "全国調査", "実態の把握", "調査結果を"},
					[]string{"", "", "", "公表する"},
					[]string{"", "104: 活動", "202: 出力"},
					[]string{"", "事業", "活動"}) +
				"\n次\n",
			want: []string{"活動・成果目標等のつながり", "101: 活動", "全国調査", "104: 活動", "事業",
				"¶201: 出力", "実態の把握", "202: 出力", "活動", "¶301: 短期", "調査結果を", "公表する", "¶次"},
		},
		{
			name: "staggered boxes: each a line lower than the one to its left",
			in: "つながり\n" +
				grid([]string{"", "101: 活動"},
					[]string{"", "全国調"},
					[]string{"", "", "201: 出力"},
					[]string{"", "", "実態の"},
					[]string{"", "", "", "301: 短期"},
					[]string{"", "", "", "調査結果"},
					[]string{"", "査", "把握", "を公表"},
					[]string{"", "104: 活動"},
					[]string{"", "事業"}) +
				"\n次\n",
			want: []string{"つながり", "101: 活動", "全国調", "査", "104: 活動", "事業",
				"¶201: 出力", "実態の", "把握", "¶301: 短期", "調査結果", "を公表", "¶次"},
		},
		{
			name: "table rows under their column header, one after the other",
			in: grid([]string{"補助率等", "補助対象", "補助率", "URL"}) +
				grid([]string{"", "都道府県", "1/2", "https://a"},
					[]string{"", "", "3/4", "b.pdf"},
					[]string{"", "市区町村", "3/4", "https://c"}) +
				"備考 --\n",
			// a row of one line stays a line
			want: []string{"補助率等        補助対象        補助率         URL", "都道府県", "¶1/2", "3/4", "¶https://a", "b.pdf",
				"            市区町村        3/4         https://c", "備考 --"},
		},
		{
			name: "no grid",
			in:   "plain text\nmore text\n",
			want: []string{"plain text", "more text"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.in)
			_, lines := Scan("x", src)
			got := Columns(lines)
			assert.Equal(t, tc.want, texts(got))
			for _, l := range got { // every line is the source at its position
				off := int(l.Pos) - 1
				assert.True(t, strings.HasPrefix(string(src[off:]), l.Text), "%q at %d", l.Text, off)
			}
		})
	}
}

// grid lays out rows of cells at columns 12 runes apart, as
// pdftotext -layout does.
func grid(rows ...[]string) string {
	var b strings.Builder
	for _, r := range rows {
		line := ""
		for k, c := range r {
			for utf8.RuneCountInString(line) < 12*k {
				line += " "
			}
			line += c
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

func TestSegments(t *testing.T) {
	assert.Equal(t, []string{"a", "b"}, segTexts(segments(nil, "a\tb")))
	got := segments(nil, "都道府県  地方 版   x")
	assert.Equal(t, []segment{{col: 0, off: 0, text: "都道府県"}, {col: 6, off: 14, text: "地方 版"}, {col: 13, off: 27, text: "x"}}, got)
	assert.Empty(t, segments(nil, "   "))
}

func segTexts(ss []segment) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.text)
	}
	return out
}

// FuzzColumns: Columns never panics, keeps every character of a grid row
// (each output line is the source text at its position) and adds no text.
func FuzzColumns(f *testing.F) {
	f.Add([]byte(grid([]string{"都道府県", "地方版プラ", "上限プラ"}, []string{"", "ットフォ", "4,000千円"})))
	f.Add([]byte("a   b\n    c\n\n  d  e\n"))
	f.Add([]byte("a\tb\n\tc\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, lines := Scan("x", src)
		in, out := 0, 0
		for _, l := range lines {
			in += len(strings.ReplaceAll(strings.ReplaceAll(l.Text, " ", ""), "\t", ""))
		}
		for _, l := range Columns(lines) {
			off := int(l.Pos) - 1
			if off < 0 || off+len(l.Text) > len(src) || string(src[off:off+len(l.Text)]) != l.Text {
				t.Fatalf("line %q is not the source at %d", l.Text, off)
			}
			out += len(strings.ReplaceAll(strings.ReplaceAll(l.Text, " ", ""), "\t", ""))
		}
		if in != out {
			t.Fatalf("%d non-blank bytes in, %d out", in, out)
		}
	})
}
