package reviewsheet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// linesAt makes the lines of a cell, one a string, at lines 1, 2, ….
func linesAt(texts ...string) []sheettext.Line {
	out := make([]sheettext.Line, len(texts))
	for i, t := range texts {
		out[i] = sheettext.Line{Text: t, Pos: sheettext.Pos(i + 1)}
	}
	return out
}

// TestGluedText: the lines of a free-text cell that show other cells or
// the label printed again (the texts of mutool, PyMuPDF and pdfminer that
// read wrong before: "----" as 公開プロセス's text, "主な増減理由--",
// "--調査結果公表により…" as a 定性的なアウトカム目標を設定している理由,
// "改善の方向性" before its text), and the cells that are right ("--",
// "-", a text with dashes inside).
func TestGluedText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		l     label.Label
		lines []string
		at    int // 1-based line reported, 0 for none
	}{
		{"a text", label.Direction, []string{"・見直しを行う。", "続き"}, 0},
		{"--", label.Direction, []string{"--"}, 0},
		{"-", label.Direction, []string{"-"}, 0},
		{"dashes inside", label.Direction, []string{"A--B の比較"}, 0},
		{"a -- ending a spaced text", label.Direction, []string{"見直し --"}, 0},
		{"two -- cells glued", label.Direction, []string{"----"}, 1},
		{"a -- line among the text", label.Direction, []string{"見直し", "--", "続き"}, 2},
		{"-- glued before", label.Direction, []string{"--調査結果公表により現状を明らかにする"}, 1},
		{"-- glued after", label.Direction, []string{"見直し", "主な増減理由--"}, 2},
		{"the label again before the text", label.Direction, []string{"改善の方向性", "・見直しを行う。"}, 1},
		{"the label again as the text", label.Direction, []string{"改善の方向性"}, 1},
		{"the label within a line", label.Direction, []string{"改善の方向性を示す"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pos, why, bad := gluedText(linesAt(tc.lines...), tc.l)
			if tc.at == 0 {
				assert.False(t, bad, why)
				return
			}
			if assert.True(t, bad) {
				assert.Equal(t, sheettext.Pos(tc.at), pos, why)
			}
		})
	}
}

// TestGluedTextInParse: in default-mode text (the A4 PDF's pdftotext
// text here) the label printed again before 改善の方向性's text is an
// error at its line and the text is not read; in RS-layout text a "----"
// line among the text's lines and the label printed again are errors too
// (textAnyInput), while a text that is one line of dashes reads there
// (the 2024 corpus's 000142 prints "---" as a text).
func TestGluedTextInParse(t *testing.T) {
	a4 := string(readFile(t, "../testdata/extractors/rs2025-006423.pdftotext.txt"))
	const old = "-改善の方向性\n\n\f・アクティビティ③"
	require.True(t, strings.Contains(a4, old))
	s, list := parseLenientSrc(t, a4)
	require.NotNil(t, s.Evaluation.Direction, "as printed: read")
	assert.False(t, hasLabelErr(list, string(label.Direction)), "%v", list)
	s, list = parseLenientSrc(t, strings.Replace(a4, old, "-改善の方向性\n\n\f改善の方向性\n・アクティビティ③", 1))
	assert.Nil(t, s.Evaluation.Direction, "the label printed again: not read")
	assert.True(t, hasLabelErr(list, string(label.Direction)), "%v", list)
	rs := string(readFile(t, samplePath))
	require.True(t, strings.Contains(rs, "\n改善の方向性\n\n・"))
	s, list = parseLenientSrc(t, strings.Replace(rs, "\n改善の方向性\n\n・", "\n改善の方向性\n\n----\n・", 1))
	assert.Nil(t, s.Evaluation.Direction, "a dash line among the text: not read in any text (cellsInText)")
	assert.True(t, hasLabelErr(list, string(label.Direction)), "%v", list)
	const eval = "\n目標年度における効果\n測定に関する評価\n\n--\n"
	require.True(t, strings.Contains(rs, eval))
	s, list = parseLenientSrc(t, strings.Replace(rs, eval, "\n目標年度における効果\n測定に関する評価\n\n---\n", 1))
	assert.Empty(t, list)
	if assert.NotNil(t, s.Evaluation.TargetYearEval) {
		assert.Equal(t, "---", *s.Evaluation.TargetYearEval, "one line of dashes: read as printed")
	}
	s, list = parseLenientSrc(t, strings.Replace(rs, "\n改善の方向性\n\n・", "\n改善の方向性\n\n改善の方向性\n・", 1))
	assert.Nil(t, s.Evaluation.Direction, "the label printed again: not read in any text (labelAgain)")
	assert.True(t, hasLabelErr(list, string(label.Direction)), "%v", list)
}

