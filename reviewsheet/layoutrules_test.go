package reviewsheet

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/normalize"
)

// ruleCase is one input of a line rule and the texts it should give
// (after white space is collapsed, as the section parsers see them).
type ruleCase struct {
	name string
	in   string
	want []string
}

func runLineRule(t *testing.T, rule func([]sheettext.Line) []sheettext.Line, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		_, lines := sheettext.Scan("x", []byte(tc.in))
		var got []string
		for _, l := range rule(lines) {
			got = append(got, linerules.CollapseSpaces(l.Text))
			if l.Text == "-" {
				continue // a "-" put back where pdftotext dropped it
			}
			// every line keeps the position of its first character
			first, _ := utf8.DecodeRuneInString(strings.TrimLeft(l.Text, " "))
			at, _ := utf8.DecodeRuneInString(strings.TrimLeft(tc.in[int(l.Pos)-1:], " "))
			assert.Equal(t, string(first), string(at), "%s: position of %q", tc.name, l.Text)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}

func TestJoinHeaderRows(t *testing.T) {
	runLineRule(t, func(l []sheettext.Line) []sheettext.Line { return normalize.JoinHeaderRows(l, false) }, []ruleCase{
		{"a cell per line", "支出先名\n\n支出額\n\n法人番号\n株式会社 1 1234567890123\n",
			[]string{"支出先名 支出額 法人番号", "株式会社 1 1234567890123"}},
		{"two lines", "会計区分 会計\n勘定 要望額 備考\n", []string{"会計区分 会計 勘定 要望額 備考"}},
		{"whole header: unchanged", "支出先名 支出額 法人番号\n", []string{"支出先名 支出額 法人番号"}},
		{"not the header's cells", "支出先名\n支出額の推移\n", []string{"支出先名", "支出額の推移"}},
		{"a line between: only with interleave", "支出先名\nほか 622,650 22\n支出額\n法人番号\n",
			[]string{"支出先名", "ほか 622,650 22", "支出額", "法人番号"}},
	})
	runLineRule(t, func(l []sheettext.Line) []sheettext.Line { return normalize.JoinHeaderRows(l, true) }, []ruleCase{
		{"a line of the row above between the cells", "A 株式会社\n支出先名\n\nほか 622,650 22 役割\n\n支出額\n\n法人番号\n",
			[]string{"A 株式会社", "ほか 622,650 22 役割", "支出先名 支出額 法人番号"}},
	})
}

func TestMoveHeaderBeside(t *testing.T) {
	runLineRule(t, normalize.MoveHeaderBeside, []ruleCase{
		{"header beside the block row",
			"C 一般社団法人えんがお ほか 44,415 9      支出先名   支出額   法人番号\n孤独・孤立対策に取り組む\n織への交付金\n一般社団法人えんがお        6,000     5060005009340\n",
			[]string{"C 一般社団法人えんがお ほか 44,415 9", "孤独・孤立対策に取り組む", "織への交付金", "支出先名 支出額 法人番号", "一般社団法人えんがお 6,000 5060005009340"}},
		{"header with Kangxi radicals (wkhtmltopdf)",
			"C ⼀般社団法⼈えんがお ほか 44,415 9      ⽀出先名   ⽀出額   法⼈番号\n孤独・孤⽴対策に取り組む\n⼀般社団法⼈えんがお        6,000     5060005009340\n",
			[]string{"C ⼀般社団法⼈えんがお ほか 44,415 9", "孤独・孤⽴対策に取り組む", "⽀出先名 ⽀出額 法⼈番号", "⼀般社団法⼈えんがお 6,000 5060005009340"}},
		{"no row in cells below: unchanged", "C えんがお 9      支出先名   支出額   法人番号\n役割\n",
			[]string{"C えんがお 9 支出先名 支出額 法人番号", "役割"}},
	})
}

func TestSplitPairedValues(t *testing.T) {
	runLineRule(t, normalize.SplitPairedValues, []ruleCase{
		{"two values between two labels",
			"定性的なアウトカムに\n関する成果実績\n--                      --\n実績∕目標∕見込みの\n根拠として用いた統\n計・データ名（出典）\n",
			[]string{"定性的なアウトカムに", "関する成果実績", "--", "実績∕目標∕見込みの", "根拠として用いた統", "計・データ名（出典）", "--"}},
		{"no label after: unchanged", "--    --\n本文\n", []string{"-- --", "本文"}},
		{"not short values: unchanged", "調査結果    公表する\n成果指標\n", []string{"調査結果 公表する", "成果指標"}},
	})
}

func TestSplitBesideLabel(t *testing.T) {
	runLineRule(t, normalize.SplitBesideLabel, []ruleCase{
		{"last piece beside the first", "行政事業レビュ            及び所見\nー推進チームの\n所見に至る過程\n所見   --\n",
			[]string{"行政事業レビュ", "ー推進チームの", "所見に至る過程", "及び所見", "所見 --"}},
		{"Kangxi radicals (wkhtmltopdf)", "⾏政事業レビュ            及び所⾒\nー推進チームの\n所⾒に⾄る過程\n",
			[]string{"⾏政事業レビュ", "ー推進チームの", "所⾒に⾄る過程", "及び所⾒"}},
		{"not a label: unchanged", "行政事業    及び\nその他\n", []string{"行政事業 及び", "その他"}},
	})
}

func TestSplitWrappedBeside(t *testing.T) {
	runLineRule(t, normalize.SplitWrappedBeside, []ruleCase{
		{"cells beside two lines of the label",
			"活動・成果目標        2023 年度   2024 年度\nと実績       当初見込み∕目標値(件)   1   1\n",
			[]string{"活動・成果目標", "と実績", "2023 年度 2024 年度", "当初見込み∕目標値(件) 1 1"}},
		{"value beside the first line only", "アウトカムを複数段階      --\nで設定できない理由\n",
			[]string{"アウトカムを複数段階", "で設定できない理由", "--"}},
		{"nothing beside: unchanged", "定性的なアウトカムに\n関する成果実績\n", []string{"定性的なアウトカムに", "関する成果実績"}},
	})
}

func TestReorderContractRows(t *testing.T) {
	const header = "契約概要（契約名）/契約方式等      支出額   入札者数   落札率(%)   一者応札等の理由と改善策∕落札率非公開の理由\n"
	runLineRule(t, linerules.ReorderContractRows, []ruleCase{
		{"row beside the name, reason beside the next lines",
			header + "孤独・孤立対策強化月間における「統一的な相談窓口体制の   44,000 1 --\n推進」に係る調査研究業務                 予定価格が類推される恐れがあるため、落札率は記載\n一般競争契約（最低価格）                 していない。\n",
			[]string{linerules.CollapseSpaces(header[:len(header)-1]), "孤独・孤立対策強化月間における「統一的な相談窓口体制の", "推進」に係る調査研究業務", "一般競争契約（最低価格）", "44,000 1 --", "予定価格が類推される恐れがあるため、落札率は記載", "していない。"}},
		{"no method line: unchanged", header + "名称   100 1 50.0 --\n説明\n",
			[]string{linerules.CollapseSpaces(header[:len(header)-1]), "名称 100 1 50.0 --", "説明"}},
	})
}

// pad pads s with spaces to n characters: a layout column.
func pad(s string, n int) string { return s + strings.Repeat(" ", n-normalize.Utf8Col(s)) }

func TestUnfoldSideBySideRows(t *testing.T) {
	const header = "費目・使途          支出先名    契約概要（契約名）             費目    使途   金額\n"
	runLineRule(t, normalize.UnfoldSideBySideRows, []ruleCase{
		{"two rows side by side, wrapped over two lines",
			header + pad("-- -- -- その他 講師謝金、印刷製本", 40) + "C 法人 令和6年度担い手育\n" + pad("費等 134", 40) + "成支援事業 人件費 人件費 3,630\n",
			[]string{linerules.CollapseSpaces(header[:len(header)-1]), "-- -- -- その他 講師謝金、印刷製本", "費等 134", "C 法人 令和6年度担い手育", "成支援事業 人件費 人件費 3,630"}},
		{"header with Kangxi radicals (wkhtmltopdf)",
			" 費⽬・使途          ⽀出先名    契約概要（契約名）             費⽬    使途   ⾦額\n" + pad(" -- -- -- その他 講師謝⾦、印刷製本", 40) + "C 法⼈ 令和6年度担い⼿育\n" + pad(" 費等 134", 40) + "成⽀援事業 ⼈件費 ⼈件費 3,630\n",
			[]string{"費⽬・使途 ⽀出先名 契約概要（契約名） 費⽬ 使途 ⾦額", "-- -- -- その他 講師謝⾦、印刷製本", "費等 134", "C 法⼈ 令和6年度担い⼿育", "成⽀援事業 ⼈件費 ⼈件費 3,630"}},
		{"a run not ending with both amounts: unchanged",
			header + pad("-- -- -- その他 講師謝金", 40) + "C 法人\n" + pad("費等", 40) + "成支援事業 3,630\n",
			[]string{linerules.CollapseSpaces(header[:len(header)-1]), "-- -- -- その他 講師謝金 C 法人", "費等 成支援事業 3,630"}},
	})
}

func TestJoinCellRows(t *testing.T) {
	isRecipient := func(t string) bool { return linerules.RecipientRowEnd(t, false) }
	runLineRule(t, func(l []sheettext.Line) []sheettext.Line { return linerules.JoinCellRows(l, 2, isRecipient) }, []ruleCase{
		{"name, amount and 法人番号 a paragraph each", "岐阜県\n\n3,672\n\n4000020210005\n", []string{"岐阜県 3,672 4000020210005"}},
		{"amount beside the name", "株式会社アイネット 6,588\n\n5010001067883\n", []string{"株式会社アイネット 6,588 5010001067883"}},
		{"no break before the cell: unchanged", "岐阜県\n3,672\n4000020210005\n", []string{"岐阜県", "3,672", "4000020210005"}},
		{"a row already: unchanged", "岐阜県 3,672 4000020210005\n", []string{"岐阜県 3,672 4000020210005"}},
	})
}

func TestLostDashRules(t *testing.T) {
	split := func(l []sheettext.Line) []sheettext.Line { out, _ := linerules.SplitDehyphenated(l); return out }
	runLineRule(t, split, []ruleCase{
		{"a wrapped label glued after a dropped -", "成果指標 定性的なアウトカムに\n関する成果実績\n",
			[]string{"成果指標 -", "定性的なアウトカムに", "関する成果実績"}},
		{"the - of 後続アウトカムへのつながり before the next kind", "後続アウトカム\nへのつながり\n\n短期アウトカム\n成果目標\n",
			[]string{"後続アウトカム", "へのつながり", "-", "短期アウトカム", "成果目標"}},
		{"a real value that reads like a heading: unchanged", "後続アウトカム\nへのつながり\n\n短期アウトカム\n\n短期アウトカム 成果目標\n",
			[]string{"後続アウトカム", "へのつながり", "短期アウトカム", "短期アウトカム 成果目標"}},
		{"達成率 cells after the label that follows the table", "達成率(%)\n後続アウトカム\nへのつながり\n\n-- 142 --\n\n長期アウトカム\n",
			[]string{"達成率(%) -- 142 --", "後続アウトカム", "へのつながり", "-", "長期アウトカム"}},
	})
}

func TestSplitHeaderBeside(t *testing.T) {
	_, lines := sheettext.Scan("x", []byte("目標年度 当初見込み∕目標値(地域) 47\n2025年度 活動実績∕成果実績(地域) --\n達成率(%) --\n"))
	var got []string
	for _, l := range splitHeaderBeside(lines) {
		got = append(got, l.Text)
	}
	assert.Equal(t, []string{"目標年度", "2025年度", "当初見込み∕目標値(地域) 47", "活動実績∕成果実績(地域) --", "達成率(%) --"}, got)
}

func TestRestoreSlashes(t *testing.T) {
	runLineRule(t, normalize.RestoreSlashes, []ruleCase{
		{"slashes on a line of their own", "     ∕ ∕\n実績 目標 見込みの\n", []string{"実績∕目標∕見込みの"}},
		{"into the first single space only", "    ∕\n当初見込み 目標値(件)      1      1\n", []string{"当初見込み∕目標値(件) 1 1"}},
		{"at the end of the line", "落札率(%)   一者応札等の理由と改善策 落札率非公開の理由∕\n",
			[]string{"落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由"}},
		{"at the end, the rest on the next line", "落札率(%)                ∕\n       一者応札等の理由と改善策 落札率非公開の理由\n",
			[]string{"落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由"}},
		{"no space to take it: unchanged", "∕\n目標値\n", []string{"∕", "目標値"}},
		{"a slash in its place: unchanged", "実績∕目標\n", []string{"実績∕目標"}},
	})
}
