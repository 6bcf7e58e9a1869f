package listrules

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/stretchr/testify/assert"
)

func TestRecipientWordsRow(t *testing.T) {
	for _, tc := range []struct {
		name, in, row string
		ok            bool
	}{
		{"name and amount after 支出額", "支出先名\n支出額\n株式会社野村総合研究所\n142,172\n法人番号\n4010001054032\n", "株式会社野村総合研究所 142,172 4010001054032", true},
		{"name and amount after 法人番号", "支出先名\n支出額\n法人番号\n一般社団法人えんがお\n6,000\n5060005009340\n", "一般社団法人えんがお 6,000 5060005009340", true},
		{"-- for the amount and 法人番号", "支出先名\n支出額\n法人番号\nその他\n5,803\n--\n", "その他 5,803 --", true},
		{"a header word where the name stands", "支出先名\n支出額\n法人番号\n契約概要（契約名）/契約方式等\n5,803\n--\n", "", false},
		{"no 法人番号 where it must be", "支出先名\n支出額\n株式会社Ｒｉｄｉｌｏｖｅｒ\n21,670\n一者応札等の理由と改善策∕落札率非公開の理由\n法人番号\n", "", false},
		{"the amount is not one", "支出先名\n支出額\n株式会社電通\n孤独\n法人番号\n1010405009898\n", "", false},
		{"Chromium's pairs are not this rule's", "支出先名\n株式会社電通\n支出額\n13,750\n法人番号\n1010405009898\n", "", false},
		{"cut short", "支出先名\n支出額\n株式会社電通\n13,750\n法人番号\n", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			head, row, ok := recipientWordsRow(scanLines(tc.in), 0)
			assert.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, string(label.SpRecipientHeader), head.Text)
			}
			assert.Equal(t, tc.row, row.Text)
		})
	}
}