// parseLenientSrc parses src leniently.
func parseLenientSrc(t *testing.T, src string) (*Sheet, ErrorList) {
	t.Helper()
	s, err := (&Parser{Name: "src.txt", Lenient: true}).ParseBytes([]byte(src))
	list, _ := err.(ErrorList)
	return s, list
}

// hasLabelErr reports an error of list at label l.
func hasLabelErr(list ErrorList, l string) bool {
	for _, e := range list {
		if e.Label == l {
			return true
		}
	}
	return false
}

// TestTitleAmongName: a title line among the 事業名's lines (the page
// head printed twice: mutool, PyMuPDF, pdfminer of wkhtmltopdf's PDF)
// leaves the name unread, with an error at that line.
func TestTitleAmongName(t *testing.T) {
	src := string(readFile(t, samplePath))
	const head = "\n2025年度行政事業レビューシート 内閣府\n\n孤独・孤立対策推進経費\n"
	require.True(t, strings.HasPrefix(src, head), "the sample starts %q", src[:80])
	s, list := parseLenientSrc(t, head+"2025年度行政事業レビューシート 内閣府\n孤独・孤立対策推進経費\n"+src[len(head):])
	assert.Equal(t, "", s.Name)
	assert.Equal(t, "内閣府", s.Ministry)
	if assert.Len(t, list, 1) {
		assert.Equal(t, 5, list[0].Line)
		assert.ErrorIs(t, list[0], ErrLayout)
	}
}

// TestLabelAgainSections: 事業の概要 and その他備考 printed twice before
// their text (wkhtmltopdf's headings in mutool's, PyMuPDF's and
// pdfminer's text: "事業の概要" was read as the first bullet, "その他備考--"
// as the remark) are an error at the repeated label and are not read.
func TestLabelAgainSections(t *testing.T) {
	src := string(readFile(t, samplePath))
	for _, tc := range []struct {
		name, old, new string
		line           int
		check          func(t *testing.T, s *Sheet)
	}{
		{"事業の概要", "\n事業の概要\n\n・我が国", "\n事業の概要\n\n事業の概要\n・我が国", 36, func(t *testing.T, s *Sheet) { assert.Nil(t, s.Overview) }},
		{"その他備考", "\nその他備考\n\n--", "\nその他備考\n\nその他備考\n--", 2017, func(t *testing.T, s *Sheet) { assert.Nil(t, s.OtherRemarks) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.True(t, strings.Contains(src, tc.old))
			s, list := parseLenientSrc(t, strings.Replace(src, tc.old, tc.new, 1))
			tc.check(t, s)
			if assert.Len(t, list, 1) {
				assert.Equal(t, tc.line, list[0].Line)
				assert.Equal(t, tc.name, list[0].Label)
				assert.ErrorIs(t, list[0], ErrLayout)
			}
		})
	}
}

