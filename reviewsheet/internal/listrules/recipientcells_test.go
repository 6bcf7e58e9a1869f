package listrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRecipientCellLines(t *testing.T) {
	const nri = "株式会社野村総合研究所"
	for _, tc := range []struct {
		name, in string
		want     string // "": left as it is
	}{
		{"a cell a line, its own paragraph (mutool, PyMuPDF)",
			joinLines(recHead, "", nri, "142,172", "4010001054032", "", conHead),
			joinLines(recHead, nri+" 142,172 4010001054032", conHead)},
		{"no blank lines (PyMuPDF)",
			joinLines(recHead, nri, "142,172", "4010001054032", conHead),
			joinLines(recHead, nri+" 142,172 4010001054032", conHead)},
		{"-- cells",
			joinLines(recHead, "", nri, "--", "--", "", conHead),
			joinLines(recHead, nri+" -- --", conHead)},
		{"the contract header a word a line",
			joinLines(recHead, "", nri, "142,172", "4010001054032", "", w0, w1, w2, w3, w4),
			joinLines(recHead, nri+" 142,172 4010001054032", conHead)},
		{"the contract header's last word in two lines, its ∕ after (LibreOffice)",
			joinLines(recHead, "", nri, "142,172", "4010001054032", "", w0, w1, w2, w3, "一者応札等の理由と改善策", "落札率非公開の理由", "∕", "", "業務"),
			joinLines(recHead, nri+" 142,172 4010001054032", conHead, "業務")},
		{"the split header without its ∕: left",
			joinLines(recHead, "", nri, "142,172", "4010001054032", "", w0, w1, w2, w3, "一者応札等の理由と改善策", "落札率非公開の理由", "", "業務"), ""},
		{"a blank line inside the row", joinLines(recHead, "", nri, "142,172", "", "4010001054032", "", conHead), ""},
		{"no contract header next", joinLines(recHead, "", nri, "142,172", "4010001054032", "", "次の行"), ""},
		{"a 法人番号 of 12 digits", joinLines(recHead, "", nri, "142,172", "401000105403", "", conHead), ""},
		{"the amount not an amount", joinLines(recHead, "", nri, "十万", "4010001054032", "", conHead), ""},
		{"a figure for the name", joinLines(recHead, "", "170,042", "142,172", "4010001054032", "", conHead), ""},
		{"a wrapped name (two lines)", joinLines(recHead, "", "株式会社野村", "総合研究所", "142,172", "4010001054032", "", conHead), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = texts(scanLines(tc.in))
			}
			assert.Equal(t, want, texts(JoinListCells(scanLines(tc.in))))
		})
	}
}
