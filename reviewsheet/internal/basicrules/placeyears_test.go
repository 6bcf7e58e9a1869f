package basicrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

func TestPlaceYearsByTitle(t *testing.T) {
	const title = "2025年度行政事業レビューシート 内閣府"
	head := func(title, years string) []string {
		return []string{title, "孤独・孤立対策推進経費", "基本情報", "組織情報", "府省庁 内閣府", "基本情報", "予算事業ID 006423",
			"事業開始年度 " + years, "事業終了（予定）年度 終了予定なし", "事業年度 " + years, "事業区分 前年度事業"}
	}
	placed := func(title, proj, start string) []string {
		out := head(title, "")
		out[7], out[9] = "事業開始年度 "+start, "事業年度 "+proj
		return out
	}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: unchanged, no note
	}{
		{"chromium order", head(title, "2025 2024"), placed(title, "2025", "2024")},
		{"wkhtmltopdf order", head(title, "2024 2025"), placed(title, "2025", "2024")},
		{"Kangxi radical in the title", head("2025年度⾏政事業レビューシート 内閣府", "2024 2025"), placed("2025年度⾏政事業レビューシート 内閣府", "2025", "2024")},
		{"full-width years", head(title, "２０２４ ２０２５"), placed(title, "２０２５", "２０２４")},
		{"neither is the title's", head(title, "2023 2024"), nil},
		{"both are the title's", head(title, "2025 2025"), nil},
		{"not years", head(title, "2025 --"), nil},
		{"three years", head(title, "2025 2024 2023"), nil},
		{"one year each (placed already)", with(with(head(title, ""), 7, "事業開始年度 2024"), 9, "事業年度 2025"), nil},
		{"the two lines differ", with(head(title, "2025 2024"), 7, "事業開始年度 2024 2025"), nil},
		{"no title", head("孤独・孤立対策推進経費", "2025 2024"), nil},
		{"title without year", head("行政事業レビューシート 内閣府", "2025 2024"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := scanLines(tc.in...)
			got, notes := PlaceYearsByTitle(in)
			if tc.want == nil {
				assert.Equal(t, tc.in, texts(got))
				assert.Empty(t, notes)
				return
			}
			assert.Equal(t, tc.want, texts(got))
			require.Len(t, notes, 1)
			assert.Equal(t, linerules.NotePlacedByTitle, notes[0].Code)
			assert.Equal(t, "project_year", notes[0].Path)
			assert.Equal(t, in[9].Pos, notes[0].Pos, "at the 事業年度 line")
			assert.Equal(t, tc.in, texts(in), "the input is not changed")
		})
	}
	got, notes := PlaceYearsByTitle(nil)
	assert.Empty(t, got)
	assert.Empty(t, notes)
}

// TestPlaceYearsAfterReorder: the producers whose head block
// ReorderHeadBlock leaves with the years under both labels read them
// placed by the title after PlaceYearsByTitle; the others have one year
// a label and are left as they are.
func TestPlaceYearsAfterReorder(t *testing.T) {
	for _, tc := range []struct {
		name  string
		block []string
		notes int
	}{
		{"libreoffice", libreOffice, 0}, {"chromium", chromium, 1}, {"wkhtmltopdf", wkhtmltopdf, 1}, {"a5", a5, 0},
	} {
		lines := scanLines(append([]string{"2025年度行政事業レビューシート 内閣府", "孤独・孤立対策推進経費", "基本情報"}, tc.block...)...)
		got, notes := PlaceYearsByTitle(ReorderHeadBlock(lines))
		assert.Len(t, notes, tc.notes, tc.name)
		assert.Contains(t, texts(got), "事業年度 2025", tc.name)
		assert.Contains(t, texts(got), "事業開始年度 2024", tc.name)
	}
}
