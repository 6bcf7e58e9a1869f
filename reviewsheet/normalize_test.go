package reviewsheet

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/normalize"
)

func TestNormalizeLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"要求額 -- 408,000 1,351,442 --", "要求額 -- 408,000 1,351,442 --"},
		{"要求額     --    408,000   1,351,442\t--", "要求額 -- 408,000 1,351,442 --"},
		{"   作成責任者          土屋皓嗣", "作成責任者 土屋皓嗣"},
		{"政策統括官（共生・共助担当）　孤独・孤立対策推進室", "政策統括官（共生・共助担当）　孤独・孤立対策推進室"}, // one U+3000 is text
		{"政策統括官 　孤独", "政策統括官 孤独"},
		{"a\u00a0b", "a b"},
		{"補正予算 －－ 3,050,000 ーー ――", "補正予算 -- 3,050,000 -- --"},
		{"ーー", "--"},
		{"データ ーーー", "データ ーーー"}, // three is not a cell
		{"予算額執⾏額表", "予算額執行額表"},
		{"2025 年度行政事業レビューシート 内閣府", "2025年度行政事業レビューシート 内閣府"},
		{"２０２５ 年度", "２０２５年度"},
		{"事業年度 2025 事業区分 前年度事業", "事業年度 2025 事業区分 前年度事業"},
		{"基本情報 予算事業 ID 006423", "基本情報 予算事業ID 006423"},
		{"事業概要 URL https://x", "事業概要URL https://x"},
		{"see ID 1", "see ID 1"}, // ASCII before ID: not a split label
		{"重点計画（令和６年６月 11日孤独・孤立対策推進本部決定", "重点計画（令和６年６月11日孤独・孤立対策推進本部決定"},
		{"6月 30件", "6月 30件"}, // not a day
	} {
		assert.Equal(t, tc.want, linerules.NormalizeLine(tc.in), "%q", tc.in)
	}
}

// TestNeedsNormalizing: the fast check says yes exactly when some line
// changes (a single leading space aside, which the section parsers
// ignore), on the lines of the table above and on the sample.
func TestNeedsNormalizing(t *testing.T) {
	for _, s := range []string{
		"要求額 -- 408,000", "a  b", "a\tb", "a\u00a0b", "－－", "ーー", "――", "⾏", "\u2ea0", "\U0002F800",
		"孤独‧孤立",
		"政策統括官（共生・共助担当）　孤独", "（）：「」…※", "データ", "see ID",
	} {
		_, lines := sheettext.Scan("x", []byte(s))
		changes := false
		for _, l := range lines {
			changes = changes || linerules.NormalizeLine(l.Text) != l.Text
		}
		assert.Equal(t, changes, normalize.NeedsNormalizing([]byte(s)), "%q", s)
	}
	assert.False(t, normalize.NeedsNormalizing(readFile(t, samplePath)))
}

// TestSplitLabelWithoutNormalizing: an input whose only difference is a
// space inside a label is not normalised (the fast check does not look
// for it) and still reads: label.MatchSpelling skips the space.
func TestSplitLabelWithoutNormalizing(t *testing.T) {
	src := bytes.Replace(readFile(t, samplePath), []byte("予算事業ID"), []byte("予算事業 ID"), 1)
	src = bytes.Replace(src, []byte("事業概要URL"), []byte("事業概要 URL"), 1)
	require.False(t, normalize.NeedsNormalizing(src))
	p := Parser{Name: "split.txt"}
	s, err := p.ParseBytes(src)
	require.NoError(t, err)
	assertSampleFigures(t, s)
	require.NotNil(t, s.OverviewURL)
	assert.Equal(t, "https://www.cao.go.jp/kodoku_koritsu/index.html", *s.OverviewURL)
}

func BenchmarkNeedsNormalizing(b *testing.B) {
	src := readFile(b, samplePath)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		normalize.NeedsNormalizing(src)
	}
}

// FuzzNormalizeLine: linerules.NormalizeLine never panics, is idempotent and keeps
// valid UTF-8 valid; normalize.NeedsNormalizing says yes whenever it changes a
// line of a short input (the sniffed part), apart from the cases its
// doc names (an ideographic space next to a space or at a line end, a
// word split before ID/URL/KPI, a month and its day).
func FuzzNormalizeLine(f *testing.F) {
	for _, s := range []string{"要求額     --    408,000", "補正予算 －－ ３，０５０，０００ ーー", "2025 年度行政事業レビューシート 内閣府",
		"予算額執⾏額表", "a\u00a0b\tc", "６月 11日", "　 x 　"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\r\n\f") {
			return
		}
		n := linerules.NormalizeLine(s)
		if n2 := linerules.NormalizeLine(n); n2 != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, n2)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("%q → invalid %q", s, n)
		}
	})
}
