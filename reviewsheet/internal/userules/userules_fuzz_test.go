package userules

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// FuzzUseRules runs the rules of this package (headerwords.go,
// transposed.go) on mutated text: they must never panic,
// every line they return must point into the input (a position no later
// than its end), and they must be idempotent (a second run changes
// nothing: a rewritten block is in the sheet's order). Seeds: the
// producer texts the rules were written for.
//
//	go test ./reviewsheet/internal/userules -run '^$' -fuzz FuzzUseRules -fuzztime 30s
func FuzzUseRules(f *testing.F) {
	ruletest.AddProducerSeeds(f)
	f.Add([]byte("費目・使途\n（単位：千円）\n\n支出先名\n\n契約概要（契約名）\n\n1 / 2\n\n費目\n\n使途\n\n金額\n\nA x\ny\n---\n\nu\n---\n\n---\n\nf\ng\n\n1\nv\nw\n\n2\n3\n"))
	f.Add([]byte("国庫債務負担行為等による契約先リスト\n（単位：千円）\nその他備考\n--\n契約先名\n--\n契約額\n--\n法人番号\n--\n38\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, lines := sheettext.Scan("f", src)
		run := func(lines []sheettext.Line) []sheettext.Line {
			return JoinDebtHeader(UntransposeUseRows(JoinUsesHeader(lines)))
		}
		once := run(lines)
		ruletest.InInput(t, src, once)
		twice := run(once)
		require.Equal(t, texts(once), texts(twice), "a second run changed the lines")
	})
}
