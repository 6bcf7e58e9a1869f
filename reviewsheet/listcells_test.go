package reviewsheet

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/listrules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// contractWords is the contract header printed a word a line, its "∕"
// first, as in the Chromium text.
const contractWords = "∕|契約概要（契約名）/契約方式等|支出額|入札者数|落札率(%)|一者応札等の理由と改善策 落札率非公開の理由"

func TestJoinListCells(t *testing.T) {
	recipientHead := string(label.SpRecipientHeader)
	contractHead := string(label.SpContractHeader)
	blockHead := string(label.SpBlockHeader)
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"block row and first recipient, the role after the recipient's name (Chromium)",
			"支出先ブロック名|A|（単位：千円）|合計支出額|支出先数|X ほか|事業を行う上での役割|622,650|22|支出先名|X|役割ほか|支出額|170,042|法人番号|1010001143390|" + contractWords + "|契約名",
			[]string{"（単位：千円）", blockHead, "A X ほか 622,650 22", "役割ほか", recipientHead, "X 170,042 1010001143390", contractHead, "契約名"}},
		{"recipient label/value pairs, no role",
			"支出先名|Y|支出額|142,172|法人番号|--|" + contractWords,
			[]string{recipientHead, "Y 142,172 --", contractHead}},
		{"recipient whose header normalize.JoinHeaderRows put together after its name and amount",
			"前の行。|Y|142,172|" + recipientHead + "|4010001054032|" + contractWords,
			[]string{"前の行。", recipientHead, "Y 142,172 4010001054032", contractHead}},
		{"block header word before a whole block row, other words between (Chromium, block B)",
			"--|支出先ブロック名|落札率(%)|-合計支出額|B 岐阜県 ほか 16,640 18|役割",
			[]string{"--", "落札率(%)", "-合計支出額", blockHead, "B 岐阜県 ほか 16,640 18", "役割"}},
		{"labels with values of other rows, no contract header after them (LibreOffice): left alone",
			"支出先名|山梨県|支出額|3,672|法人番号|1000020380008|契約概要（契約名）/契約方式等|令和6年度 交付金",
			[]string{"支出先名", "山梨県", "支出額", "3,672", "法人番号", "1000020380008", "契約概要（契約名）/契約方式等", "令和6年度 交付金"}},
		{"a name that is a header word: the recipient is left alone, the contract header joins",
			"支出先名|支出額|支出額|3,672|法人番号|1000020380008|" + contractWords,
			[]string{"支出先名", "支出額", "支出額", "3,672", "法人番号", "1000020380008", contractHead}},
		{"a corporate number of 12 digits: the recipient is left alone",
			"支出先名|Y|支出額|3,672|法人番号|100002038000|" + contractWords,
			[]string{"支出先名", "Y", "支出額", "3,672", "法人番号", "100002038000", contractHead}},
		{"a block row with something after its figures is no block row",
			"支出先ブロック名|B 岐阜県 ほか 16,640 18 役割",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := textLines(tc.in)
			want := tc.want
			if want == nil {
				want = strings.Split(tc.in, "|")
			}
			got := listrules.JoinListCells(in)
			assert.Equal(t, want, lineTexts(got))
			if tc.want == nil {
				assert.Equal(t, &in[0], &got[0], "unchanged lines are returned as they are")
			}
		})
	}
}

func TestContractHeaderWordsAt(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{contractWords, 6},
		{strings.TrimPrefix(contractWords, "∕|"), 5},
		{"∕|契約概要（契約名）/契約方式等|支出額|入札者数", 0},
		{"x", 0},
	} {
		assert.Equal(t, tc.want, listrules.ContractHeaderWordsAt(textLines(tc.in), 0), tc.in)
	}
	assert.Equal(t, 0, listrules.ContractHeaderWordsAt(nil, 0))
}

func TestBlockRoleAfterName(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"X|役割ほか|支出額", 1},
		{"X|役割の|続き|支出額", 2},
		{"X|支出額", 0},
		{"X|1,000|支出額", 0},     // a figure is no role
		{"X|法人番号|支出額", 0},      // nor a header word
		{"X|a|b|c|d|e|支出額", 0}, // too far
		{"X|a", 0},
	} {
		assert.Equal(t, tc.want, listrules.BlockRoleAfterName(textLines(tc.in), 0), tc.in)
	}
}

func TestReasonLinesAbsentCell(t *testing.T) {
	// a reason "--" printed on a line of its own is the whole cell: the
	// next contract's name is not taken into it
	got, n := linerules.ReasonLines(textLines("--|次の契約名|一般競争契約（総合評価）|1,000 1 90.0 --"), false, true)
	require.Equal(t, 1, n)
	assert.Equal(t, []string{"--"}, lineTexts(got))
	// a reason that starts with text still wraps
	got, n = linerules.ReasonLines(textLines("予定価格が類推される|恐れがあるため。|次"), false, true)
	assert.Equal(t, 2, n)
	assert.Equal(t, []string{"予定価格が類推される", "恐れがあるため。"}, lineTexts(got))
}

func TestSkipUnitTwoCellsBefore(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lostDash bool
		in       string
		want     []string
		errs     int
	}{
		{"unit first", false, "（単位：千円）|a|b", []string{"a", "b"}, 0},
		{"unit second (layout text)", false, "a|（単位：千円）|b", []string{"a", "b"}, 0},
		{"unit third, pdftotext without -layout", true, "支出先ブロック名|A|（単位：千円）|合計支出額", []string{"支出先ブロック名", "A", "合計支出額"}, 0},
		{"unit third in other text: not found", false, "支出先ブロック名|A|（単位：千円）|合計支出額", []string{"支出先ブロック名", "A", "（単位：千円）", "合計支出額"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &parser{defaultMode: tc.lostDash}
			f := &field{spec: label.Spec{L: label.SpTopList}, lines: textLines(tc.in)}
			assert.Equal(t, tc.want, lineTexts(p.skipUnit(f)))
			assert.Len(t, p.diags, tc.errs)
		})
	}
}
