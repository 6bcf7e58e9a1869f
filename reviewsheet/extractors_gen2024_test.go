package reviewsheet

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The gen2024-* texts are excerpts (the title lines and one part) of
// pdftotext default-mode texts of 2024 RS CSV projects rendered to HTML
// by the repo's htmlgen and printed by wkhtmltopdf or Chromium. Each
// shows one class of values that read WRONG with no error at their line
// before issue 17's guards; the test pins that the value now reads right
// or is an error at its line. Sections an excerpt lacks are reported
// missing and are not looked at.

// genErr is an error a gen2024 excerpt must give: line, label, kind.
type genErr struct {
	line  int
	label string
	kind  error
}

// hasGenErr reports whether list holds e.
func hasGenErr(list ErrorList, e genErr) bool {
	for _, x := range list {
		if x.Line == e.line && x.Label == e.label && errors.Is(x, e.kind) {
			return true
		}
	}
	return false
}

func TestGen2024Excerpts(t *testing.T) {
	const dir = "../testdata/extractors/"
	for _, tc := range []struct {
		file  string
		errs  []genErr
		check func(t *testing.T, s *Sheet)
	}{
		{
			// wkhtmltopdf writes U+200B before 要求額: the row now reads
			file: "gen2024-001262.wkhtmltopdf.budget.pdftotext.txt",
			check: func(t *testing.T, s *Sheet) {
				var req []int64
				for _, y := range s.Budget.Years {
					if y.Request != nil {
						req = append(req, *y.Request)
					}
				}
				assert.Equal(t, []int64{10_000_000, 8_000_000, 9_004_000}, req)
				require.Len(t, s.Budget.Years, 4)
				require.NotNil(t, s.Budget.Years[0].ExecutionRate)
				assert.InDelta(t, 100.0, *s.Budget.Years[0].ExecutionRate, 0)
				require.Len(t, s.Budget.Items, 2)
				assert.Equal(t, int64(6_953_000), *s.Budget.Items[1].Amount)
			},
		},
		{
			// part of the item's first line printed after its cells: the
			// figures read, the item is an error at its 予算種別 line
			file: "gen2024-006047.wkhtmltopdf.budget.pdftotext.txt",
			errs: []genErr{{126, "予算種別/歳出予算項目", ErrLayout}, {131, "予算種別", ErrSyntax}},
			check: func(t *testing.T, s *Sheet) {
				require.Len(t, s.Budget.Items, 1)
				assert.Equal(t, int64(5_280_000_000), *s.Budget.Items[0].Amount)
				assert.Equal(t, int64(5_800_000_000), *s.Budget.Items[0].NextRequest)
			},
		},
		{
			// lines of the 予算額執行額表 under the 会計区分 header: no
			// account is read from them ("2021" with 要望額 527,000 was)
			file: "gen2024-004751.chromium.budget.pdftotext.txt",
			errs: []genErr{{12, "会計区分", ErrSyntax}},
			check: func(t *testing.T, s *Sheet) {
				for _, a := range s.Budget.Accounts {
					assert.Contains(t, []string{"一般会計", "特別会計"}, a.Category)
				}
			},
		},
		{
			// 根拠法令 cells and the 計画 header among 計画・通知名's lines:
			// the table's header word 計画・通知名 on a line of its own
			// (headerWordAmong), no row read (before, an error at each
			// row whose name held a header word, lines 96, 106, 110)
			file: "gen2024-006554.chromium.basic.pdftotext.txt",
			errs: []genErr{{100, "関係する計画・通知等", ErrLayout}},
			check: func(t *testing.T, s *Sheet) {
				assert.Nil(t, s.Plans)
			},
		},
		{
			// an empty 補助率等 printed as four "--" paragraphs: no table,
			// not a row with 補助対象 "--"
			file: "gen2024-005058.chromium.basic.pdftotext.txt",
			check: func(t *testing.T, s *Sheet) {
				assert.Nil(t, s.Subsidies)
				assert.Equal(t, []string{"直接実施"}, s.Methods)
			},
		},
		{
			// cells of the lists printed after その他備考's "--"
			file: "gen2024-001146.wkhtmltopdf.tail.pdftotext.txt",
			errs: []genErr{{34, "その他備考", ErrLayout}},
			check: func(t *testing.T, s *Sheet) {
				assert.Nil(t, s.OtherRemarks)
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			s, list := parseLenientFile(t, dir+tc.file)
			for _, e := range tc.errs {
				assert.True(t, hasGenErr(list, e), "want %v at line %d (%s)", e.kind, e.line, e.label)
			}
			if tc.check != nil {
				tc.check(t, s)
			}
		})
	}
}

