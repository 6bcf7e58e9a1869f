// Package outcome holds the 効果発現経路 (outcome pathway) of a review
// sheet: numbered nodes — アクティビティ (activity), アウトプット (output),
// 短期・中期・長期アウトカム (short-, mid- and long-term outcomes) — the
// paths from each activity to its outcomes, and each node's indicator
// table (目標値, 実績, 達成率 per year).
//
// The package is pure Go: it knows nothing of sheet text, PDFs, CSVs or
// Arrow. Readers (package reviewsheet, a CSV importer) fill a Graph; its
// methods derive edges, validate the structure (Validate), recompute
// 達成率 (Value.RecomputeAchievementRate, stating formula and rounding)
// and draw the graph as Graphviz DOT or Mermaid.
//
// # Numbering
//
// 2025 sheets number nodes by level: 1xx activities, 2xx outputs, 3xx
// short, 4xx mid and 5xx long outcomes (KindOfID). The kind always comes
// from the sheet's label; with that numbering a number that disagrees
// with its label is a problem, never a correction. Older sheets use
// ad-hoc numbers (1, 2, 3) that say nothing about the kind
// (LevelNumbered).
//
// # The section as printed (2025 format, abridged)
//
// An overview of boxes in arbitrary order, whose texts may be cut with
// "…", then one block per path; a node on several paths is printed in
// each of their blocks:
//
//	効果発現経路
//	活動・成果目標等のつながり
//	アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム
//	302: 短期アウトカム
//	孤独・孤立対策官民連携プラッ
//	トフォームにおいて、…
//	…
//	アクティビティからの発現経路 102-202-302-402-501
//	アクティビティ ＮＰＯ等との連携
//	アウトプット 活動目標
//	孤独・孤立対策官民連携プラットフォームにおいて、…
//	活動指標
//	孤独・孤立対策官民連携プラットフォームでの分科会、シンポ
//	ジウム等の実施件数
//	定性的なアウトカムに
//	関する成果実績
//	--
//	…
//	活動・成果目標
//	と実績
//	 2023年度 2024年度 2025年度
//	当初見込み∕目標値(件) 6 6 6
//	活動実績∕成果実績(件) 3 6 --
//	後続アウトカム
//	へのつながり
//	-
//	短期アウトカム
//	成果目標
//	…
//	 2024年度 目標年度
//	2025年度
//	当初見込み∕目標値(名) 500 500
//	活動実績∕成果実績(名) 742 --
//	達成率(%) 148.4 --
//
// In a year header 目標年度 marks the year that follows it (here 2025).
// 達成率 rows exist for outcomes only. 後続アウトカムへのつながり describes
// the step to the next node of that path, so it is kept per edge (Link),
// not per node.
//
// It holds: the outcome model (効果発現経路: nodes, paths, indicators with target/actual/達成率) and its recomputations.
// It imports: the standard library and internal/num.
// It must never import: anything else of rsheet (no parser, no I/O, no Arrow or PDF code).
package outcome