func TestBlockWordsRow(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		n              int
	}{
		{"letter and name among the words, ほか printed first",
			"支出先ブロック名\n合計支出額\nA\nほか\n株式会社エヌ・ティ・ティ・データ経営研究所\n支出先数\n事業を行う上での役割\n622,650\n22\n孤独・孤立対策に係る調査研究業務ほか\n",
			string(label.SpBlockHeader) + "\nA 株式会社エヌ・ティ・ティ・データ経営研究所 ほか 622,650 22", 9},
		{"the words, then the whole row",
			"支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nB 岐阜県 ほか 16,640 18\n各都道府県が行う…\n",
			string(label.SpBlockHeader) + "\nB 岐阜県 ほか 16,640 18", 5},
		{"a name without ほか", "支出先ブロック名\n合計支出額\nD\n株式会社X\n支出先数\n事業を行う上での役割\n--\n1\n",
			string(label.SpBlockHeader) + "\nD 株式会社X -- 1", 8},
		{"the words, then the row a cell a line (mutool, PyMuPDF)",
			"支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\n株式会社エヌ・ティ・ティ・データ経営研究所 ほか\n622,650\n22\n孤独・孤立対策に係る調査研究業務ほか\n",
			string(label.SpBlockHeader) + "\nA 株式会社エヌ・ティ・ティ・データ経営研究所 ほか 622,650 22", 8},
		{"a cell a line, ほか on a line of its own printed first",
			"支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\nほか\n株式会社X\n--\n--\n",
			string(label.SpBlockHeader) + "\nA 株式会社X ほか -- --", 9},
		{"a cell a line, the name in two lines", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nC\n一般社団法人\nえんがお ほか\n44,415\n9\n",
			string(label.SpBlockHeader) + "\nC 一般社団法人 えんがお ほか 44,415 9", 9},
		{"a cell a line, the name in three lines", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nC\n一般\n社団法人\nえんがお\n44,415\n9\n", "", 0},
		{"a cell a line, no name", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\n622,650\n22\n", "", 0},
		{"a cell a line, ほか alone for the name", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\nほか\n622,650\n22\n", "", 0},
		{"a cell a line, a 法人番号 where the count stands", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\n株式会社X\n622,650\n1010001143390\n", "", 0},
		{"a cell a line, the count missing", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\n株式会社X\n622,650\n支出先名\n", "", 0},
		{"a cell a line, cut short", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nA\n株式会社X\n622,650\n", "", 0},
		{"no letter and no whole row", "支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\n株式会社X\n", "", 0},
		{"the count is not one", "支出先ブロック名\n合計支出額\nA\n株式会社X\n支出先数\n事業を行う上での役割\n622,650\n役割\n", "", 0},
		{"a figure among the words", "支出先ブロック名\n合計支出額\nA\n622,650\n支出先数\n事業を行う上での役割\n622,650\n22\n", "", 0},
		{"the words out of order", "支出先ブロック名\n支出先数\nA\n株式会社X\n合計支出額\n事業を行う上での役割\n622,650\n22\n", "", 0},
		{"the header on one line is not this rule's", "支出先ブロック名 合計支出額 支出先数 事業を行う上での役割\nA X 1 1\n", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, n := blockWordsRow(scanLines(tc.in), 0)
			var got []string
			for _, l := range rows {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}

// TestContractHeaderWordsInlineSlash: wkhtmltopdf prints the contract
// header's last word with its ∕ inline.
func TestContractHeaderWordsInlineSlash(t *testing.T) {
	words := "契約概要（契約名）/契約方式等\n支出額\n入札者数\n落札率(%)\n"
	assert.Equal(t, 5, ContractHeaderWordsAt(scanLines(words+"一者応札等の理由と改善策∕落札率非公開の理由\n"), 0))
	assert.Equal(t, 6, ContractHeaderWordsAt(scanLines("∕\n"+words+"一者応札等の理由と改善策 落札率非公開の理由\n"), 0))
	assert.Equal(t, 0, ContractHeaderWordsAt(scanLines(words+"一者応札等の理由と改善策\n"), 0))
	assert.Equal(t, 0, ContractHeaderWordsAt(scanLines("契約概要（契約名）∕契約方式等\n支出額\n入札者数\n落札率(%)\n一者応札等の理由と改善策∕落札率非公開の理由\n"), 0))
}

func TestLetterBeforeHeader(t *testing.T) {
	const header = "支出先ブロック名 合計支出額 支出先数 事業を行う上での役割"
	for _, tc := range []struct {
		name, in, row string
		ok            bool
	}{
		{"A5: the letter above the header", "A\n" + header + "\n株式会社エヌ・ティ・ティ・データ経営研究所\nほか\n", "A 株式会社エヌ・ティ・ティ・データ経営研究所", true},
		{"a whole block row after the header keeps its own letter", "A\n" + header + "\nB 岐阜県 ほか 16,640 18\n", "", false},
		{"a figure after the header", "A\n" + header + "\n622,650\n", "", false},
		{"not a letter", "株式会社\n" + header + "\nX\n", "", false},
		{"no header after the letter", "A\n株式会社X\nほか\n", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			head, row, ok := letterBeforeHeader(scanLines(tc.in), 0)
			assert.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, header, head.Text)
			}
			assert.Equal(t, tc.row, row.Text)
		})
	}
}

func TestCompleteContractHeaders(t *testing.T) {
	const four = "契約概要（契約名）/契約方式等\n支出額\n入札者数\n落札率(%)\n"
	const last = "一者応札等の理由と改善策∕落札率非公開の理由"
	const row = "令和6年度 交付金\n補助金等交付\n1,430\n1\n--\n--\n"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"the last word before the next contract header goes back",
			four + row + "支出先名 支出額 法人番号\n鳥取県\n1,336\n7000020310000\n" + last + "\n" + four + last + "\n",
			four + last + "\n" + row + "支出先名 支出額 法人番号\n鳥取県\n1,336\n7000020310000\n" + four + last},
		{"the last word before the next recipient header goes back",
			four + row + last + "\n支出先名\n支出額\n",
			four + last + "\n" + row + "支出先名\n支出額"},
		{"the last word followed by other text stays",
			four + row + last + "\n滋賀県\n",
			four + row + last + "\n滋賀県"},
		{"a whole header is left alone",
			four + last + "\n" + row,
			four + last + "\n" + row[:len(row)-1]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range completeContractHeaders(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}

func TestContractHeaderAnyOrder(t *testing.T) {
	const last = "一者応札等の理由と改善策∕落札率非公開の理由"
	assert.True(t, contractHeaderAnyOrder(scanLines("契約概要（契約名）/契約方式等\n入札者数\n落札率(%)\n支出額\n"+last+"\n"), 0))
	assert.True(t, contractHeaderAnyOrder(scanLines("契約概要（契約名）/契約方式等\n支出額\n入札者数\n落札率(%)\n"+last+"\n"), 0))
	assert.False(t, contractHeaderAnyOrder(scanLines("契約概要（契約名）/契約方式等\n入札者数\n落札率(%)\n令和6年度\n支出額\n"), 0), "a cell among the words")
	assert.False(t, contractHeaderAnyOrder(scanLines("契約概要（契約名）/契約方式等\n支出額\n支出額\n落札率(%)\n"+last+"\n"), 0), "a word twice")
	assert.False(t, contractHeaderAnyOrder(scanLines("支出額\n契約概要（契約名）/契約方式等\n入札者数\n落札率(%)\n"+last+"\n"), 0), "not starting with 契約概要")
}