// TestStrayLabelInText: in pdftotext default-mode text, a free-text field
// whose lines hold a label or header word that never occurs in free text
// (label.StrayHeaderWord) is an error at that line: the LibreOffice
// text's 備考 "--" took the page number and the 補助率等 URL cell
// ("--1 / 15補助率URLhttps://…") and read as a remark with no error.
// Other inputs are not looked at (the gate).
// (The LibreOffice text's 補助率等 is now read column by column,
// basicrules.UncolumnSubsidies, so its 備考 reads "--"; the A4 PDF's
// default-mode text with a stray header word in 備考 stands for it.)
func TestStrayLabelInText(t *testing.T) {
	lo, _ := parseLenientFile(t, "../testdata/extractors/rs2025-006423.libreoffice.pdftotext.txt")
	assert.Nil(t, lo.Remarks, "LibreOffice: 備考 -- as in the sample")
	a4 := readFile(t, "../testdata/extractors/rs2025-006423.pdftotext.txt")
	a4 = bytes.Replace(a4, []byte("\n備考 --\n"), []byte("\n備考 --\n1 / 15\n補助率URL\n"), 1)
	p := Parser{Name: "a4", Lenient: true}
	s, err := p.ParseBytes(a4)
	require.Error(t, err)
	list, ok := err.(ErrorList)
	require.True(t, ok)
	assert.True(t, hasGenErr(list, genErr{106, "備考", ErrLayout}), "%v", list)
	assert.Nil(t, s.Remarks, "the remark with a header word is not read")

	s = parseSrc(t, mutate(t, "\n備考 --\n", "\n備考 補助率URLの一覧は別紙\n"))
	require.NotNil(t, s.Remarks)
	assert.Equal(t, "補助率URLの一覧は別紙", *s.Remarks, "text of other inputs is not looked at")
}

// TestGluedHeaderWordInText: in pdftotext default-mode text, a free text
// holding an account header word glued to a "--" cell (the 予算内訳表's
// header and cells printed into 主な増減理由 by a generated sheet's
// Chromium PDF: "会計…勘定--要望額--備考--補助事業等の…") is an error at its
// line and is not read.
func TestGluedHeaderWordInText(t *testing.T) {
	a4 := readFile(t, "../testdata/extractors/rs2025-006423.pdftotext.txt")
	a4 = bytes.Replace(a4, []byte("\n主な増減理由\n-- その他特記事項\n"), []byte("\n主な増減理由\n会計\n一般会計\n勘定\n--\n要望額\n--\n備考\n--\n所要額の増加。\nその他特記事項\n"), 1)
	p := Parser{Name: "a4", Lenient: true}
	s, err := p.ParseBytes(a4)
	require.Error(t, err)
	list, ok := err.(ErrorList)
	require.True(t, ok)
	assert.True(t, hasGenErr(list, genErr{196, "主な増減理由", ErrLayout}), "%v", list)
	assert.Nil(t, s.Budget.ChangeReasons, "not read")
}

// TestGluedDashMethod: in pdftotext default-mode text a 実施方法 with a
// "--" glued to it (a generated sheet's Chromium text read "--補助") is an
// error and not read; the other methods are.
func TestGluedDashMethod(t *testing.T) {
	a4 := readFile(t, "../testdata/extractors/rs2025-006423.pdftotext.txt")
	a4 = bytes.Replace(a4, []byte("\n実施方法 直接実施 | 補助\n"), []byte("\n実施方法 直接実施 | --補助\n"), 1)
	p := Parser{Name: "a4", Lenient: true}
	s, err := p.ParseBytes(a4)
	require.Error(t, err)
	list, ok := err.(ErrorList)
	require.True(t, ok)
	assert.True(t, hasGenErr(list, genErr{51, "実施方法", ErrLayout}), "%v", list)
	assert.Equal(t, []string{"直接実施"}, s.Methods)
}
