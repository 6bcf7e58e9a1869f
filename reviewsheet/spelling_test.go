package reviewsheet

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
