package reviewsheet

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// TestMoreExtractors reads the sample's texts made by mutool, pdfminer
// and PyMuPDF (scripts/make-extractor-texts-more.sh) of this repo's A4
// PDF and of the Chromium, LibreOffice and wkhtmltopdf PDFs, those drawn
// with the RS form's shared column widths (-sharedcols) too. None reads
// strictly yet; the rule they are held to is the one of the pdftotext
// default-mode texts: every figure of sampleFigures and every recipient
// read is the sample's or absent, never another value (figuresRead,
// recipientsRead). The counts pin the progress: the errors of a lenient
// parse, the figures read of sampleFigures, the recipients read of 38
// and how many whole.
func TestMoreExtractors(t *testing.T) {
	sample := parseFile(t, samplePath)
	for _, tc := range []struct {
		name                   string
		errors, figures        int
		recipients, wholeRecip int
	}{
		{"rs2025-006423.mutool.txt", 13, 79, 38, 38},
		{"rs2025-006423.chromium.mutool.txt", 6, 79, 38, 38},
		{"rs2025-006423.libreoffice.mutool.txt", 289, 64, 9, 9},
		{"rs2025-006423.wkhtmltopdf.mutool.txt", 75, 79, 38, 38},
		{"rs2025-006423.pdfminer.txt", 15, 80, 38, 38},
		{"rs2025-006423.chromium.pdfminer.txt", 198, 15, 0, 0},
		{"rs2025-006423.libreoffice.pdfminer.txt", 350, 22, 0, 0},
		{"rs2025-006423.wkhtmltopdf.pdfminer.txt", 172, 8, 0, 0},
		{"rs2025-006423.pymupdf.txt", 10, 82, 38, 38},
		{"rs2025-006423.chromium.pymupdf.txt", 5, 82, 38, 38},
		{"rs2025-006423.libreoffice.pymupdf.txt", 287, 67, 9, 9},
		{"rs2025-006423.wkhtmltopdf.pymupdf.txt", 74, 82, 38, 38},
		{"rs2025-006423.chromium-sharedcols.mutool.txt", 6, 79, 38, 38},
		{"rs2025-006423.libreoffice-sharedcols.mutool.txt", 289, 64, 9, 9},
		{"rs2025-006423.wkhtmltopdf-sharedcols.mutool.txt", 75, 79, 38, 38},
		{"rs2025-006423.chromium-sharedcols.pdfminer.txt", 197, 15, 0, 0},
		{"rs2025-006423.libreoffice-sharedcols.pdfminer.txt", 312, 22, 0, 0},
		{"rs2025-006423.wkhtmltopdf-sharedcols.pdfminer.txt", 172, 8, 0, 0},
		{"rs2025-006423.chromium-sharedcols.pymupdf.txt", 5, 82, 38, 38},
		{"rs2025-006423.libreoffice-sharedcols.pymupdf.txt", 287, 67, 9, 9},
		{"rs2025-006423.wkhtmltopdf-sharedcols.pymupdf.txt", 74, 82, 38, 38},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "../testdata/extractors/" + tc.name
			_, list := parseLenientFile(t, path)
			assert.NotEmpty(t, list, "reads strictly: move it to the strict tests")
			figures, wrong := figureCounts(t, sample, path)
			read, whole, wrongRecip := recipientCounts(t, sample, path)
			wrong = append(wrong, wrongRecip...)
			if *pins {
				t.Logf("{%q, %d, %d, %d, %d},", tc.name, len(list), figures, read, whole)
			}
			assert.Equal(t, tc.errors, len(list), "errors of the lenient parse")
			assert.Equal(t, tc.figures, figures, "figures read of sampleFigures")
			assert.Equal(t, tc.recipients, read, "recipients read of 38")
			assert.Equal(t, tc.wholeRecip, whole, "recipients read whole")
			assert.Empty(t, wrong, "figures or recipients read wrong")
		})
	}
}

