// Package crossproject answers questions across sheets, projects and
// years: who receives the most, how ministries contract, how a project's
// budget moved from request to execution. It reads a stream of
// *reviewsheet.Sheet (text, PDF or RS CSV; any mix of 事業年度) through an
// Aggregator and returns typed tables (Result); package sheetarrow writes
// them as Arrow, Parquet or CSV and `rsheet summary` prints them.
//
// # Recipients as entities
//
// Every amount a sheet states for a recipient — a row of the
// 支出先上位者リスト (RS CSV 5-1), of 費目・使途 (5-3) or of the
// 国庫債務負担行為等による契約先リスト (5-4) — becomes a Payment keyed to
// one entity (EntityKey): the 地方公共団体コード of a local government, a
// valid 法人番号, or else the normalised name (NormalizeName). The
// placeholder 9999999999999 and numbers with a wrong check digit are not
// keys: keyed as a number, 9999999999999 alone merges thousands of
// individuals into one recipient. The その他 row of a block and
// undisclosed payees (個人Ａ, 株式会社Ａ) get a key of their own block, never
// merged across sheets. Entity.Names lists the spellings each entity
// merged.
//
// # Never counting twice
//
//   - Level: a block paid from another block (5-2 支出元の支出先ブロック;
//     Block.Parent) is Redelegated: its money is already inside its
//     parent's. Only Direct blocks add up to a ministry's spending.
//     MinistrySummary keeps the three levels apart, as EntityTotal does.
//   - Source: 5-1, 5-3 and 5-4 state the same money at different grain
//     (payee totals; 費目 rounded to 千円; committed 契約額): they are kept
//     apart (Payment.Source) and never added together.
//   - 5-1 mixes block, payee-total and contract rows; the importer keeps
//     them apart (Block.Total, Recipient.Amount, Contract.Amount), and
//     payments use the payee total only.
//   - A sheet added twice (same 事業年度 and 予算事業ID) counts once.
//
// # Amounts
//
// Money is int64 yen. Every sum is overflow-checked (an overflow is an
// error wrapping ErrOverflow, never a wrapped value), and a Sum knows how
// many values it holds: a figure with no rows behind it — the recipients
// of a year whose 5-1 table is absent, the block totals of a set without
// 5-1 — is absent (nil), never 0. YearCoverage and the SheetsWith…
// counts say which tables each year has.
//
// # Multi-year
//
// See projectyears.go: sheets are joined by 予算事業ID; project_years keeps
// one row per sheet and 予算年度, with 執行率 recomputed, 不用相当額 and the
// Latest flag (BudgetPath).
//
// # Summaries
//
// MinistrySummary (budget and execution of the execution year, projects
// with 執行率 below 50 %, block totals by level, coverage) and
// ContractStats by ministry and by 契約方式等 (一者応札 share of
// competitive contracts by count and amount, 随意契約 share, mean 落札率),
// each a sum over rows of project_years or contracts that docs/cookbook.md
// recomputes with one DuckDB query.
//
// It holds: tables across many sheets (entities, double counting, year joins) for `rsheet summary`.
// It imports: reviewsheet and the domain packages.
// It must never import: pdfsheet, input or the PDF library.
package crossproject
