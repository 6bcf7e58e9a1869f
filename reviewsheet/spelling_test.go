package reviewsheet

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// TestLabelSpellings is the table of spellings extractors print for a
// label, each with the canonical label it reads as and the text after it.
func TestLabelSpellings(t *testing.T) {
	for _, tc := range []struct {
		line string
		want label.Label
		rest string
	}{
		{"予算事業ID 006423", label.ProjectID, "006423"},
		{"予算事業 ID 006423", label.ProjectID, "006423"},
		{"予算事業ＩＤ 006423", label.ProjectID, "006423"},
		{"予算事業　ＩＤ", label.ProjectID, ""},
		{"事業終了（予定）年度 終了予定なし", label.EndYear, "終了予定なし"},
		{"事業終了(予定)年度 終了予定なし", label.EndYear, "終了予定なし"},
		{"事業終了 (予定) 年度 2030", label.EndYear, "2030"},
		{"事業概要URL https://x", label.OverviewURL, "https://x"},
		{"事業概要ＵＲＬ https://x", label.OverviewURL, "https://x"},
		{"事業概要 URL https://x", label.OverviewURL, "https://x"},
		{"所見を踏まえた改善点∕概算要求における反映状況", label.ImproveGroup, ""},
		{"所見を踏まえた改善点/概算要求における反映状況", label.ImproveGroup, ""},
		{"所見を踏まえた改善点／概算要求における反映状況", label.ImproveGroup, ""},
		{"所見を踏まえた改善点 ∕ 概算要求における反映状況", label.ImproveGroup, ""},
		{"契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由", label.SpContractHeader, ""},
		{"契約概要（契約名）/契約方式等 支出額 入札者数 落札率（％） 一者応札等の理由と改善策∕落札率非公開の理由", label.SpContractHeader, ""},
		{"契約概要(契約名)／契約方式等 支出額 入札者数 落札率(％) 一者応札等の理由と改善策/落札率非公開の理由", label.SpContractHeader, ""},
		{"予算額執⾏額表", label.BudgetTable, ""}, // Kangxi 行 U+2F8F
		{"間接経費: 職員旅費", label.SpIndirect, "職員旅費"},
		{"間接経費： 職員旅費", label.SpIndirect, "職員旅費"},
		{"実績∕目標∕見込みの根拠として用いた統計・データ名（出典） --", label.OcSource, "--"},
		{"実績/目標/見込みの根拠として用いた統計・データ名(出典) --", label.OcSource, "--"},
		{"実績／目標／見込みの根拠として用いた統計・データ名（出典）", label.OcSource, ""},
		{"支出先の数: 22", label.SpRecipientCount, "22"},
		{"支出先の数： 22", label.SpRecipientCount, "22"},
		{"支出元： 内閣府", label.SpParent, "内閣府"},
		{"前年度から繰越し -- 700,540", label.RowCarriedOver, "-- 700,540"},
		{"前年度からの繰越し -- 700,540", label.RowCarriedOver, "-- 700,540"},
		{"前年度から繰越 -- 700,540", label.RowCarriedOver, "-- 700,540"},
		{"URL https://x", label.KPIURL, "https://x"},
		{"ＵＲＬ https://x", label.KPIURL, "https://x"},
	} {
		t.Run(tc.line, func(t *testing.T) {
			lines := []sheettext.Line{{Text: tc.line}}
			n, rest, ok := label.Match(lines, 0, tc.want)
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
	n, rest, ok := label.Match(lines, 0, label.ImproveGroup)
	require.True(t, ok)
	assert.Equal(t, 2, n)
	assert.Empty(t, rest)
}

// TestLabelSpellingsRejected: text that only resembles a label.
func TestLabelSpellingsRejected(t *testing.T) {
	for _, tc := range []struct {
		line string
		l    label.Label
	}{
		{"予算事業IDS 006423", label.ProjectID},
		{"予算事業  ID", label.ProjectID}, // two spaces are a cell boundary
		{"事業概要URLs", label.OverviewURL},
		{"所見を踏まえた改善点", label.ImproveGroup},
		{"所見を踏まえた改善点-概算要求における反映状況", label.ImproveGroup},
		{"予算額 執行額表", label.BudgetTable + "x"},
	} {
		_, _, ok := label.Match([]sheettext.Line{{Text: tc.line}}, 0, tc.l)
		assert.False(t, ok, "%q read as %s", tc.line, tc.l)
	}
}

// TestOutcomeRowSpellings: the rows of 活動・成果目標と実績 with either
// slash.
func TestOutcomeRowSpellings(t *testing.T) {
	for _, tc := range []struct {
		line string
		k    label.OcRow
	}{
		{"当初見込み∕目標値(件) 1 1 1", label.OcTargetRow},
		{"当初見込み/目標値(件) 1 1 1", label.OcTargetRow},
		{"当初見込み／目標値（件） 1 1 1", label.OcTargetRow},
		{"活動実績∕成果実績(件) 1 1 --", label.OcActualRow},
		{"活動実績／成果実績(件) 1 1 --", label.OcActualRow},
		{"達成率(%) 148.4", label.OcRateRow},
	} {
		k, n, ok := label.OcRowLabel([]sheettext.Line{{Text: tc.line}})
		require.True(t, ok, tc.line)
		assert.Equal(t, tc.k, k, tc.line)
		assert.Equal(t, 1, n, tc.line)
		unit, rest := label.OcSplitUnit(tc.line, label.OcRows[k])
		assert.NotEmpty(t, unit, tc.line)
		assert.NotEmpty(t, rest, tc.line)
	}
}

// TestSampleSpellings: the sample with labels and cells spelled as other
// extractors and fonts print them still reads to the sample's figures.
func TestSampleSpellings(t *testing.T) {
	src := readFile(t, samplePath)
	for _, r := range []struct{ old, new string }{
		{"2025年度行政事業レビューシート", "2025 年度行政事業レビューシート"},
		{"予算事業ID", "予算事業 ID"},
		{"事業終了（予定）年度", "事業終了(予定)年度"},
		{"事業概要URL", "事業概要ＵＲＬ"},
		{"予算額執行額表", "予算額執⾏額表"},
		{"当初見込み∕目標値", "当初見込み／目標値"},
		{"活動実績∕成果実績", "活動実績/成果実績"},
		{"改善点∕概算要\n", "改善点／概算要\n"},
		{"落札率(%) 一者応札等の理由と改善策∕", "落札率（％） 一者応札等の理由と改善策/"},
		{"補正予算 -- 3,050,000 -- --", "補正予算 －－ ３，０５０，０００ ーー ――"},
		{"執行額 -- 684,784 -- --", "執行額   --   684,784\t--  --"},
	} {
		require.Positive(t, bytes.Count(src, []byte(r.old)), r.old)
		src = bytes.ReplaceAll(src, []byte(r.old), []byte(r.new))
	}
	p := Parser{Name: "spellings.txt"}
	s, err := p.ParseBytes(src)
	require.NoError(t, err)
	assertSampleFigures(t, s)
	assert.Empty(t, s.Warnings)
}