// TestEmptyCellByGate: a label with no value reads as "-" with a
// lost_cell warning only in text showing pdftotext's de-hyphenation,
// which drops a cell that is one "-"; in text printed a cell a line
// (mutool here) no cell is dropped: 備考 without its "--", so it is ErrMissing and no value
// (before, pdfminer's text of the Chromium PDF read 作成責任者 as "-").
func TestEmptyCellByGate(t *testing.T) {
	for _, tc := range []struct {
		name, file, old, new string
		want                 *string
		warn                 string
	}{
		{"pdftotext", "rs2025-006423.pdftotext.txt", "\n備考 --\n", "\n備考\n", ptr("-"), WarnLostCell},
		{"mutool", "rs2025-006423.mutool.txt", "\n備考\n--\n", "\n備考\n", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := string(readFile(t, "../testdata/extractors/"+tc.file))
			require.True(t, strings.Contains(src, tc.old))
			s, list := parseLenientSrc(t, strings.Replace(src, tc.old, tc.new, 1))
			assert.Equal(t, tc.want, s.Remarks)
			if tc.warn != "" {
				assert.False(t, hasLabelErr(list, string(label.Remarks)), "%v", list)
				return
			}
			assert.True(t, hasLabelErr(list, string(label.Remarks)), "%v", list)
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestRoleText: a block's role whose box printed a line twice (wkhtmltopdf's
// overflow in mutool's and PyMuPDF's text) is an error at the repeated
// line and not read from the box, in any text (the list row's role is
// read then: the flow box gave none); the box as printed reads.
func TestRoleText(t *testing.T) {
	src := string(readFile(t, samplePath))
	const box = "\n孤独・孤立対策に係る調査研究\n\n業務ほか\n\nB. 岐阜県"
	require.True(t, strings.Contains(src, box))
	for _, tc := range []struct {
		name, box string
		line      int // of the role's error, 0 for none
	}{
		{"as printed", box, 0},
		{"a line twice", "\n孤独・孤立対策に係る調査研究\n\n業務ほか\n業務ほか\n\nB. 岐阜県", 1435},
		{"the unit before it", "\n千円22\n孤独・孤立対策に係る調査研究\n\n業務ほか\n\nB. 岐阜県", 1432},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientSrc(t, strings.Replace(src, box, tc.box, 1))
			require.NotNil(t, s.Spending)
			a := s.Spending.BlockByName("A")
			require.NotNil(t, a)
			if assert.NotNil(t, a.Role) {
				assert.Equal(t, "孤独・孤立対策に係る調査研究業務ほか", *a.Role, "the list row's role")
			}
			if tc.line == 0 {
				assert.Empty(t, list)
				return
			}
			if assert.Len(t, list, 1) {
				assert.Equal(t, tc.line, list[0].Line)
				assert.ErrorIs(t, list[0], ErrLayout)
			}
		})
	}
}

// TestUseCellParagraphs: in text that is not default-mode a 費目・使途
// continuation row whose "--" cells stand a paragraph each is the list
// printed out of row order (pdfminer's text of the wkhtmltopdf PDF read
// ひょうごコミュニティ財団's 人件費 1,206 and その他 275 as 一般社団法人えんがお's):
// it is an error and not attributed, nor the continuation row after it;
// printed on one line it reads.
func TestUseCellParagraphs(t *testing.T) {
	src := string(readFile(t, samplePath))
	const row = "\n-- -- -- 人件費 孤独・孤立対策に係る人件費 1,206\n"
	require.True(t, strings.Contains(src, row))
	for _, tc := range []struct {
		name, row string
		uses      int
		errors    int
	}{
		{"one line", row, 12, 0},
		{"a cell a paragraph", "\n--\n\n--\n\n--\n\n人件費\n\n孤独・孤立対策に係る人件費\n\n1,206\n", 10, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientSrc(t, strings.Replace(src, row, tc.row, 1))
			require.NotNil(t, s.Spending)
			assert.Len(t, s.Spending.Uses, tc.uses)
			for _, u := range s.Spending.Uses {
				if u.Amount != nil && *u.Amount == 1_206_000 {
					assert.Equal(t, "公益財団法人ひょうごコミュニティ財団", u.Recipient)
				}
			}
			assert.Len(t, list, tc.errors)
			for _, e := range list {
				assert.ErrorIs(t, e, ErrLayout)
			}
		})
	}
}
