package listrules

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// FuzzListRules runs the list rules (JoinListCells and each rule it
// calls) on mutated text: they must never panic, every line they return
// must point into the input (a position no later than its end), and a
// rule never returns more lines than it was given (they move, join or
// drop lines; "-支出額" gives one "--" for the word it drops). Seeds: the
// producer texts the rules were written for and the shapes of the
// table tests.
//
//	go test ./reviewsheet/internal/listrules -run '^$' -fuzz FuzzListRules -fuzztime 30s
func FuzzListRules(f *testing.F) {
	ruletest.AddProducerSeeds(f)
	f.Add([]byte(joinLines(recHead, "名", "4,506", "7120905003161", w0, w1, "令和", "補助金等交付", "4,506", "1", "--", "--", w2, w3, w4, recHead)))
	f.Add([]byte(joinLines("6,000", "1", "支出先名", "--", glued, "法人番号", w4, "名", "6,000", w0, w2, w1, "7140005021310", w3, w4)))
	f.Add([]byte(joinLines("A", "支出先ブロック名 合計支出額 支出先数 事業を行う上での役割", "名", "ほか", "622,650", recHead, "名", "170,042", "1010001143390", w0, w1, w2, w3, "x", "170,042", "支出先名", "3", "91.1", glued, "法人番号", "22", "役割", w4, "名2", "142,172")))
	f.Add([]byte(joinLines("支出先ブロック名", "C 名 ほか 44,415 9", "役割", "名", "合計支出額", "支出先名", "6,000", "支出先数", "支出額", "事業を行う上での役割", "法人番号", "5060005009340", "∕", w0, w1, w2, w3, w4)))
	f.Add([]byte(joinLines(recHead, "", "名", "142,172", "4010001054032", "", conHead, "", "業務", "一般競争契約（総合評価）", "", "170,042", "3", "91.1", "--")))
	f.Add([]byte(joinLines("支出先ブロック名", "合計支出額", "支出先数", "事業を行う上での役割", "", "A", "名 ほか", "622,650", "22", "役割", "", recHead)))
	f.Add([]byte(joinLines("業務", "一般競争契約（総合評価）", "170,042", "3", "91.1", "--", "支出先名")))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, lines := sheettext.Scan("f", src)
		for _, rule := range []func([]sheettext.Line) []sheettext.Line{
			BlockTailAfterWords, RecipientWordsAmongCells, IDAmongContractWords, MoveLastContractWord,
			GatherContractWords, FirstRecipientAfterRole, DropMovedPageNumber, JoinListCells, JoinContractCellLines,
		} {
			n := len(lines)
			lines = rule(lines)
			if len(lines) > n {
				t.Fatalf("%d lines from %d", len(lines), n)
			}
		}
		ruletest.InInput(t, src, lines)
	})
}

// BenchmarkJoinListCells measures the list rules over the whole A5
// text's lines as scanned (they look at the list's shapes only; the
// parser gives them the list's lines).
//
//	go test ./reviewsheet/internal/listrules -run '^$' -bench JoinListCells -benchmem
func BenchmarkJoinListCells(b *testing.B) {
	src, err := os.ReadFile("../../../testdata/extractors/rs2025-006423-a5.pdftotext.txt")
	require.NoError(b, err)
	_, lines := sheettext.Scan("a5", src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		JoinListCells(lines)
	}
}
