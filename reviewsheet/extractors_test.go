package reviewsheet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractorPaths are texts of the sample made by other extractors
// (scripts/make-extractor-texts.sh). They must read to the sample's
// figures; their text may differ where the extractor lost a character
// (pdftotext prints the ideographic space U+3000 as spaces).
var extractorPaths = []string{
	"../testdata/extractors/rs2025-006423.pdftotext-layout.txt",
	"../testdata/extractors/rs2025-006423-a5.pdftotext-layout.txt",
}

func TestExtractorTexts(t *testing.T) {
	want := toJSON(t, withoutSource(parseFile(t, samplePath)))
	want = bytes.ReplaceAll(want, []byte("\u3000"), []byte(" "))
	for _, path := range extractorPaths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			s := parseFile(t, path)
			assertSampleFigures(t, s)
			assert.Empty(t, s.Warnings)
			got := toJSON(t, withoutSource(s))
			assert.Equal(t, string(want), string(got))
		})
	}
}

// TestPdftotextDefault: pdftotext without -layout prints the cells of a
// table row as separate paragraphs, joins "--" at a line end with the
// next line (its de-hyphenation), drops a cell that is one "-" and
// reorders a few cells (dehyphen.go, headerrows.go, tablerows.go). The
// text reads strictly to the sample's figures; the dropped "-" cells are
// warnings (lost_cell). What it cannot give back is text: the
// ideographic space that ends 事業所管課室 becomes a paragraph break (its
// last part is read into 作成責任者: an unsplit_cell warning on each), and the
// hyphen of a URL wrapped after "keizai-" is dropped (every URL read
// carries a url_hyphen warning: the text does not show which lost one).
func TestPdftotextDefault(t *testing.T) {
	s := parseFile(t, "../testdata/extractors/rs2025-006423.pdftotext.txt")
	assertSampleFigures(t, s)
	require.NotEmpty(t, s.Warnings)
	codes := map[string]int{}
	for _, w := range s.Warnings {
		codes[w.Code]++
		if w.Code == WarnUnsplitCell { // the 作成責任者 read, the 事業所管課室 cut
			assert.Contains(t, []string{"organization.responsible", "organization.divisions[2]"}, w.Path)
		}
	}
	assert.Equal(t, 2, codes[WarnUnsplitCell])
	// every URL of 関係する計画・通知等 (2) and 補助率等 (3) may have lost a
	// hyphen (warnURLHyphen); the one that did is among them
	assert.Equal(t, 5, codes[WarnURLHyphen])
	assert.Contains(t, s.Warnings, Warning{File: "rs2025-006423.pdftotext.txt", Line: 49, Column: 1, Label: "関係する計画・通知等", Path: "plans[1].url", Code: WarnURLHyphen,
		Message: "pdftotext (without -layout) drops a hyphen at a line wrap: a URL wrapped after a hyphen lost it"})
	assert.Equal(t, len(s.Warnings)-7, codes[WarnLostCell])
	want := toJSON(t, withoutSource(parseFile(t, samplePath)))
	want = bytes.ReplaceAll(want, []byte("\u3000"), []byte(" "))
	s.Warnings = nil
	got := toJSON(t, withoutSource(s))
	// the three text differences above, and nothing else
	for _, d := range []struct{ sample, pdftotext string }{
		{`"政策統括官（共生・共助担当） 孤独・孤立対策推進室"`, `"政策統括官（共生・共助担当）"`},
		{`"responsible": "土屋皓嗣"`, `"responsible": "孤独・孤立対策推進室土屋皓嗣"`},
		{"keizai-shimon", "keizaishimon"},
	} {
		require.Equal(t, 1, bytes.Count(want, []byte(d.sample)), d.sample)
		want = bytes.Replace(want, []byte(d.sample), []byte(d.pdftotext), 1)
	}
	assert.Equal(t, string(want), string(got))
}

// unsplittable is the sample without blank lines where the 補助上限等 of
// the first 補助率等 row names no amount: nothing tells where 補助率 ends.
func unsplittable(t *testing.T) []byte {
	src := readFile(t, "../testdata/variants/rs2025-006423.noblank-all.txt")
	const amount = "事業：1都道府県につき4,000千円\n"
	require.Equal(t, 1, bytes.Count(src, []byte(amount)))
	return bytes.Replace(src, []byte(amount), []byte("事業：1都道府県につき定める額\n"), 1)
}

