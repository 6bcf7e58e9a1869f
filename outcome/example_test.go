package outcome_test

import (
	"fmt"
	"os"

	"github.com/rsheet/rsheet/outcome"
)

func ptr(f float64) *float64 { return &f }

// The sample's node 302 printed 目標 500, 実績 742 and 達成率 148.4 for 2024.
func ExampleValue_CheckAchievementRate() {
	v := outcome.Value{Year: 2024, Target: ptr(500), TargetRaw: "500", Actual: ptr(742), ActualRaw: "742",
		AchievementRate: ptr(148.4), AchievementRateRaw: "148.4"}
	rate, _ := v.RecomputeAchievementRate(outcome.Upward)
	want, match, ok := v.CheckAchievementRate(outcome.Upward)
	fmt.Println(rate, want, match, ok)
	// Output: 148.4 148.4 true true
}

func ExampleGraph_WriteMermaid() {
	g := &outcome.Graph{
		Nodes: []outcome.Node{
			{ID: 101, Kind: outcome.KindActivity, Text: "全国調査"},
			{ID: 201, Kind: outcome.KindOutput, Text: "実態の把握"},
			{ID: 301, Kind: outcome.KindShortOutcome, Text: "調査結果を公表することによって我が国の孤独・孤立の現状を明らかにする。"},
		},
		Paths: [][]int{{101, 201, 301}},
	}
	if err := g.WriteMermaid(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// flowchart LR
	//     n101["101 アクティビティ<br/>全国調査"]
	//     n201["201 アウトプット<br/>実態の把握"]
	//     n301["301 短期アウトカム<br/>調査結果を公表することによって我が国の孤独・孤立…"]
	//     n101 --> n201
	//     n201 --> n301
}

func ExampleGraph_Validate() {
	g := &outcome.Graph{
		Nodes: []outcome.Node{
			{ID: 101, Kind: outcome.KindActivity},
			{ID: 301, Kind: outcome.KindShortOutcome},
			{ID: 402, Kind: outcome.KindShortOutcome},
		},
		Paths: [][]int{{101, 402, 301}},
		Links: []outcome.Link{{Edge: outcome.Edge{From: 101, To: 402}}, {Edge: outcome.Edge{From: 402, To: 301}}},
	}
	for _, p := range g.Validate() {
		fmt.Println(p)
	}
	// Output:
	// kind_mismatch: node 402 is numbered as 中期アウトカム but is a 短期アウトカム
	// path_same_level: path 1 goes from 402 to 301, both 短期アウトカム
}
