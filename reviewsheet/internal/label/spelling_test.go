package label

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabelSpellings is the table of spellings extractors print for a
// label, each with the canonical label it reads as and the text after it.
func TestLabelSpellings(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Label
		rest string
	}{
		{"予算事業ID 006423", ProjectID, "006423"},
		{"予算事業 ID 006423", ProjectID, "006423"},
		{"予算事業ＩＤ 006423", ProjectID, "006423"},
		{"予算事業　ＩＤ", ProjectID, ""},
		{"事業終了（予定）年度 終了予定なし", EndYear, "終了予定なし"},
		{"事業終了(予定)年度 終了予定なし", EndYear, "終了予定なし"},
		{"事業終了 (予定) 年度 2030", EndYear, "2030"},
		{"事業概要URL https://x", OverviewURL, "https://x"},
		{"事業概要ＵＲＬ https://x", OverviewURL, "https://x"},
		{"事業概要 URL https://x", OverviewURL, "https://x"},
		{"所見を踏まえた改善点∕概算要求における反映状況", ImproveGroup, ""},
		{"所見を踏まえた改善点/概算要求における反映状況", ImproveGroup, ""},
		{"所見を踏まえた改善点／概算要求における反映状況", ImproveGroup, ""},
		{"所見を踏まえた改善点 ∕ 概算要求における反映状況", ImproveGroup, ""},
		{"契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由", SpContractHeader, ""},
		{"契約概要（契約名）/契約方式等 支出額 入札者数 落札率（％） 一者応札等の理由と改善策∕落札率非公開の理由", SpContractHeader, ""},
		{"契約概要(契約名)／契約方式等 支出額 入札者数 落札率(％) 一者応札等の理由と改善策/落札率非公開の理由", SpContractHeader, ""},
		{"予算額執⾏額表", BudgetTable, ""}, // Kangxi 行 U+2F8F
		{"間接経費: 職員旅費", SpIndirect, "職員旅費"},
		{"間接経費： 職員旅費", SpIndirect, "職員旅費"},
		{"実績∕目標∕見込みの根拠として用いた統計・データ名（出典） --", OcSource, "--"},
		{"実績/目標/見込みの根拠として用いた統計・データ名(出典) --", OcSource, "--"},
		{"実績／目標／見込みの根拠として用いた統計・データ名（出典）", OcSource, ""},
		{"支出先の数: 22", SpRecipientCount, "22"},
		{"支出先の数： 22", SpRecipientCount, "22"},
		{"支出元： 内閣府", SpParent, "内閣府"},
		{"前年度から繰越し -- 700,540", RowCarriedOver, "-- 700,540"},
		{"前年度からの繰越し -- 700,540", RowCarriedOver, "-- 700,540"},
		{"前年度から繰越 -- 700,540", RowCarriedOver, "-- 700,540"},
		{"URL https://x", KPIURL, "https://x"},
		{"ＵＲＬ https://x", KPIURL, "https://x"},
	} {
		t.Run(tc.line, func(t *testing.T) {
			lines := []sheettext.Line{{Text: tc.line}}
			n, rest, ok := Match(lines, 0, tc.want)
			require.True(t, ok, "%q does not read as %s", tc.line, tc.want)
			assert.Equal(t, 1, n)
			assert.Equal(t, tc.rest, rest)
		})
	}
}

// TestLabelSpellingsWrapped: a label wrapped over lines, in another
// spelling.
func TestLabelSpellingsWrapped(t *testing.T) {
	lines := []sheettext.Line{{Text: "所見を踏まえた改善点／"}, {Text: "概算要求における反映状況"}}
	n, rest, ok := Match(lines, 0, ImproveGroup)
	require.True(t, ok)
	assert.Equal(t, 2, n)
	assert.Empty(t, rest)
}

// TestLabelSpellingsRejected: text that only resembles a label.
func TestLabelSpellingsRejected(t *testing.T) {
	for _, tc := range []struct {
		line string
		l    Label
	}{
		{"予算事業IDS 006423", ProjectID},
		{"予算事業  ID", ProjectID}, // two spaces are a cell boundary
		{"事業概要URLs", OverviewURL},
		{"所見を踏まえた改善点", ImproveGroup},
		{"所見を踏まえた改善点-概算要求における反映状況", ImproveGroup},
		{"予算額 執行額表", BudgetTable + "x"},
	} {
		_, _, ok := Match([]sheettext.Line{{Text: tc.line}}, 0, tc.l)
		assert.False(t, ok, "%q read as %s", tc.line, tc.l)
	}
}

// TestOutcomeRowSpellings: the rows of 活動・成果目標と実績 with either
// slash.
func TestOutcomeRowSpellings(t *testing.T) {
	for _, tc := range []struct {
		line string
		k    OcRow
	}{
		{"当初見込み∕目標値(件) 1 1 1", OcTargetRow},
		{"当初見込み/目標値(件) 1 1 1", OcTargetRow},
		{"当初見込み／目標値（件） 1 1 1", OcTargetRow},
		{"活動実績∕成果実績(件) 1 1 --", OcActualRow},
		{"活動実績／成果実績(件) 1 1 --", OcActualRow},
		{"達成率(%) 148.4", OcRateRow},
	} {
		k, n, ok := OcRowLabel([]sheettext.Line{{Text: tc.line}})
		require.True(t, ok, tc.line)
		assert.Equal(t, tc.k, k, tc.line)
		assert.Equal(t, 1, n, tc.line)
		unit, rest := OcSplitUnit(tc.line, OcRows[k])
		assert.NotEmpty(t, unit, tc.line)
		assert.NotEmpty(t, rest, tc.line)
	}
}
