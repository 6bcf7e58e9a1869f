package linerules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
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
		assert.Equal(t, tc.want, NormalizeLine(tc.in), "%q", tc.in)
	}
}

// FuzzNormalizeLine: NormalizeLine never panics, is idempotent and keeps
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
		n := NormalizeLine(s)
		if n2 := NormalizeLine(n); n2 != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, n2)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("%q → invalid %q", s, n)
		}
	})
}

func TestCountFields(t *testing.T) {
	for s, want := range map[string]int{"": 0, " ": 0, "a": 1, "a b": 2, " a  b\tc ": 3, "民間団体 2/3 1交付事業者につき6,000千円": 3, "a\u3000b": 1} {
		assert.Equal(t, want, CountFields(s), "%q", s)
	}
}