// TestTitleLineFirst: what stands before the title line. A page header
// "1 / 16" printed first (mutool and PyMuPDF of the Chromium PDF) is
// dropped as a page number in text that is normalised (normalize.go;
// text that needs no normalising is read as it stands); another line
// there is an error at its line and gives no 府省庁 (before, the text
// after its first space was read as the 府省庁: "/ 16").
func TestTitleLineFirst(t *testing.T) {
	sample := readFile(t, samplePath)
	// a tab at the end of the title line makes the text one to normalise
	dirty := bytes.Replace(sample, []byte("内閣府\n"), []byte("内閣府\t\n"), 1)
	for _, tc := range []struct {
		name, first string
		src         []byte
		ministry    string
		year        int
		errors      bool
	}{
		{"sample", "", sample, "内閣府", 2025, false},
		{"page header first, normalised", "1 / 16\n", dirty, "内閣府", 2025, false},
		{"page header first, form feed after", "1 / 16\n\f", dirty, "内閣府", 2025, false},
		{"page header first, not normalised", "1 / 16\n", sample, "", 0, true},
		{"other text first", "目次 一覧\n", dirty, "", 0, true},
		{"not a page number", "1 / 16 頁\n", dirty, "", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := append([]byte(tc.first), tc.src...)
			s, err := (&Parser{Name: "title.txt", Lenient: true}).ParseBytes(src)
			assert.Equal(t, tc.ministry, s.Ministry)
			assert.Equal(t, tc.year, s.FiscalYear)
			if !tc.errors {
				assert.NoError(t, err)
				return
			}
			var list ErrorList
			if assert.ErrorAs(t, err, &list) && assert.NotEmpty(t, list) {
				assert.Equal(t, 1, list[0].Line)
				assert.ErrorIs(t, list[0], ErrSyntax)
			}
		})
	}
}

// withSubsidies is the sample with the rows of its 補助率等 table
// replaced by rows (the header line kept).
func withSubsidies(t *testing.T, rows string) []byte {
	src := string(readFile(t, samplePath))
	const header = "補助率等 補助対象 補助率 補助上限等 補助率URL\n"
	i := strings.Index(src, header)
	j := strings.Index(src, "\n備考 ")
	require.True(t, i >= 0 && j > i)
	return []byte(src[:i+len(header)] + rows + src[j:])
}

// TestSubsidiesOutOfRowOrder: a 補助率等 table printed column by column
// (pdfminer, mutool: 補助対象 and 補助率 of the first rows, then the URLs,
// then the caps) gives a first row of more than three cells set apart by
// blank lines. Of that row only 補助対象 is read, and no row after it:
// another column's text would be read as their 補助対象 (before, the
// caps of the first two rows were read as the 補助対象 and 補助率 of a
// second row). Rows of three cells read as they did.
func TestSubsidiesOutOfRowOrder(t *testing.T) {
	url := "https://example.go.jp/a.pdf\n"
	for _, tc := range []struct {
		name    string
		rows    string
		targets []string
		rates   []string // "" for absent
		errors  int      // errors of 補助率等
	}{
		{"rows in order", "\n都道府県\n\n1/2\n\n1都道府県につき4,000千円\n\n" + url + "\n市区町村\n\n3/4\n\n1市区町村につき3,000千円\n\n" + url + "\n",
			[]string{"都道府県", "市区町村"}, []string{"1/2", "3/4"}, 0},
		{"column by column", "\n都道府県\n\n1/2\n\n市区町村\n\n3/4\n\n" + url + "\n" + url + "\n1都道府県につき4,000千円\n\n1市区町村につき3,000千円\n\n民間団体 2/3 1交付事業者につき6,000千円\n" + url + "\n",
			[]string{"都道府県"}, []string{""}, 3},
		// 補助対象 and 補助率 in one block, the URL a cell apart (mutool):
		// the row runs on into the next (a URL after fewer than three
		// cells is read as a cell: absentCell), so it has more than three
		// cells; its 補助対象 is read where the shape of the rate tells
		// where it ends, and otherwise not (before, "都道府県別に定める"
		// was read as the 補助対象)
		{"target and rate in one block", "\n都道府県\n1/2\n\n1都道府県につき4,000千円\n\n" + url + "\n市区町村\n3/4\n\n1市区町村につき3,000千円\n\n" + url + "\n",
			[]string{"都道府県"}, []string{""}, 1},
		{"target and rate in one block, no shape", "\n都道府県\n別に定める\n\n上限なし\n\n" + url + "\n市区町村\n3/4\n\n1市区町村につき3,000千円\n\n" + url + "\n",
			nil, nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := (&Parser{Name: "subsidies.txt", Lenient: true}).ParseBytes(withSubsidies(t, tc.rows))
			var targets, rates []string
			for _, r := range s.Subsidies {
				targets = append(targets, r.Target)
				rate := ""
				if r.Rate != nil {
					rate = *r.Rate
				}
				rates = append(rates, rate)
			}
			assert.Equal(t, tc.targets, targets)
			assert.Equal(t, tc.rates, rates)
			n := 0
			var list ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					if e.Label == string(label.Subsidies) {
						n++
						assert.ErrorIs(t, e, ErrLayout)
					}
				}
			}
			assert.Equal(t, tc.errors, n, "%v", err)
		})
	}
}

