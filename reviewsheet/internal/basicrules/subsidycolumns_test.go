package basicrules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"

	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// paras joins paragraphs given as "line ; line" into lines with a blank
// line between paragraphs.
func paras(ps ...string) []string {
	var out []string
	for i, p := range ps {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, strings.Split(p, " ; ")...)
	}
	return out
}

// The LibreOffice text's 補助率等 table (shortened cells), column by
// column.
var subsidyColumnsLO = paras(
	"直接実施 | 補助", "補助率等", "補助対象 ; 都道府県", "補助率 ; 基盤整備 ; 事業：1/2 ; 個別支援事業：3/4、4/5",
	"市区町村", "基盤整備 ; 事業：3/4", "補助上限等 ; 事業：1 都道府県につき 4,000 千円 ; 経費 ; 事業：1 市区町村につき 3,000 千円",
	"民間団体 2/3 1 交付事業者につき 6,000 千円 ; https://www.cao.go.jp/kodoku_kori ; tsu/npo.pdf",
	"備考", "--", "1 / 15", "補助率 URL ; https://www.cao.go.jp/kodoku_kori ; tsu/r07.pdf", "https://www.cao.go.jp/kodoku_kori ; tsu/r07b.pdf",
	"予算・執行")

func TestUncolumnSubsidies(t *testing.T) {
	joined := paras(
		"直接実施 | 補助", "補助率等", "補助対象 補助率 補助上限等 補助率URL", "都道府県", "基盤整備 ; 事業：1/2 ; 個別支援事業：3/4、4/5",
		"事業：1 都道府県につき 4,000 千円 ; 経費 ; 事業：1 市区町村につき 3,000 千円", "https://www.cao.go.jp/kodoku_kori ; tsu/r07.pdf",
		"市区町村", "基盤整備 ; 事業：3/4 ; https://www.cao.go.jp/kodoku_kori ; tsu/r07b.pdf",
		"民間団体 2/3 1 交付事業者につき 6,000 千円 ; https://www.cao.go.jp/kodoku_kori ; tsu/npo.pdf",
		"備考", "--", "1 / 15", "予算・執行")
	// one 補助上限等 paragraph a row: each row gets its own
	apart := paras(
		"直接実施 | 補助", "補助率等", "補助対象 ; 都道府県", "補助率 ; 事業：1/2", "市区町村", "事業：3/4",
		"補助上限等 ; 4,000 千円", "3,000 千円", "備考", "--", "補助率 URL ; https://www.cao.go.jp/kodoku_kori ; tsu/r07.pdf",
		"https://www.cao.go.jp/kodoku_kori ; tsu/r07b.pdf", "予算・執行")
	apartWant := paras(
		"直接実施 | 補助", "補助率等", "補助対象 補助率 補助上限等 補助率URL", "都道府県", "事業：1/2", "4,000 千円",
		"https://www.cao.go.jp/kodoku_kori ; tsu/r07.pdf", "市区町村", "事業：3/4", "3,000 千円", "https://www.cao.go.jp/kodoku_kori ; tsu/r07b.pdf",
		"備考", "--", "予算・執行")
	at := func(ls []string, s string) int {
		for i, l := range ls {
			if l == s {
				return i
			}
		}
		t.Fatalf("no %q", s)
		return 0
	}
	for _, tc := range []struct {
		name  string
		in    []string
		want  []string // nil: unchanged
		notes int
	}{
		{"LibreOffice: caps of two rows joined", subsidyColumnsLO, joined, 1},
		{"one cap a row", apart, apartWant, 0},
		{"one URL missing", with(subsidyColumnsLO, len(subsidyColumnsLO)-4, "--"), nil, 0},
		{"a third URL", append(append([]string(nil), subsidyColumnsLO[:len(subsidyColumnsLO)-1]...), "https://x.example/c.pdf", "", "予算・執行"), nil, 0},
		{"second target of two lines", with(subsidyColumnsLO, at(subsidyColumnsLO, "市区町村"), "市区町村 ; 等"), nil, 0},
		{"a rate without a rate", with(subsidyColumnsLO, at(subsidyColumnsLO, "事業：3/4"), "事業"), nil, 0},
		{"target holds a rate", with(subsidyColumnsLO, at(subsidyColumnsLO, "市区町村"), "1/2"), nil, 0},
		{"a URL among the caps", with(subsidyColumnsLO, at(subsidyColumnsLO, "経費"), "https://x.example/"), nil, 0},
		{"header words out of order", with(subsidyColumnsLO, at(subsidyColumnsLO, "補助率"), "補助上限等"), nil, 0},
		{"no 備考", with(subsidyColumnsLO, at(subsidyColumnsLO, "備考"), "その他"), nil, 0},
		{"the sheet's own shape", paras("補助率等 補助対象 補助率 補助上限等 補助率URL", "都道府県", "1/2", "--", "https://x.example/a"), nil, 0},
		{"header words a line each, rows after (wkhtmltopdf)", paras("補助率等", "補助対象", "補助率", "補助上限等", "補助率URL", "都道府県", "1/2"), nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := scanLines(flatten(tc.in)...)
			got, notes := UncolumnSubsidies(in)
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, texts(scanLines(flatten(want)...)), texts(got))
			assert.Equal(t, breaks(scanLines(flatten(want)...)), breaks(got), "paragraphs")
			require.Len(t, notes, tc.notes)
			if tc.notes > 0 {
				assert.Equal(t, linerules.NoteUnsplitCell, notes[0].Code)
				assert.Equal(t, "subsidy_rates[0].cap", notes[0].Path)
			}
		})
	}
}

// flatten splits the "a ; b" entries that with puts in.
func flatten(ls []string) []string {
	var out []string
	for _, l := range ls {
		if strings.Contains(l, " ; ") {
			out = append(out, strings.Split(l, " ; ")...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// breaks returns which lines start a paragraph.
func breaks(lines []sheettext.Line) []bool {
	out := make([]bool, len(lines))
	for i, l := range lines {
		out[i] = l.Break
	}
	return out
}
