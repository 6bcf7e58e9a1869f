package reviewsheet_test

import (
	"fmt"
	"log"
	"os"

	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet"
)

// The 効果発現経路 of the sample: its size, one indicator table, and a
// recomputed 達成率.
func ExampleSheet_outcome() {
	src, err := os.ReadFile("../testdata/rs2025-006423.txt")
	if err != nil {
		log.Fatal(err)
	}
	p := reviewsheet.Parser{Name: "rs2025-006423.txt"}
	sheet, err := p.ParseBytes(src)
	if err != nil {
		log.Fatal(err)
	}
	g := sheet.Outcome
	fmt.Println(len(g.Nodes), "nodes,", len(g.Paths), "paths,", len(g.Edges()), "edges")
	n := g.Node(302)
	fmt.Println(n.ID, n.Kind, n.Indicator.Unit)
	for _, v := range n.Indicator.Values {
		want, match, ok := v.CheckAchievementRate(outcome.Upward)
		fmt.Printf("%d target=%s actual=%s rate=%s target_year=%v recomputed=%v ok=%v match=%v\n",
			v.Year, v.TargetRaw, v.ActualRaw, v.AchievementRateRaw, v.IsTargetYear, want, ok, match)
	}
	fmt.Println("printed on line", sheet.Source.Line("outcome.nodes[9].indicator.values[0].achievement_rate"))
	// Output:
	// 21 nodes, 7 paths, 20 edges
	// 302 short_outcome 名
	// 2024 target=500 actual=742 rate=148.4 target_year=false recomputed=148.4 ok=true match=true
	// 2025 target=500 actual=-- rate=-- target_year=true recomputed=0 ok=false match=false
	// printed on line 563
}
