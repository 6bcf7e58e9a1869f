package listrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinContractCellLines(t *testing.T) {
	const name, method = "地域における調査研究業務", "一般競争契約（総合評価）"
	for _, tc := range []struct {
		name, in string
		want     string // "": left as it is
	}{
		{"a cell a line (mutool)",
			joinLines(name, method, "", "170,042", "3", "91.1", "--", "", "次の契約"),
			joinLines(name, method, "170,042 3 91.1 --", "次の契約")},
		{"-- cells and a reason of one line",
			joinLines(name, method, "", "44,000", "1", "--", "予定価格が類推される恐れがあるため", "", "次"),
			joinLines(name, method, "44,000 1 -- 予定価格が類推される恐れがあるため", "次")},
		{"at the end", joinLines(name, "", "170,042", "3", "91.1", "--"), joinLines(name, "170,042 3 91.1 --")},
		{"a reason of two lines", joinLines(name, "", "170,042", "1", "--", "理由の", "続き", "", "次"), ""},
		{"five lines: the next row's amount", joinLines(name, "", "170,042", "3", "91.1", "--", "60,730"), ""},
		{"no blank line before (part of another paragraph)", joinLines(name, "170,042", "3", "91.1", "--", "", "次"), ""},
		{"a figure for the reason", joinLines(name, "", "170,042", "3", "91.1", "22", "", "次"), ""},
		{"a count that is no count", joinLines(name, "", "170,042", "三", "91.1", "--", "", "次"), ""},
		{"no blank lines, after a 契約方式等 (PyMuPDF)",
			joinLines(name, method, "170,042", "3", "91.1", "--", "支出先名"),
			joinLines(name, method, "170,042 3 91.1 --", "支出先名")},
		{"no blank lines, a reason of text: left", joinLines(name, method, "44,000", "1", "--", "予定価格が", "類推される"), ""},
		{"no blank lines, a figure after: left", joinLines(name, method, "170,042", "3", "91.1", "--", "60,730"), ""},
		{"no blank lines, no 契約方式等 before: left", joinLines(name, "170,042", "3", "91.1", "--", "次"), ""},
		{"cells already on one line", joinLines(name, "", "170,042 3 91.1 --", "", "次"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = texts(scanLines(tc.in))
			}
			assert.Equal(t, want, texts(JoinContractCellLines(scanLines(tc.in))))
		})
	}
}
