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
// columns (a full-width character is two, half-width one; writer.go
// lists them): 事業の目的 and other free texts 138 (69 full-width
// characters), 補助率等 cells 34 and their URLs 33, 計画・通知名 78 and its
// URL 80, 歳出予算項目 72, その他特記事項 58, a node's box in
// 活動・成果目標等のつながり 28, 活動目標 / 成果目標 and the other texts of a
// path block 56, 後続アウトカムへのつながり and アクティビティ 162, a block's
// name in 資金の流れ 23 and its role 28, 間接経費 lines 18, 事業を行う上での
// 役割 60, 契約概要 54 and the reason beside it 48, 費目・使途 cells 38
// (支出先名, 使途) and 28 (契約概要). A wrap never cuts next to a space
// (the parser joins wrapped lines with nothing), between two digits or
// after △, before a bullet, a dash (ー only where it could read as one),
// a URL start or a block label ("C."), each of which would read as the
// start of something else, before closing punctuation or ％ or after
// opening punctuation (kinsoku: 、。）」 …; a character moves down with
// the one that may not start a line, as the PDF's "て、"). URL cells wrap
// only when they are plain ASCII (the parser rejoins only such pieces),
// after the last hyphen that fits, else at the width. The boxes of
// 資金の流れ break at a space where a line is full, dropping it, as the
// PDF does (the list row carries the name).
//
// Where the sample prints a label beside its value it does so for every
// sheet (layout.go, one function per rule): a goal of up to two lines
// under "短期アウトカム 成果目標", the goal label on its own line for three
// to six lines and after a blank line for seven or more; an indicator of
// one line beside 活動指標 / 成果指標; an output whose goal and indicator
// are one line each as one line ("アウトプット 活動目標 … 活動指標 …"); a
// 補助率等 row of three one-line cells with a URL as "対象 率 上限" over
// its URL; a block row with its one-line role; "所見 -- 詳細 --". A text
// that ends with a 【…】 note prints the note on a line of its own. A box
// of the overview holds five lines: a longer text is cut with "…". A
// 費目・使途 row whose cells wrap prints them in their columns: the cells
// after the first wrapping cell follow its last line, a second wrapping
// cell stands on its own lines.
//
// Money is printed in 千円 with thousands separators and △ for minus;
// yen below 1,000 are kept as a decimal fraction of 千円 ("1,234.5" is
// 1,234,500 yen), which the parser reads exactly, so the CSV's exact yen
// survive. "--" is absent (nil). 執行率 is printed as stated (17.319%).
//
// # Where the sample has nothing to copy
//
//   - Several accounts (会計区分 rows): each account repeats the 会計区分
//     header and its row, followed by the 予算種別/歳出予算項目 header and
//     its items (Item.Account); only the 事業年度's items are printed
//     (SheetItems; the RS CSV lists other 予算年度 too), grouped by account.
//   - No 2-1 row: the 予算額執行額表 prints the four years around the
//     事業年度 with "--" in every cell.
//   - A cell of a space-separated row (政策・施策, 根拠法令, 会計, 反映額,
//     block and recipient rows, 費目・使途, debt contracts, one-line values
//     beside a label) loses its ASCII spaces and line breaks: the sheet
//     separates cells with a space, and the RS PDF drops such spaces too
//     (１２孤独・孤立対策). U+3000 stays (岐阜県　ほか), one of a run.
//   - More blocks and re-delegation (A→E): one box per block in 資金の
//     流れ with "支出元: X" under 支出先の数 when block X pays it
//     (testdata/spending/*.redelegation.txt); blocks not in the flow are
//     listed only in the 支出先上位者リスト.
//   - Figures not known: "-- 千円" under the organisation (the RS CSV has
//     no such figure), "支出先の数: --", "--" for 合計支出額 and 支出先数 in a
//     block row, 金額 and 契約額 "--"; 事業開始年度 and 事業終了（予定）年度 "--".
//   - A sheet without 支出先 data prints the section with its 府省庁 at the
//     top of the flow and nothing else (EmptySpending): the parser
//     requires the section. A sheet without 効果発現経路 prints none.
//   - Outcome paths: a step of an activity prints its 後続アウトカムへのつ
//     ながり when it has one; a path with two nodes of one kind (401 → 402)
//     prints the kind's group twice; an output's table prints 達成率 when
//     the data has one; an indicator with no values prints its name and
//     no table. The overview prints the boxes in the order the sheet
//     printed them (Graph.Overview), then any node it does not name in
//     node order (all of them for a graph from the RS CSVs, which have no
//     overview), each with the node's text (BoxText when set).
//   - Debt contracts (国庫債務負担行為等による契約先リスト): one row per
//     contract, "契約先名 契約額 法人番号".
//
// # The sample, line for line
//
// TestSampleLayout formats the parsed sample: the text parses back to the
// sample's Sheet exactly, and 1,223 of its 1,242 non-blank lines are
// printed as in the sample. The other 19, pinned in
// testdata/roundtrip/rs2025-006423.layout.diff, print what the Sheet
// does not carry or what only the PDF's glyph widths decide:
//
//   - "-" where a ministry typed it and the sheet prints it, "--" here:
//     both read as absent (nil), so the Sheet cannot tell them apart
//     (10 lines);
//   - a leading space before the year header of a 活動・成果目標と実績
//     table, which the sample has on some pages and not others, for the
//     same node too (5 lines);
//   - wrap points where the PDF's proportional glyphs (half-width Latin,
//     "・") fit a character more or less than the width counts: a 補助率URL
//     and a block's name in 資金の流れ (2 lines each).
//
// A box the sheet cuts with "…" is cut the same way (boxLines).
//
// # What the text cannot carry
//
// The round trip compares everything else; these fields are RS CSV only
// (csvOnly in the tests): Registry, RelatedList, Law.ID,
// Budget.AccountYears, Year.CarriedForward / NextRequest / ChangeReasons /
// SpecialNotes, Item.Year / BudgetTypeRaw / Detail (and Path, derived
// from Item), Node.MoreTexts / SourceNumber / GoalType,
// Indicator.Improvement, Evaluation.Points, Recipient.Location /
// CorporateType, Contract.MethodDetail, Block.FlowNote, the 5-4 columns
// of DebtContract beyond name, amount and 法人番号, Subsidy.RateLines /
// CapLines (layout), Warnings. Text is compared without white space
// (line breaks and runs of spaces are layout), with look-alike
// ideographs folded as the parser folds them (textnorm), and "--", "-",
// two dashes of any kind and "" all read as absent. Where the RS CSV
// says both an end year and 終了予定なし the sheet prints the year; a
// 根拠法令 row that says nothing and a link on no path (a node linked to
// itself) are not printed.
//
// It holds: the renderer of a Sheet as sheet text in the RS layout (`rsheet render`) and the round-trip tests.
// It imports: reviewsheet, the domain packages, internal/num and internal/sheettext (MinWrappedURL).
// It must never import: pdfsheet, input or the PDF library (its PDF tests use pdfsheet from test code only).
package sheetfmt
