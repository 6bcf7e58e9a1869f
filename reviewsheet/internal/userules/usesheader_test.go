package userules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinUsesHeader(t *testing.T) {
	const (
		head   = "費目・使途\n（単位：千円）\n\n"
		header = "支出先名 契約概要（契約名） 費目 使途 金額"
		row    = "\n\nA 株式会社X 業務 事業費 使途 1,000"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"A5: a word a line",
			head + "支出先名\n\n契約概要（契約名）\n\n費目\n\n使途\n\n金額" + row,
			head + header + row},
		{"wkhtmltopdf: Kangxi radicals in the label and the words",
			"費⽬・使途\n（単位：千円）\n\n⽀出先名\n\n契約概要（契約名）\n\n費⽬\n\n使途\n\n⾦額" + row,
			"費⽬・使途\n（単位：千円）\n\n" + header + row},
		{"Chromium: the page number after the second word follows the header",
			head + "支出先名\n\n契約概要（契約名）\n\n15 / 16\n\n費目\n\n使途\n\n金額" + row,
			head + header + "\n\n15 / 16" + row},
		{"a list cell among the words (LibreOffice): left as it is",
			head + "支出先名\n\n契約概要（契約名）\n\n入札者数\n1\n費目\n\n使途\n\n金額" + row,
			head + "支出先名\n\n契約概要（契約名）\n\n入札者数\n1\n費目\n\n使途\n\n金額" + row},
		{"a word missing: left as it is",
			head + "支出先名\n\n契約概要（契約名）\n\n費目\n\n金額" + row,
			head + "支出先名\n\n契約概要（契約名）\n\n費目\n\n金額" + row},
		{"the header of another table: left as it is",
			"支出先上位者リスト\n（単位：千円）\n\n支出先名\n\n契約概要（契約名）\n\n費目\n\n使途\n\n金額",
			"支出先上位者リスト\n（単位：千円）\n\n支出先名\n\n契約概要（契約名）\n\n費目\n\n使途\n\n金額"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinUsesHeader(scanLines(tc.in))))
		})
	}
}
