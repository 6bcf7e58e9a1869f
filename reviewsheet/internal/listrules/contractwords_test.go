package listrules

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMoveLastContractWord(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"A5 (ＴＯＰＰＡＮ): the word after the first contract's cells",
			[]string{w0, w1, w2, w3, "「孤独・孤立対策強化月間」特設イベントサイト", "一般競争契約（総合評価）", "34,540 5 --", "予定価格が類推される恐れがあるため", w4, "「つながりサポーター養成講座」", "22,990"},
			[]string{w0, w1, w2, w3, w4, "「孤独・孤立対策強化月間」特設イベントサイト", "一般競争契約（総合評価）", "34,540 5 --", "予定価格が類推される恐れがあるため", "「つながりサポーター養成講座」", "22,990"}},
		{"A5 (青森県): the word after the next recipient's header",
			[]string{w0, w1, w2, w3, "令和6年度 地方における孤独・孤立対策推進事業交付金", "補助金等交付", "555", "1", "--", "--", recHead, w4, "滋賀県", "502", "7000020250007", conHead},
			[]string{w0, w1, w2, w3, w4, "令和6年度 地方における孤独・孤立対策推進事業交付金", "補助金等交付", "555", "1", "--", "--", recHead, "滋賀県", "502", "7000020250007", conHead}},
		{"the word with a space for its ∕ (Chromium)",
			[]string{w0, w1, w2, w3, "名", "1,000 1 --", "一者応札等の理由と改善策 落札率非公開の理由"},
			[]string{w0, w1, w2, w3, "一者応札等の理由と改善策 落札率非公開の理由", "名", "1,000 1 --"}},
		{"the header whole: left as it is",
			[]string{w0, w1, w2, w3, w4, "名", "1,000 1 --"}, nil},
		{"支出先名 before the word: left as it is (A5, the first recipient)",
			[]string{w0, w1, w2, w3, "名", "170,042", "支出先名", "3", "91.1", "-支出額", "法人番号", "22", w4}, nil},
		{"the recipient header not right before the word: left as it is",
			[]string{w0, w1, w2, w3, "名", recHead, "滋賀県", w4}, nil},
		{"another contract header first: left as it is",
			[]string{w0, w1, w2, w3, "名", conHead, "名", w4}, nil},
		{"another contract word first: left as it is",
			[]string{w0, w1, w2, w3, "名", w1, w4}, nil},
		{"the word too far: left as it is",
			append(append([]string{w0, w1, w2, w3}, make16("セル")...), w4), nil},
		{"no word: left as it is", []string{w0, w1, w2, w3, "名", "1,000 1 --"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(MoveLastContractWord(scanLines(joinLines(tc.in...)))))
		})
	}
}

// make16 returns contractWordsReach cells of text s.
func make16(s string) []string {
	out := make([]string, contractWordsReach)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestGatherContractWords(t *testing.T) {
	rec := []string{recHead, "ＮＰＯ法人市民ネットすいた", "4,506", "7120905003161"}
	cells := []string{"令和6年度孤独・孤立担い手育成支援事業", "補助金等交付", "4,506", "1", "--", "--"}
	words := []string{"支出先名", "支出額", "法人番号", "株式会社日本リサーチセンター", "40,700", "5010001062587"}
	toppan := []string{"「孤独・孤立対策強化月間」特設イベントサイト", "一般競争契約（総合評価）", "34,540 5 --", "予定価格が類推される恐れがあるため", "「つながりサポーター養成講座」", "一般競争契約（総合評価）"}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: as in
	}{
		{"A5 (市民ネットすいた): three words after the cells",
			slices.Concat(rec, []string{w0, w1}, cells, []string{w2, w3, w4, recHead}),
			slices.Concat(rec, []string{w0, w1, w2, w3, w4}, cells, []string{recHead})},
		{"the words among the cells, in any order",
			slices.Concat(rec, []string{w0, w2}, cells[:2], []string{w4, w1}, cells[2:], []string{w3}),
			slices.Concat(rec, []string{w0, w1, w2, w3, w4}, cells)},
		{"an empty contract table above the recipient: left as it is (A5, かながわ)",
			slices.Concat([]string{"--", conHead}, rec, []string{w0, w2, w3}, cells, []string{w1, w4}), nil},
		{"the same with the table's words a line each: left as it is",
			slices.Concat([]string{w4}, rec, []string{w0, w2, w3}, cells, []string{w1, w4}), nil},
		{"the next recipient before the last word: left as it is (A5, えんがお)",
			slices.Concat(rec, []string{w0, w1, w2, w3}, cells[:4], []string{"支出先名", "--", "-支出額", "法人番号", w4}), nil},
		{"a word twice: left as it is",
			slices.Concat(rec, []string{w0, w1}, cells, []string{w1, w2, w3, w4}), nil},
		{"the words in a row: left as it is (contractHeaderAnyOrder's)",
			slices.Concat(rec, []string{w0, w2, w3, w1, w4}, cells), nil},
		{"not after a recipient row: left as it is",
			slices.Concat([]string{"名"}, []string{w0, w1}, cells, []string{w2, w3, w4}), nil},
		{"a row whose 法人番号 is not 13 digits: left as it is",
			slices.Concat([]string{recHead, "名", "4,506", "712090500316"}, []string{w0, w1}, cells, []string{w2, w3, w4}), nil},
		{"a word too far: left as it is",
			slices.Concat(rec, []string{w0, w1, w2, w3}, make16("セル"), []string{w4}), nil},
		{"wkhtmltopdf (ＴＯＰＰＡＮ): after a recipient's words, two words between the second contract's cells",
			slices.Concat(words, []string{w0, w1, w2}, toppan, []string{"22,990", "2", w3, "66.1", w4, "--", "支出先名"}),
			slices.Concat(words, []string{w0, w1, w2, w3, w4}, toppan, []string{"22,990", "2", "66.1", "--", "支出先名"})},
		{"wkhtmltopdf (日本リサーチセンター): the last word among the next recipient's words, before a whole header",
			slices.Concat(words, []string{w0, w1}, cells, []string{w2, w3, "支出先名", "支出額", "株式会社Ｒｉｄｉｌｏｖｅｒ", "21,670", w4, "法人番号", "3013301033565", w0, w1, w2, w3, w4}),
			slices.Concat(words, []string{w0, w1, w2, w3, w4}, cells, []string{"支出先名", "支出額", "株式会社Ｒｉｄｉｌｏｖｅｒ", "21,670", "法人番号", "3013301033565", w0, w1, w2, w3, w4})},
		{"the same before the next header's first word only: left as it is (the word could be that header's)",
			slices.Concat(words, []string{w0, w1}, cells, []string{w2, w3, "支出先名", "支出額", "名", "21,670", w4, "法人番号", "3013301033565", w0, "セル"}), nil},
		{"the same with two words missing: left as it is",
			slices.Concat(words, []string{w0, w1}, cells, []string{w2, "支出先名", "支出額", "名", "21,670", w3, w4, "法人番号", "3013301033565", conHead}), nil},
		{"the same with the word after 入札者数 of the next table: left as it is",
			slices.Concat(words, []string{w0, w1}, cells, []string{w2, w3, "支出先名", "支出額", "名", "21,670", w2, w4, "法人番号", "3013301033565", conHead}), nil},
		{"a recipient's words whose 法人番号 is no number: left as it is",
			slices.Concat([]string{"支出先名", "支出額", "法人番号", "名", "40,700", "セル"}, []string{w0, w1}, cells, []string{w2, w3, w4}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, joinLines(want...), texts(GatherContractWords(scanLines(joinLines(tc.in...)))))
		})
	}
}
