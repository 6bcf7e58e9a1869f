// Package spending holds the 支出先 part of a review sheet: 資金の流れ (the
// flow of money from the organisation to the 支出先ブロック), the
// 支出先上位者リスト (each block's top payees with their contracts),
// 費目・使途 and the 国庫債務負担行為等による契約先リスト.
//
// The package is pure Go: it knows nothing of sheet text, PDFs, CSVs or
// Arrow. Readers (package reviewsheet, an RS CSV importer) fill it; its
// methods recompute the figures an auditor checks, each stating its
// formula. Money is int64 yen (the sheet prints 千円: 622,650 is
// 622650000 yen); a nil pointer means the sheet printed "--". 法人番号 are
// kept as printed strings (leading zeros matter).
//
// The section as printed (2025 format, excerpt):
//
//	資金の流れ
//	内閣府
//	684,784 千円
//	間接経費: 1,079 千円
//	1. 職員旅費: 1,079 千円
//	A. 株式会社エヌ・ティ・ティ・データ経営研究所　ほか
//	622,650 千円
//	支出先の数: 22
//	孤独・孤立対策に係る調査研究業務ほか
//	支出先上位者リスト
//	（単位：千円）
//	支出先ブロック名 合計支出額 支出先数 事業を行う上での役割
//	A 株式会社エヌ・ティ・ティ・データ経営研究所　ほか 622,650 22 孤独・孤立対策に係る調査研究業務ほか
//	支出先名 支出額 法人番号
//	株式会社野村総合研究所 142,172 4010001054032
//	契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由
//	つながりサポーターの継続的な養成に関する調査等業務
//	一般競争契約（総合評価）
//	22,528 1 64 --
//	費目・使途
//	（単位：千円）
//	支出先名 契約概要（契約名） 費目 使途 金額
//	B 岐阜県 令和6年度　地方における孤独・孤立対策推進事業交付金 補助金 孤独・孤立対策に係るNPOへの補助 3,500
//	-- -- -- 旅費 孤独・孤立対策に係る旅費 38
//	国庫債務負担行為等による契約先リスト
//	（単位：千円）
//	契約先名 契約額 法人番号
//	-- -- --
//
// # Re-delegation
//
// Money may flow on from a block to further blocks (A → D, D → E); the
// official data (RS CSV 5-2, 支出先ブロックのつながり) links each block to
// its 支出元の支出先ブロック, or marks it 担当組織からの支出. Block.Parent
// holds that link ("" for money the organisation pays itself). The PDF
// draws the link as an arrow, which text extraction loses; the text
// format read by package reviewsheet therefore prints it in the block's
// flow box as a line "支出元: A" after 支出先の数 (assumption: no line means
// the organisation pays the block). The list of a re-delegated block is
// printed like any other block. A re-delegated block's money is part of
// its parent's total, so DirectPayment leaves it out.
//
// It holds: the spending model (資金の流れ, blocks, payees, contracts, 費目・使途) and its recomputations and identifiers (法人番号, 地方公共団体コード).
// It imports: the standard library and internal/num.
// It must never import: anything else of rsheet (no parser, no I/O, no Arrow or PDF code).
package spending
