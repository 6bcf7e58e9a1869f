package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuotedRates(t *testing.T) {
	tests := []struct {
		text string
		want []quotedRate
	}{
		{"当該分を除いた令和６年度の予算執行率は約74％である。", []quotedRate{{year: 2024, value: 74, text: "令和６年度の予算執行率は約74％"}}},
		{"執行率は17.3%。令和元年度の執行率が８２．５％", []quotedRate{{value: 17.3, digits: 1, text: "執行率は17.3%"}, {year: 2019, value: 82.5, digits: 1, text: "令和元年度の執行率が８２．５％"}}},
		{"令和６年度（2024年度）の達成率は95％", nil}, // not a 執行率
		{"2023年度の執行率は50%", []quotedRate{{year: 2023, value: 50, text: "2023年度の執行率は50%"}}},
		{"令和５年度(2023年度)の執行率は50%", []quotedRate{{year: 2023, value: 50, text: "令和５年度(2023年度)の執行率は50%"}}},
		{"予算の執行に努める。", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, quotedRates(tt.text), tt.text)
	}
}

// TestCheckOutcomeNarrative: the sample's 点検結果 quotes 達成率 95％ and
// 114％ for 2024, which none of its outcome tables gives (148.4, 130, 142,
// 111.8): two infos at the text. Quoting a rate the tables give is none.
func TestCheckOutcomeNarrative(t *testing.T) {
	fs := findCode(Check(parseFile(t, samplePath)), CodeOutcomeNarrativeRate)
	require.Len(t, fs, 2)
	for i, want := range []string{"令和６年度（2024年度）の達成率は95％", "令和６年度（2024年度）の達成率は114％"} {
		assert.Equal(t, SeverityInfo, fs[i].Severity)
		assert.Equal(t, "evaluation.result", fs[i].Path)
		assert.Equal(t, 1346, fs[i].Line)
		assert.Equal(t, want, fs[i].Stated)
		assert.Equal(t, "148.4%, 130%, 142%, 111.8%", fs[i].Recomputed)
	}
	fs = findCode(Check(parseSrc(t, mutateAll(t, "達成率は95％", "達成率は130％", "率は114％", "率は142％"))), CodeOutcomeNarrativeRate)
	assert.Empty(t, fs)
}

// TestCheckNarrativeRate: the sample's その他特記事項 quotes 約74％ for 2024,
// the rate without the 3,026,150千円 carried into 2025 (73.8%): no
// finding. A text quoting another figure is a warning at the text.
func TestCheckNarrativeRate(t *testing.T) {
	assert.Empty(t, findCode(Check(parseFile(t, samplePath)), CodeBudgetNarrativeRate))

	fs := findCode(Check(parseSrc(t, mutate(t, "74％である。", "64％である。"))), CodeBudgetNarrativeRate)
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, SeverityWarning, f.Severity)
	assert.Equal(t, "budget.special_notes", f.Path)
	assert.Equal(t, 188, f.Line, "the first line of その他特記事項")
	assert.Contains(t, f.Message, "2024年度: the text quotes 執行率 64%")
	assert.Contains(t, f.Recomputed, "執行額 ÷ 計 = 17.3%")
	assert.Contains(t, f.Recomputed, "執行額 ÷ (計 − 翌年度への繰越し) = 73.8%")

	// the plain rate, quoted without a year, matches too
	fs = findCode(Check(parseSrc(t, mutate(t, "74％である。", "74％である。なお執行率は17.3％。"))), CodeBudgetNarrativeRate)
	assert.Empty(t, fs)
}

// TestQuotedRateBounds: a qualifier after the ％ is a bound (007517:
// 「執行率は100％超」 with 571.1%), 程度 and 前後 read as 約.
func TestQuotedRateBounds(t *testing.T) {
	tests := []struct {
		text  string
		bound string
		rate  float64
		match bool
	}{
		{"執行率は100％超となっている。", "超", 571.1, true},
		{"執行率は100％超となっている。", "超", 95, false},
		{"執行率は90％以上", "以上", 89.5, true},
		{"執行率は50％未満", "未満", 37.3, true},
		{"執行率は50％未満", "未満", 63, false},
		{"執行率は50%以下", "以下", 50.4, true},
		{"執行率は70％程度", "程度", 69.2, true},
		{"執行率は70％程度", "程度", 37.3, false},
		{"執行率は70％前後", "前後", 70.9, true},
		{"執行率は70％", "", 71.2, false},
	}
	for _, tt := range tests {
		qs := quotedRates(tt.text)
		require.Len(t, qs, 1, tt.text)
		assert.Equal(t, tt.bound, qs[0].bound, tt.text)
		assert.Equal(t, tt.match, qs[0].matches(tt.rate), "%s vs %v", tt.text, tt.rate)
	}
}
