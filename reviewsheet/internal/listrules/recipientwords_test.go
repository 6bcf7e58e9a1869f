package listrules

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRecipientWordsAmongCells(t *testing.T) {
	const (
		name = "公益財団法人ひょうごコミュニティ財団"
		id   = "7140005021310"
	)
	table := []string{"令和6年度孤独・孤立担い手育成支援事業", "補助金等交付", "6,000", "1"}
	next := []string{w0, w2, w1, id, w3, w4}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"A5 (ひょうご): a cell and a glued -支出額 between the words, the last contract word after them",
			slices.Concat(table, []string{"支出先名", "--", glued, "法人番号", w4, name, "6,000"}, next),
			slices.Concat(table, []string{"--", "--", w4, recHead, name, "6,000"}, next)},
		{"the words with two cells between, no contract word after them",
			slices.Concat(table, []string{"支出先名", "--", "支出額", "--", "法人番号", name, "6,000"}, next),
			slices.Concat(table, []string{"--", "--", recHead, name, "6,000"}, next)},
		{"A5 (野村): a contract row's three last cells between the words, the next row whole before a whole header",
			slices.Concat(table, []string{"支出先名", "3", "91.1", glued, "法人番号", w4, name, "6,000", id, conHead}),
			slices.Concat(table, []string{"3", "91.1", "--", w4, recHead, name, "6,000", id, conHead})},
		{"the next row whole, no contract header after it: left as it is",
			slices.Concat(table, []string{"支出先名", "3", "91.1", glued, "法人番号", w4, name, "6,000", id, "名"}), nil},
		{"four cells between the words: left as it is",
			slices.Concat(table, []string{"支出先名", "3", "91.1", "--", glued, "法人番号", w4, name, "6,000", id, conHead}), nil},
		{"no cell between the words: left as it is",
			slices.Concat(table, []string{"支出先名", "支出額", "法人番号", name, "6,000"}, next), nil},
		{"text between the words: left as it is",
			slices.Concat(table, []string{"支出先名", "名", "支出額", "法人番号", name, "6,000"}, next), nil},
		{"no 法人番号 among the next header's words: left as it is (the cells could be the recipient's)",
			slices.Concat(table, []string{"支出先名", "--", glued, "法人番号", name, "6,000", w0, w1, w2, w3, w4}), nil},
		{"no amount after the name: left as it is",
			slices.Concat(table, []string{"支出先名", "--", glued, "法人番号", name, "--"}, next), nil},
		{"not after a table's cell: left as it is",
			slices.Concat([]string{"名"}, []string{"支出先名", "--", glued, "法人番号", name, "6,000"}, next), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(RecipientWordsAmongCells(scanLines(joinLines(tc.in...)))))
		})
	}
}

func TestIDAmongContractWords(t *testing.T) {
	rec := []string{recHead, "公益財団法人ひょうごコミュニティ財団", "6,000"}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"A5 (ひょうご): the number among the words",
			slices.Concat(rec, []string{w0, w2, w1, "7140005021310", w3, w4, "令和6年度…"}),
			slices.Concat(rec, []string{"7140005021310", w0, w2, w1, w3, w4, "令和6年度…"})},
		{"the number last",
			slices.Concat(rec, []string{w0, w1, w2, w3, w4, "7140005021310"}),
			slices.Concat(rec, []string{"7140005021310", w0, w1, w2, w3, w4})},
		{"the row whole: left as it is",
			slices.Concat(rec, []string{"7140005021310", w0, w1, w2, w3, w4}), nil},
		{"a word missing: left as it is",
			slices.Concat(rec, []string{w0, w1, "7140005021310", w3, w4, "令和"}), nil},
		{"a figure that is no 法人番号: left as it is",
			slices.Concat(rec, []string{w0, w1, "6,000", w2, w3, w4}), nil},
		{"no recipient row before: left as it is",
			slices.Concat([]string{recHead, "6,000"}, []string{w0, w1, "7140005021310", w2, w3, w4}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(IDAmongContractWords(scanLines(joinLines(tc.in...)))))
		})
	}
}
