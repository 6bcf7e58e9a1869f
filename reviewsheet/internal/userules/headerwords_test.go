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

func TestJoinDebtHeader(t *testing.T) {
	const (
		head   = "国庫債務負担行\n為等による契約\n先リスト\n（単位：千円）\n\n"
		joined = "国庫債務負担行\n為等による契約\n先リスト\n（単位：千円）\n\n契約先名 契約額 法人番号\n\n-- -- --"
	)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"LibreOffice: each word with its --",
			head + "契約先名\n--\n\n契約額\n--\n\n法人番号\n--\n\nその他備考\n--\n",
			joined + "\n\nその他備考\n--"},
		{"Chromium: その他備考 first, a page number among the words, a stray 金額 after",
			"費等 275\n" + head + "その他備考\n--\n\n契約先名\n--\n\n契約額\n--\n\n16 / 16\n\n法人番号\n--\n\n38\n",
			"費等 275\n\n38\n" + joined + "\n\nその他備考\n--"},
		{"wkhtmltopdf: folded forms, the three -- after the words",
			head + "その他備考\n--\n\n契約先名\n\n契約額\n\n法⼈番号\n\n--\n\n--\n\n--\n",
			joined + "\n\nその他備考\n--"},
		{"A5: words then dashes",
			head + "契約先名\n\n契約額\n\n法人番号\n\n--\n\n--\n\n--\n\nその他備考\n--\n",
			joined + "\n\nその他備考\n--"},
		{"a contract in the list: left as it is",
			head + "契約先名\n\n契約額\n\n法人番号\n\n株式会社X\n\n1,000\n\n1234567890123\n",
			head + "契約先名\n\n契約額\n\n法人番号\n\n株式会社X\n\n1,000\n\n1234567890123"},
		{"a fourth --: left as it is (dashes beyond the row are not the list's)",
			head + "契約先名\n--\n\n契約額\n--\n\n法人番号\n--\n--\n",
			head + "契約先名\n--\n\n契約額\n--\n\n法人番号\n--\n--"},
		{"two dashes only: left as it is",
			head + "契約先名\n\n契約額\n\n法人番号\n\n--\n\n--\n",
			head + "契約先名\n\n契約額\n\n法人番号\n\n--\n\n--"},
		{"the words in another order: left as it is",
			head + "契約額\n\n契約先名\n\n法人番号\n\n--\n\n--\n\n--\n",
			head + "契約額\n\n契約先名\n\n法人番号\n\n--\n\n--\n\n--"},
		{"no unit after the label: left as it is",
			"国庫債務負担行為等による契約先リスト\n契約先名\n\n契約額\n\n法人番号\n\n--\n\n--\n\n--\n",
			"国庫債務負担行為等による契約先リスト\n契約先名\n\n契約額\n\n法人番号\n\n--\n\n--\n\n--"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinDebtHeader(scanLines(tc.in))))
		})
	}
}
