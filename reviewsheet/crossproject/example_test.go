package crossproject_test

import (
	"fmt"
	"os"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/crossproject"
)

// Aggregate sheets one at a time (here one text sheet whose block D is
// paid from A and E from D) and read the totals by level.
func Example() {
	f, err := os.Open("../../testdata/spending/rs2025-006423.redelegation.txt")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s, err := reviewsheet.Parse(f)
	if err != nil {
		panic(err)
	}
	a := crossproject.New()
	if err := a.Add(s); err != nil { // an RS CSV set: set.Sheets(ctx, a.Add)
		panic(err)
	}
	r, err := a.Result()
	if err != nil {
		panic(err)
	}
	m := r.Ministries[0]
	fmt.Println(m.Ministry, "direct", *m.DirectBlocks.Ptr(), "re-delegated", *m.RedelegatedBlocks.Ptr())
	for _, t := range r.Totals {
		if t.Key == "cn:5010401143788" && t.Source == crossproject.FromRecipients {
			fmt.Println("株式会社電通 direct", *t.Direct.Ptr(), "re-delegated", *t.Redelegated.Ptr())
		}
	}
	for _, p := range r.BudgetPath("006423") {
		if p.Rate != nil {
			fmt.Printf("%d: 計 %d 執行額 %d 執行率 %.1f%%\n", p.BudgetYear, *p.Total, *p.Executed, *p.Rate)
		}
	}
	// Output:
	// 内閣府 direct 683705000 re-delegated 14000000
	// 株式会社電通 direct 13750000 re-delegated 2000000
	// 2024: 計 3953908000 執行額 684784000 執行率 17.3%
}
