package budgetrules

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// FuzzApply runs the budget table rules on mutated text: they must never
// panic, and every line they return must point into the input (a
// position no later than its end). Seeds: the producer texts and the shapes of their tests.
//
//	go test ./reviewsheet/internal/budgetrules -run '^$' -fuzz FuzzApply -fuzztime 30s
func FuzzApply(f *testing.F) {
	ruletest.AddProducerSeeds(f)
	f.Add([]byte(budgetParagraphs([]string{"--", "684,784", "--", "--"}, []string{"--", "17.3%", "--"}) + wkBlock))
	f.Add([]byte("予算内訳表\n会計区分\n会計\n勘定\n要望額\n備考\n一般会計\n一般会計\n--\n--\n--\n予算種別/歳出予算項目\n備考\n予算額\n翌年度要求額\n当初予算\nA\n-- 1\n当初予算\n--\nB\n-- 2 --\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, lines := sheettext.Scan("f", src)
		for _, l := range Apply(lines) {
			if l.Pos < 0 || int(l.Pos) > len(src)+1 {
				t.Fatalf("line %q at %d, outside the input (%d bytes)", l.Text, l.Pos, len(src))
			}
		}
	})
}
