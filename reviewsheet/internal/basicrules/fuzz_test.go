package basicrules

import (
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// FuzzReorderHeadBlock runs the rules of this package (UncolumnSubsidies,
// Apply, PlaceYearsByTitle, in normalize's order) on mutated text:
// they must never panic, every line they return must point into the
// input, and they never return more lines than they got (a cell is
// only moved beside its label).
// Seeds: the producer texts and the blocks of the table tests.
//
//	go test ./reviewsheet/internal/basicrules -run '^$' -fuzz FuzzReorderHeadBlock -fuzztime 30s
func FuzzReorderHeadBlock(f *testing.F) {
	ruletest.AddProducerSeeds(f)
	for _, block := range [][]string{libreOffice, chromium, wkhtmltopdf, a5} {
		f.Add([]byte("2025年度行政事業レビューシート 内閣府\n事業名\n基本情報\n" + strings.Join(block, "\n") + "\n"))
	}
	for _, block := range [][]string{libre, a5Eval} {
		f.Add([]byte(strings.Join(block, "\n") + "\n支出先\n"))
	}
	f.Add([]byte("アウトカムを複数段階\nで設定できない理由\n事業に関連する\nKPIが定められて\nいる閣議決定等\n--\n名前\n--\nURL\n--\n該当箇所\n--\n"))
	f.Add([]byte(strings.Join(subsidyColumnsLO, "\n") + "\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, lines := sheettext.Scan("f", src)
		out, _ := UncolumnSubsidies(lines)
		out, _ = PlaceYearsByTitle(Apply(out))
		ruletest.InInput(t, src, out)
		if len(out) > len(lines) {
			t.Fatalf("%d lines from %d: the rules only join lines", len(out), len(lines))
		}
	})
}
