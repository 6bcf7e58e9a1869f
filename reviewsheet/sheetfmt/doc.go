// Package sheetfmt writes a reviewsheet.Sheet as sheet text in the RS
// layout: the inverse of reviewsheet.Parse. Formatting a parsed sheet
// and parsing the text again gives an equal Sheet on every field the
// text carries; the RS bulk CSVs of 2024 (5,664 sheets) and the 2025
// fixtures are the test (TestRoundTrip2024, TestRoundTrip2025).
//
// # Layout
//
// Sections, labels and their order are those of the sample
// (testdata/rs2025-006423.txt). Cells are separated by blank lines;
// after every 70 lines a form feed replaces the next blank line (a page
// break, also inside tables: the parser reads a form feed as a blank
// line). Long cells wrap at the sample's widths, counted in display
// columns (a full-width character is two): 事業の目的 and other free texts
// 138 (69 full-width characters), 補助率等 cells 32 and their URLs 33,
// 計画・通知名 78, a node's box in 活動・成果目標等のつながり 28, 活動目標 and
// 成果目標 60, 後続アウトカムへのつながり 174, a block's box in 資金の流れ 24,
// 事業を行う上での役割 64, 契約概要 56. A wrap never cuts next to a space
// (the parser joins wrapped lines with nothing), between two digits, or
// before a bullet, a dash or a URL start (each would read as the start
// of something else).
//
// Money is printed in 千円 with thousands separators and △ for minus;
// yen below 1,000 are kept as a decimal fraction of 千円 ("1,234.5" is
// 1,234,500 yen), which the parser reads exactly, so the CSV's exact yen
// survive. "--" is absent (nil). 執行率 is printed as the CSV states it
// (17.319%).
//
// # Where the sample has nothing to copy
//
//   - Several accounts (会計区分 rows): each account repeats the 会計区分
//     header and its row, followed by the 予算種別/歳出予算項目 header and
//     its items (Item.Account).
//   - Only the 事業年度's items are printed (SheetItems); the RS CSV
//     lists other 予算年度 too.
//   - A cell of a space-separated row (政策・施策, 根拠法令, 会計, 反映額,
//     block and recipient rows, 費目・使途, debt contracts, one-line values
//     beside a label) loses its white space: the sheet separates cells with
//     a space, and the RS PDF drops such spaces too (１２孤独・孤立対策).
//   - More blocks and re-delegation (A→E): one box per block in 資金の
//     流れ with "支出元: X" under 支出先の数 when the block is paid by block
//     X (testdata/spending/*.redelegation.txt); blocks not in the flow are
//     listed only in the 支出先上位者リスト.
//   - Not known figures: "-- 千円" under the organisation, "支出先の数: --",
//     "--" for 合計支出額 and 支出先数 in a block row; 事業開始年度 "--".
//   - A sheet without 支出先 data prints the section with its 府省庁 at the
//     top of the flow and nothing else (EmptySpending): the parser
//     requires the section.
//   - A sheet without 効果発現経路 prints no such section.
//   - Debt contracts (国庫債務負担行為等による契約先リスト): one row per
//     contract, "契約先名 契約額 法人番号".
//
// # What the text cannot carry
//
// The round trip compares everything else; these fields are RS CSV only
// (see csvOnly in the tests): Registry, RelatedList, Law.ID,
// Budget.AccountYears, Year.CarriedForward / NextRequest / ChangeReasons /
// SpecialNotes, Item.Year / BudgetTypeRaw / Detail, Node.MoreTexts /
// SourceNumber / GoalType, Indicator.Improvement, Evaluation.Points,
// Recipient.Location / CorporateType, Contract.MethodDetail,
// Block.FlowNote, and the 5-4 columns of DebtContract beyond name, amount
// and 法人番号. Text is compared without white space (line breaks and
// runs of spaces are layout, not content), and "--" or "" equals absent.
package sheetfmt