// TestProjectIDNotRead: a 予算事業ID whose text is not six digits (other
// cells joined to it: "0064232025基本情報" in pdfminer's text of the
// wkhtmltopdf PDF) is an error at its line and is not read (before, the
// text was kept as the ID).
func TestProjectIDNotRead(t *testing.T) {
	sample := string(readFile(t, samplePath))
	for _, tc := range []struct {
		name, id, want string
	}{
		{"six digits", "006423", "006423"},
		{"cells joined", "0064232025基本情報", ""},
		{"five digits", "06423", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(sample, "予算事業ID 006423 ", "予算事業ID "+tc.id+" ", 1)
			s, err := (&Parser{Name: "id.txt", Lenient: true}).ParseBytes([]byte(src))
			assert.Equal(t, tc.want, s.ProjectID)
			if tc.want != "" {
				assert.NoError(t, err)
				return
			}
			var list ErrorList
			if assert.ErrorAs(t, err, &list) && assert.Len(t, list, 1) {
				assert.Equal(t, 16, list[0].Line)
				assert.ErrorIs(t, list[0], ErrSyntax)
			}
		})
	}
}

// TestUsesOtherRowsCells: a 費目・使途 row whose 使途 holds "--" cells
// among its words holds the cells of the rows below it (pdfminer's text
// of the wkhtmltopdf PDF joined "-- -- --" and the next rows into A's
// first 使途, with 岐阜県's 3,500 as its 金額): it is an error and not
// read, and neither are the continuation rows after it, which would
// otherwise continue an older row. Without such cells the rows read.
func TestUsesOtherRowsCells(t *testing.T) {
	sample := string(readFile(t, samplePath))
	const row = "事業費 調査研究の実施に係る事業費 130,658\n"
	require.Contains(t, sample, row)
	for _, tc := range []struct {
		name, row string
		uses      int
		errors    int
	}{
		{"sample", row, 12, 0},
		{"-- cells in the 使途", "事業費 -- -- -- 調査研究の実施に係る事業費 -- -- 人件費 3,500\n", 9, 3},
		{"-- as the whole 使途", "事業費 -- 130,658\n", 12, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(sample, row, tc.row, 1)
			s, err := (&Parser{Name: "uses.txt", Lenient: true}).ParseBytes([]byte(src))
			require.NotNil(t, s.Spending)
			assert.Len(t, s.Spending.Uses, tc.uses)
			for _, u := range s.Spending.Uses {
				if u.Use != nil {
					assert.NotContains(t, " "+*u.Use+" ", " -- ", "a 使途 with -- cells read")
				}
			}
			if tc.errors == 0 {
				assert.NoError(t, err)
				return
			}
			var list ErrorList
			if assert.ErrorAs(t, err, &list) {
				assert.Len(t, list, tc.errors)
				for _, e := range list {
					assert.ErrorIs(t, e, ErrLayout)
				}
			}
		})
	}
}

// TestSecondContractTable: a contract table under a recipient that has
// one already belongs to a recipient whose row was not read (pdfminer
// printed the 支出先名 header as two paragraphs, "支出先名" and "支出額
// 法人番号"): it is an error and is attached to no recipient, in any
// text (before, only in pdftotext default-mode text; otherwise the
// contracts went to the recipient above). A header "支出先名" alone on
// its line with 支出額 starting the next is text printed a cell a line
// (linerules.HasCellALine): the default-mode rules run and join the
// header, so the recipient is read; split otherwise, the guard holds.
func TestSecondContractTable(t *testing.T) {
	sample := string(readFile(t, samplePath))
	const header = "支出先名 支出額 法人番号\n\n株式会社野村総合研究所 "
	require.Contains(t, sample, header)
	sampleSheet := parseFile(t, samplePath)
	first := sampleSheet.Spending.Recipients[0]
	for _, tc := range []struct {
		name, header string
		contracts    int // of the recipient above 株式会社野村総合研究所
		errors       int
	}{
		{"header on one line", header, len(first.Contracts), 0},
		// a cell a line (linerules.HasCellALine): the default-mode rules join the header
		{"header in two paragraphs", "支出先名\n\n支出額 法人番号\n\n株式会社野村総合研究所 ", len(first.Contracts), 0},
		{"header in two paragraphs, split after 支出額", "支出先名 支出額\n\n法人番号\n\n株式会社野村総合研究所 ", len(first.Contracts), 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(sample, header, tc.header, 1)
			s, err := (&Parser{Name: "contracts.txt", Lenient: true}).ParseBytes([]byte(src))
			require.NotNil(t, s.Spending)
			require.Equal(t, first.Name, s.Spending.Recipients[0].Name)
			assert.Len(t, s.Spending.Recipients[0].Contracts, tc.contracts)
			if tc.errors == 0 {
				assert.NoError(t, err)
				return
			}
			var list ErrorList
			if assert.ErrorAs(t, err, &list) {
				assert.Len(t, list, tc.errors, "%v", err)
			}
		})
	}
}
