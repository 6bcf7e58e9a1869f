package reviewsheet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/spending"
)

// TestPdftotextDefaultUsesTail checks the end of the 支出先 section of the
// pdftotext default-mode texts of the producer PDFs (internal/userules):
// the 国庫債務負担行為等による契約先リスト reads as the sample's (empty, its
// "--" cells and header words printed a line each, その他備考 printed
// before them: JoinDebtHeader), その他備考 reads as the sample's (--), and a
// 費目・使途 amount printed after them (Chromium) or among other rows'
// cells (wkhtmltopdf) is reported, not read into another row or cell.
// The 費目・使途 rows read are counted in TestPdftotextDefaultProducers.
func TestPdftotextDefaultUsesTail(t *testing.T) {
	sample := parseFile(t, samplePath)
	require.NotNil(t, sample.Spending.DebtContracts)
	require.Empty(t, sample.Spending.DebtContracts)
	for _, tc := range []struct {
		name string
		// errors under 費目・使途 that quote the stray 金額 "38"
		stray38 int
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", 0},
		{"rs2025-006423.chromium.pdftotext.txt", 1},
		{"rs2025-006423-a5.pdftotext.txt", 0},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientFile(t, "../testdata/extractors/"+tc.name)
			assert.Equal(t, sample.Spending.DebtContracts, s.Spending.DebtContracts)
			assert.Equal(t, sample.OtherRemarks, s.OtherRemarks)
			stray := 0
			for _, e := range list {
				assert.NotEqual(t, string(label.SpDebtList), e.Label, "%v", e)
				assert.NotEqual(t, string(label.SecOtherRemarks), e.Label, "%v", e)
				if e.Label == string(label.SpUses) && e.Err != nil && strings.Contains(e.Err.Error(), `"38"`) {
					stray++
				}
			}
			assert.Equal(t, tc.stray38, stray)
		})
	}
}

// TestParseUsesRowStart: in default-mode text (parser.defaultMode) a row
// of 費目・使途 ends before a line that starts a row (startsUseRow: a block
// letter and one of its recipients' names, the name maybe wrapped onto
// the next line); the cells before it, without a 金額, are reported and
// not read, and the row reads by itself. Other text, a letter of another
// block or an unknown name does not cut.
func TestParseUsesRowStart(t *testing.T) {
	const header = "支出先名 契約概要（契約名） 費目 使途 金額|"
	sp := &spending.Spending{Recipients: []spending.Recipient{
		{Block: "A", Name: "株式会社エヌ・ティ・ティ・データ経営研究所"},
		{Block: "C", Name: "一般社団法人えんがお"},
	}}
	for _, tc := range []struct {
		name     string
		lostDash bool
		in       string
		uses     []string // recipient and amount of the rows read
		errs     int
	}{
		{"a stray 金額 before a row", true,
			header + "|38||C 一般社団法人えんがお 令和6年度孤独・孤立担い手育|成支援事業 人件費 孤独・孤立対策に係る人件費 3,630",
			[]string{"一般社団法人えんがお 3630000"}, 1},
		{"pieces of a row before a row whose name wraps", true,
			header + "|--旅費|孤独・孤立対策に係る旅費|A 株式会社エヌ・ティ・ティ・データ経営研|究所 業務 事業費 調査 130,658",
			[]string{"株式会社エヌ・ティ・ティ・データ経営研究所 130658000"}, 1},
		{"not pdftotext's default mode: no cut", false,
			header + "|38||C 一般社団法人えんがお 令和6年度孤独・孤立担い手育|成支援事業 人件費 孤独・孤立対策に係る人件費 3,630",
			nil, 1},
		{"a name of another block: no cut", true,
			header + "|38||A 一般社団法人えんがお 令和6年度孤独・孤立担い手育|成支援事業 人件費 孤独・孤立対策に係る人件費 3,630",
			nil, 1},
		{"a name not in the list: no cut", true,
			header + "|38||C 特定非営利活動法人ワイ 令和6年度孤独・孤立担い手育|成支援事業 人件費 孤独・孤立対策に係る人件費 3,630",
			nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &sheettext.File{}
			p := &parser{defaultMode: tc.lostDash, file: f, sheet: &Sheet{Source: newSource(f)}}
			var got []string
			for _, u := range p.parseUses(textLines(tc.in), sp) {
				got = append(got, fmt.Sprintf("%s %d", u.Recipient, *u.Amount))
			}
			assert.Equal(t, tc.uses, got)
			assert.Len(t, p.diags, tc.errs)
		})
	}
}
