// Package rscsv reads the official bulk CSVs of the RS system
// (行政事業レビュー見える化サイト) into the same typed model as a parsed sheet:
// one *reviewsheet.Sheet per (事業年度, 予算事業ID).
//
// # Input
//
// The RS system publishes 15 tables per 事業年度, each a ZIP holding one
// CSV. Open takes ZIPs (read in place, never unpacked to disk), CSVs, or
// directories holding either; a directory contributes every file whose
// name starts with a table number ("2-1_…"). Files are matched on that
// number, not on the whole name, which varies between years. The CSVs are
// UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting (quoted fields may
// hold line breaks). Every row starts with the same 13 columns:
//
//	シート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係,予算年度,当初予算（合計）,…,執行率,…
//	レビューシート,2024,6423,孤独・孤立対策推進経費,4,内閣府,内閣府,政策統括官（共生・共助担当）,,…,2024,203368000,3050000000,700540000,0,3953908000,0,,0,1351442000.0,…
//	レビューシート,2024,6423,孤独・孤立対策推進経費,4,内閣府,…,2024,,,,,,,,,,,,一般会計,一般会計,,203368000,3050000000,0,0,0,0,700540000,…
//
// Open checks every header: a missing required column is an error naming
// file and column (a *reviewsheet.Error wrapping reviewsheet.ErrMissing);
// a column the importer does not know is reported once per file as a
// Warning and not imported.
//
// # Values
//
//   - Money is yen in the CSV and in the model: nothing is converted.
//     "34482000.0" reads as 34482000, a trailing space is dropped, an empty
//     cell is nil. A fractional yen is an error.
//   - 執行率 is a fraction ("0.17319") and becomes percent by moving the
//     decimal point in the text (17.319): the decimals the CSV states are
//     kept; the sheet prints one decimal, so comparisons round
//     (see audit.Compare). 達成率 and 落札率 are already percent.
//   - 予算事業ID is padded to the sheet's six digits ("6423" → "006423").
//   - 補助率 loses its leading apostrophe ("'2/3" → "2/3").
//   - Booleans are TRUE/FALSE, or t/f (5-4).
//   - Text is kept as written; placeholders such as "-" or "ー" are content.
//     Only an empty cell is nil. 2024 files write in-cell line breaks as
//     "／", which also occurs in names: nothing is split on it; real line
//     breaks (2025) split 事業の概要, 補助率 and 補助上限等 into lines.
//   - A table's placeholder row (only the 13 shared columns set) is skipped.
//   - 執行額 0 in a budget year from the 事業年度 on (2-1, totals and
//     per-account rows) is the CSV's "not yet executed": it becomes nil
//     with the text kept in ExecutedRaw ("0"), and a 執行率 of 0 beside it
//     nil too, so no 0 % rate is recomputed or exported from it.
//
// # Tables and the model
//
//	1-1 組織情報          Organization (府省庁, 事業所管課室 = 府省庁 | 局・庁 | 部 | 課 | 室 | 班 | 係, 作成責任者, その他担当組織)
//	1-2 事業概要等         purpose, issues, overview, category, start/end year, 主要経費, 実施方法 (TRUE columns), 備考
//	1-3 政策・施策、法令等  Policies, Laws (with 法令ID), Plans: three lists side by side, each ordered by its 番号
//	1-4 補助率等           Subsidies
//	1-5 関連事業           RelatedList (and Related as "006423 事業名" lines)
//	2-1 予算・執行_サマリ    totals rows → Budget.Years (ascending; 要求額 of Y = 翌年度要求額 of Y−1;
//	                      翌年度への繰越し, 翌年度要求額, 主な増減理由, その他特記事項 per year);
//	                      per-account rows → Budget.AccountYears, and Budget.Accounts (要望額 of the 事業年度)
//	2-2 予算種別・歳出予算項目 Budget.Items, the 事業年度 first (Item.Year; 第1次補正予算 → 補正予算 + BudgetTypeRaw)
//	3-1 目標・実績          outcome nodes with indicator values per year (目標年度 / 目標値 / 実績値 / 達成率 rows); KPI
//	3-2 目標のつながり       outcome links (後続アウトカムへのつながり) and paths (chains from sources to sinks);
//	                      a node is its number, 種別 and アウトカムの期間, and, when 3-2 gives those
//	                      several texts (2024 numbers the chain, not the node), its text compared
//	                      without white space and a final 。 (see rsmap's rawNode); a 3-1 row with another
//	                      text keeps it in Node.MoreTexts; numbers that repeat across kinds (2024
//	                      numbers each kind from 1) or nodes are renumbered to 1xx–5xx with the CSV
//	                      number in Node.SourceNumber (see rsmap's graphIDs)
//	4-1 点検・評価          Evaluation; 反映額 rows; 過去に受けた指摘事項 / その他の指摘事項 → Points
//	5-1 支出情報            spending blocks (block rows), recipients (payee rows) and their contracts (contract rows)
//	5-2 支出ブロックのつながり block parents, InFlow, the paying organisation, 国自らが支出する間接経費
//	5-3 費目・使途          spending uses
//	5-4 国庫債務負担行為等    spending debt contracts
//	6-1 その他備考          OtherRemarks
//
// Columns the sheet does not print are kept too: 府省庁の建制順, 旧事業番号
// and 整理表表示順 in Sheet.Registry; 成果目標の種類 in Node.GoalType
// (改善の上向き／下向き in Indicator.Improvement); 所在地 and 法人種別 of
// 5-1 and 5-4, 具体的な契約方式等 and the whole 5-4 row in the spending
// model; 資金の流れの補足情報 (5-2) in Block.FlowNote. The flags その他支出先
// and その他の契約 (5-1) are not kept as such: they say that the row is
// the one named その他, which the name keeps, and a flag that disagrees
// with the name is reported. The two その他の契約 columns of 5-4 are not
// kept (only "f" has been seen in them). The CSV has no figure
// for the money under the organisation in 資金の流れ: Spending.Flow.Amount
// stays nil. Sheets read from the CSV have no Source (no line numbers).
//
// # Coverage
//
// A set made of some of the 15 tables maps every sheet, but what the
// missing tables feed stays empty for every sheet. Set.Missing lists
// them, Set.Warnings has one Warning per missing table naming the parts
// and export tables left empty (coverage.go), and every sheet lists them
// in Registry.MissingTables (Registry.Lacks), so that exports (the covers_*
// columns of sheets) and comparisons (xcheck.skipped) say so.
// Set.Estimate counts the sheets for a progress total without loading
// the rows.
//
// # Streaming and memory
//
// Sheets streams: the official files are ordered by 事業年度 and
// 予算事業ID, so it reads them side by side, each file once, and holds
// only the rows of the sheets being mapped (merge.go says what happens
// with a file out of order). Otherwise (Lookup, Len, Errors, or a file
// out of order) rows are decoded into memory, one goroutine per file up to
// Set.Workers (default GOMAXPROCS), largest files first, grouped by sheet
// and kept for the life of the Set, each row as one string plus
// pointer-free cell offsets (the whole 2024 set, 110 MB of CSV, peaks at
// about 340 MB RSS). When two files of one table hold the same sheet (2025
// publishes 2-2 under two names) only the first in name order counts, with
// a Warning. Sheets maps them to Sheets concurrently and delivers them in
// order of 事業年度 and 予算事業ID; Lookup maps one. Problems with single values
// never stop an import: the value is left nil and the problem returned as
// a reviewsheet.ErrorList with file, line and column (Set.Errors lists
// the rows that could not be read at all). Detect tells a caller whether a
// path is an input for Open.
//
// # Layers
//
// This package is the I/O layer: discovery, ZIP hygiene, limits,
// encodings, the order pass, the streaming merge and the Set API. The
// mapping of one sheet's rows to a Sheet (the tables above and the
// values) is package internal/rsmap, which gets the rows through
// rsmap.Project (project.go) and owns the tables' column specs.
//
// It holds: the reader of the official RS bulk CSVs (ZIP/CSV hygiene, limits, encodings, streaming) into Sheets.
// It imports: reviewsheet, the domain packages and internal/rsmap (the mapping).
// It must never import: the audit, sheetarrow, Arrow, pdfsheet, input or the PDF library.
package rscsv
