package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/spending"
)

func scanLines(s string) []sheettext.Line {
	_, lines := sheettext.Scan("x", []byte(s))
	return lines
}

// TestTableRowsParagraphs: a row printed a paragraph per cell is one row
// when the next paragraph holds exactly the missing cells.
func TestTableRowsParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want [][]string
		errs int
	}{
		{"cells after a blank line complete the row", "内閣府\n\n１２孤独 １７施策 --\n", [][]string{{"内閣府", "１２孤独", "１７施策", "--"}}, 0},
		{"too many cells after the blank line: not joined", "内閣府\n\n１２孤独 １７施策 -- x\n", [][]string{{"内閣府", "--", "--", "--"}, {"１２孤独", "１７施策", "--", "x"}}, 1},
		{"a whole row", "内閣府 １２孤独 １７施策 --\n", [][]string{{"内閣府", "１２孤独", "１７施策", "--"}}, 0},
	} {
		p := &parser{file: &sheettext.File{}, sheet: &Sheet{}}
		var got [][]string
		for _, r := range p.tableRows(nil, scanLines(tc.in), 4, "政策・施策") {
			got = append(got, r.cells)
		}
		assert.Equal(t, tc.want, got, tc.name)
		assert.Len(t, p.diags, tc.errs, tc.name)
	}
}

// TestSplitCellsOneLine: a one-line 補助率等 row whose 補助上限等 holds
// spaces keeps it whole after a one-token 補助率.
func TestSplitCellsOneLine(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"民間団体 2/3 1 交付事業者につき 6,000 千円"}, []string{"民間団体", "2/3", "1 交付事業者につき 6,000 千円"}},
		{[]string{"民間団体 2/3 1交付事業者につき6,000千円"}, []string{"民間団体", "2/3", "1交付事業者につき6,000千円"}},
		// the third token a rate too: tokens stay cells of their own
		{[]string{"民間団体 定額 1/2 上限"}, []string{"民間団体", "定額", "1/2", "上限"}},
	} {
		var lines []sheettext.Line
		for _, s := range tc.in {
			lines = append(lines, sheettext.Line{Text: s})
		}
		var got []string
		for _, c := range splitCells(lines) {
			got = append(got, c.text())
		}
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
}

// TestHasBreaks: blank lines delimit contract cells only when the text
// prints one before a contract's figures (not only at page breaks).
func TestHasBreaks(t *testing.T) {
	assert.True(t, linerules.KeepsCellBreaks(scanLines("名称\n一般競争契約（総合評価）\n\n170,042 3 91.1 --\n")))
	assert.False(t, linerules.KeepsCellBreaks(scanLines("名称\n一般競争契約（総合評価）\n170,042 3 91.1 --\n\n支出先名 支出額 法人番号\n")))
	assert.False(t, linerules.KeepsCellBreaks(scanLines("名称\n一般競争契約（総合評価）\n\f170,042 3 91.1 --\n")))
}

// TestBlockOthers: ほか cut off a block's name by pdftotext (default mode)
// goes back to the name, in the list and in the flow.
func TestBlockOthers(t *testing.T) {
	f, _ := sheettext.Scan("x", nil)
	p := &parser{file: f, sheet: &Sheet{Source: newSource(f)}}
	sp := &spending.Spending{}
	p.blockRow(0, scanLines("A 株式会社エヌ・ティ・ティ・データ経営研究所\nほか 622,650 22 調査研究業務ほか\n"), sp)
	if assert.Len(t, sp.Blocks, 1) {
		assert.Equal(t, "株式会社エヌ・ティ・ティ・データ経営研究所 ほか", sp.Blocks[0].Name)
		assert.Equal(t, int64(622650000), *sp.Blocks[0].Total)
		assert.Equal(t, 22, *sp.Blocks[0].RecipientCount)
	}
	assert.Empty(t, p.diags)

	var fl spending.Flow
	blocks := p.parseFlow(nil, scanLines("内閣府\n684,784 千円\nB.\n\n岐阜県\n\n16,640\n\n千円\n\nほか\n\n支出先の数: 18\n役割\n"), &fl)
	if assert.Len(t, blocks, 1) {
		assert.Equal(t, "岐阜県 ほか", blocks[0].b.Name)
		assert.Equal(t, int64(16640000), *blocks[0].b.Total)
		assert.Equal(t, "役割", *blocks[0].b.Role)
	}
	assert.Empty(t, p.diags)
}
