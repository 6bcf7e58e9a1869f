package pathrules

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// FuzzDefaultModeRules runs the rules of pdftotext's default mode that
// move cells and labels (reflectiondashes.go, slashafterlabel.go,
// interruptedlabel.go, labelrowdashes.go, gluedurlcell.go,
// activitytext.go, pathnumbers.go, onestagevalue.go, strayindicator.go,
// goalcolumn.go, kindcolumn.go, qualdash.go, orgcolumn.go,
// sourceslashes.go, tableindicator.go, cellsbeforenumbers.go, numbersafteractivity.go, rowmajortable.go,
// columntable.go)
// on mutated text: they must never panic, and every line they return
// must point into the input (a position no later than its end).
// Seeds: the producer texts these rules were written for.
//
//	go test ./reviewsheet/internal/pathrules -run '^$' -fuzz FuzzDefaultModeRules -fuzztime 30s
func FuzzDefaultModeRules(f *testing.F) {
	ruletest.AddProducerSeeds(f)
	f.Add([]byte("反映額\n会計 勘定 反映額 (千円)\n--\n--\n詳細\n---\nx\n"))
	f.Add([]byte("所見を踏まえた\n改善点∕概算要\n求における反映\n詳細\n-状況\n"))
	f.Add([]byte("アウトプット\n活動目標\nx\n定性的なアウトカムに\n関する成果実績\n短期アウトカム\n成果目標\n活動指標\ny\n\nz\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, lines := sheettext.Scan("f", src)
		for _, rule := range []func([]sheettext.Line) []sheettext.Line{
			linerules.JoinReflectionDashes, linerules.SlashesAfterLabel, linerules.JoinInterruptedLabel, linerules.JoinLabelRowDashes,
			linerules.SplitGluedURLCell, MoveSourceSlashes, MoveTableIndicator, MoveCellsBeforeNumbers, MoveNumbersAfterActivity, joinRowMajorTableLines, JoinColumnTable, MoveActivityText, JoinPathNumbers, MoveOneStageValue, MoveStrayIndicator, MoveGoalColumn, GatherKindColumn, MoveQualDash, linerules.JoinOrgColumn,
		} {
			lines = rule(lines)
		}
		ruletest.InInput(t, src, lines)
	})
}

// joinRowMajorTableLines is JoinRowMajorTable without its lost cells.
func joinRowMajorTableLines(lines []sheettext.Line) []sheettext.Line {
	out, _, _ := JoinRowMajorTable(lines)
	return out
}