// TestUnsplitCellWarning: a free-text cell that cannot be split is kept
// joined in the first cell with a warning; the parse does not fail and
// every figure is right; the warning is in the JSON and in Check.
func TestUnsplitCellWarning(t *testing.T) {
	src := unsplittable(t)
	p := Parser{Name: "unsplit.txt"}
	s, err := p.ParseBytes(src)
	require.NoError(t, err)
	assertSampleFigures(t, s)

	line := 1 + bytes.Count(src[:bytes.Index(src, []byte("都道府県\n"))], []byte("\n"))
	require.Len(t, s.Warnings, 1)
	w := s.Warnings[0]
	assert.Equal(t, Warning{File: "unsplit.txt", Line: line, Column: 1, Label: "補助率等", Path: "subsidy_rates[0].rate", Code: WarnUnsplitCell,
		Message: "cannot tell 補助率 from 補助上限等 (2 cells where 3 are expected): the text is kept in 補助率"}, w)
	assert.Equal(t, "unsplit.txt:"+itoa(line)+":1: 補助率等: "+w.Message, w.String())

	sub := s.Subsidies[0]
	assert.Equal(t, "都道府県", sub.Target)
	require.NotNil(t, sub.Rate)
	assert.True(t, strings.HasPrefix(*sub.Rate, "地方版孤独・孤立対策官民連携プラットフォーム構築事業及び基盤整備事業：1/2"))
	assert.True(t, strings.HasSuffix(*sub.Rate, "大臣が必要と認めた経費"))
	assert.Nil(t, sub.Cap)
	require.NotNil(t, sub.URL)

	var js struct {
		Warnings []Warning `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal(toJSON(t, s), &js))
	assert.Equal(t, s.Warnings, js.Warnings)

	require.Len(t, s.Warnings, 1)
	assert.Equal(t, line, s.Warnings[0].Line)
	assert.Equal(t, "subsidy_rates[0].rate", s.Warnings[0].Path)
}

// TestNoWarningsKey: a clean sheet has no "warnings" key in its JSON (the
// golden stays as it is).
func TestNoWarningsKey(t *testing.T) {
	s := parseFile(t, samplePath)
	assert.Nil(t, s.Warnings)
	assert.NotContains(t, string(toJSON(t, s)), `"warnings"`)
}

// TestProducerLayoutLibreOffice: pdftotext -layout of the sample as
// LibreOffice prints htmlgen's HTML (branch prod's producer PDF). Its
// tables put labels in columns of their own, values beside them, the
// 効果発現経路 boxes in a grid and two 費目・使途 rows side by side
// (sheettext.Columns, pairedvalues.go, contractrows.go, headerrows.go,
// userows.go); it reads strictly to the sample's figures with no
// warning. Its text differs from the sample where LibreOffice spaced
// Latin letters and digits from Japanese ("の NPO 等", "1 都道府県につき
// 4,000 千円").
func TestProducerLayoutLibreOffice(t *testing.T) {
	assertLayoutFigures(t, "../testdata/extractors/rs2025-006423.libreoffice.pdftotext-layout.txt")
}

// assertLayoutFigures: the text at path reads strictly to the sample's
// figures, with no warning.
func assertLayoutFigures(t *testing.T, path string) {
	t.Helper()
	s := parseFile(t, path)
	assertSampleFigures(t, s)
	assert.Empty(t, s.Warnings)
}

// TestProducerLayoutChromium: pdftotext -layout of the sample as
// Chromium prints it. Its 効果発現経路 boxes are staggered (each box of a
// row one line lower than the one to its left), the ∕ of labels such as
// 実績∕目標∕見込みの is printed on a line of its own, and every line
// starts at column 1 (sheettext.Columns, slashes.go and the rules of the
// LibreOffice text); it reads to the sample exactly, the ideographic
// space aside (pdftotext prints it as a space).
func TestProducerLayoutChromium(t *testing.T) {
	assertLayoutSample(t, "../testdata/extractors/rs2025-006423.chromium.pdftotext-layout.txt")
}

// assertLayoutSample: the text at path reads strictly to the sample
// exactly, with no warning, the ideographic space (pdftotext prints it
// as a space) and the order of the overview's boxes aside.
func assertLayoutSample(t *testing.T, path string) {
	t.Helper()
	s := parseFile(t, path)
	assertSampleFigures(t, s)
	assert.Empty(t, s.Warnings)
	assert.Equal(t, string(layoutSampleJSON(t)), string(toJSON(t, withoutSource(boxOrderAside(s)))))
}

// layoutSampleJSON is the sample's JSON as a -layout text of a PDF can
// give it back: no Source, the overview's box order aside, the
// ideographic space printed as a space.
func layoutSampleJSON(t *testing.T) []byte {
	want := toJSON(t, withoutSource(boxOrderAside(parseFile(t, samplePath))))
	return bytes.ReplaceAll(want, []byte("\u3000"), []byte(" "))
}

// TestProducerLayoutWkhtmltopdf: pdftotext -layout of the sample as
// wkhtmltopdf prints it (testdata/pdf/producers/wkhtmltopdf.pdf). Its
// text prints many kanji as Kangxi radicals (⼀, ⽀, ⾏, ⾒, ⾦: the
// -layout rules compare labels and headers with them folded), puts the
// 根拠法令 label, header and row in a paragraph of their own and the
// 反映額 row after a blank line with its 詳細 pair indented below it
// (linerules.CollapseLabelHeaderRows, linerules.CollapseFigureRow: both
// would otherwise be read as one grid row by sheettext.Columns). It reads
// strictly to the sample exactly, with no warning, the ideographic
// space and the order of the overview's boxes aside.
func TestProducerLayoutWkhtmltopdf(t *testing.T) {
	assertLayoutSample(t, "../testdata/extractors/rs2025-006423.wkhtmltopdf.pdftotext-layout.txt")
}

// TestProducerLayoutChromiumRounded: pdftotext -layout of the current
// Chromium PDF, whose 効果発現経路 boxes have rounded corners: each box's
// heading and first text line are staggered, the rest of a row's box
// texts printed side by side on shared lines. The parser cannot tell
// those lines apart, so box texts come out one column off; it must not
// do so silently: every box whose text differs from its node's carries
// an unsplit_cell warning (normalize/ocheads.go: SideBySide), and the rest of the
// sheet reads to the sample (the ideographic space aside).
func TestProducerLayoutChromiumRounded(t *testing.T) {
	assertLayoutBoxesWarned(t, "../testdata/extractors/rs2025-006423.chromium-rounded.pdftotext-layout.txt")
}

// assertLayoutBoxesWarned: the text at path reads strictly to the
// sample, each of the 7 box texts read off aside, and each of them with
// an unsplit_cell warning.
func assertLayoutBoxesWarned(t *testing.T, path string) {
	t.Helper()
	s := parseFile(t, path)
	assertSampleFigures(t, s)
	warned := map[int]bool{}
	for _, w := range s.Warnings {
		require.Equal(t, WarnUnsplitCell, w.Code)
		require.Equal(t, "outcome.nodes", w.Path)
		var id int
		_, err := fmt.Sscanf(w.Message, "box %d:", &id)
		require.NoError(t, err, w.Message)
		warned[id] = true
	}
	boxed := map[int]bool{}
	for i := range s.Outcome.Nodes {
		if n := &s.Outcome.Nodes[i]; n.BoxText != nil {
			boxed[n.ID] = true
			n.BoxText = nil
		}
	}
	assert.Len(t, boxed, 7)
	assert.Equal(t, boxed, warned, "a box text read off is always warned")
	s.Warnings = nil
	assert.Equal(t, string(layoutSampleJSON(t)), string(toJSON(t, withoutSource(boxOrderAside(s)))))
}

// TestProducerLayoutSharedColumns: pdftotext -layout of the producer PDFs
// drawn with the RS form's shared column widths (htmlgen -columns shared:
// every recipient table, contract table and indicator table of the sheet
// as wide as the others of its kind; testdata/pdf/producers/
// *-sharedcols.pdf). The cells stand at other places than in the
// content-width PDFs, and each text reads as its content-width twin does:
// LibreOffice to the sample's figures (its autospace changes texts),
// wkhtmltopdf to the sample exactly, and Chromium, whose diagram boxes
// have rounded corners, to the sample with its box texts read off and
// warned (TestProducerLayoutChromiumRounded).
func TestProducerLayoutSharedColumns(t *testing.T) {
	const dir = "../testdata/extractors/rs2025-006423."
	assertLayoutFigures(t, dir+"libreoffice-sharedcols.pdftotext-layout.txt")
	assertLayoutSample(t, dir+"wkhtmltopdf-sharedcols.pdftotext-layout.txt")
	assertLayoutBoxesWarned(t, dir+"chromium-sharedcols.pdftotext-layout.txt")
}
