package listrules

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/stretchr/testify/assert"
)

func TestIsBlockRowLine(t *testing.T) {
	for in, want := range map[string]bool{
		"B 岐阜県 ほか 16,640 18":    true,
		"C X -- --":             true,
		"B 岐阜県 ほか 16,640 18 役割": false,
		"岐阜県 ほか 16,640 18":      false,
		"B 16,640 18":           false,
	} {
		assert.Equal(t, want, isBlockRowLine(in), in)
	}
}

func TestIsCorporateNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"1010001143390": true, "101000114339": false, "10100011433900": false, "101000114339a": false, "--": false,
	} {
		assert.Equal(t, want, linerules.IsCorporateNumber(in), in)
	}
}

func TestOtherBlockWords(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: the header's other words after the last contract", "合計支出額\n支出先数\n事業を行う上での役割\n", ""},
		{"a cell between them stays", "--\n合計支出額\n支出先数\n", "--"},
		{"a word glued to a - stays (it holds a cell)", "-合計支出額\n支出先数\n", "-合計支出額"},
		{"a word twice: the second stays", "支出先数\n支出先数\n", "支出先数"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(otherBlockWords(nil, scanLines(tc.in))))
		})
	}
}

func TestJoinListCellsBlockWords(t *testing.T) {
	in := "5,803\n--\n支出先ブロック名\n合計支出額\n支出先数\n事業を行う上での役割\nB 岐阜県 ほか 16,640 18\n役割\n"
	assert.Equal(t, "5,803\n--\n支出先ブロック名 合計支出額 支出先数 事業を行う上での役割\nB 岐阜県 ほか 16,640 18\n役割", texts(JoinListCells(scanLines(in))))
}

func TestDropMovedPageNumber(t *testing.T) {
	// line is a line at position pos; page marks a page's first line
	line := func(text string, pos int, page bool) sheettext.Line {
		return sheettext.Line{Text: text, Pos: sheettext.Pos(pos), Page: page}
	}
	for _, tc := range []struct {
		name string
		in   []sheettext.Line
		want string
	}{
		{"Chromium (香川県): name and amount moved before the break",
			[]sheettext.Line{line("--", 1, false), line("14 / 16", 2, false), line("香川県", 5, false), line("93", 6, false), line(recHead, 4, true), line("8000020370002", 7, false)},
			"--\n香川県\n93\n" + recHead + "\n8000020370002"},
		{"nothing moved: left as it is (normalize's)",
			[]sheettext.Line{line("14 / 16", 2, false), line(recHead, 4, true)},
			"14 / 16\n" + recHead},
		{"a line in between from before the break: left as it is",
			[]sheettext.Line{line("14 / 16", 2, false), line("香川県", 3, false), line(recHead, 4, true)},
			"14 / 16\n香川県\n" + recHead},
		{"the break too far: left as it is",
			[]sheettext.Line{line("14 / 16", 2, false), line("a", 5, false), line("b", 6, false), line("c", 7, false), line("d", 8, false), line(recHead, 4, true)},
			"14 / 16\na\nb\nc\nd\n" + recHead},
		{"no page break: left as it is",
			[]sheettext.Line{line("12 / 16", 2, false), line("香川県", 5, false), line(recHead, 4, false)},
			"12 / 16\n香川県\n" + recHead},
		{"not a page number: left as it is",
			[]sheettext.Line{line("14 / 16 年", 2, false), line("香川県", 5, false), line(recHead, 4, true)},
			"14 / 16 年\n香川県\n" + recHead},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(DropMovedPageNumber(tc.in)))
		})
	}
}
